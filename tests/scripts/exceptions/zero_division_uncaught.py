# An uncaught exception ends the program with status 1 after what was printed so far.
print("start")                      # expect: start
def divide(a, b):
    return a / b
print(divide(1, 0))                 # expect runtime error: ZeroDivisionError: division by zero
print("never")
