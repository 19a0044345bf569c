# *args collects extra positional arguments into a tuple, **kwargs extra keywords into
# a dict; * and ** also spread arguments at a call.
def f(first, *args, **kwargs):
    print(first, args, kwargs)

f(1)                                # expect: 1 () {}
f(1, 2, 3)                          # expect: 1 (2, 3) {}
f(1, x=5, y=6)                      # expect: 1 () {'x': 5, 'y': 6}
nums = [10, 20, 30]
f(*nums)                            # expect: 10 (20, 30) {}
opts = {"first": "a", "z": 1}
f(**opts)                           # expect: a () {'z': 1}
print(max(*nums))                   # expect: 30
