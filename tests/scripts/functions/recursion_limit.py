# Unbounded recursion must raise RecursionError, never overflow the interpreter's own
# stack and crash the process.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)             # expect: caught: maximum recursion depth exceeded
forever(0)                          # expect runtime error: RecursionError: maximum recursion depth exceeded
