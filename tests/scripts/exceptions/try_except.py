# except catches a matching exception; execution resumes after the try statement.
try:
    print("before")                 # expect: before
    1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught")                 # expect: caught
print("after")                      # expect: after

def risky():
    return [][0]

try:
    risky()
except IndexError as e:
    print("from a call:", e)        # expect: from a call: list index out of range
