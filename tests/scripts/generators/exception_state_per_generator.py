# Regression: a generator that yields inside an except block must not leak the exception
# it handles into its caller (sys.exc_info, bare raise), and gets it back when resumed.
import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("in gen", repr(sys.exc_info()[1]))
    yield 2
it = g()
print(next(it))
print("caller", sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(next(it))
    print("caller after", repr(sys.exc_info()[1]))
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
# expect: 1
# expect: caller (None, None, None)
# expect: in gen ValueError('inner')
# expect: 2
# expect: caller after KeyError('k')
# expect: bare raise: No active exception to reraise
