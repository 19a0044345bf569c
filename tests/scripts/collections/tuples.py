# Tuples: immutable sequences; one-element tuples need a trailing comma.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1])       # expect: (1, 'two', 3.0) 3 two 3.0
print((1,), (), tuple([1, 2]))      # expect: (1,) () (1, 2)
print(t[:2], t + (4,), (0,) * 2)    # expect: (1, 'two') (1, 'two', 3.0, 4) (0, 0)
print((1, 2).index(2), (1, 1).count(1))  # expect: 1 2
print((1, 2) < (1, 3), (2,) > (1, 9))  # expect: True True
x = 1, 2
print(type(x).__name__, x)          # expect: tuple (1, 2)
t[0] = 5                            # expect runtime error: TypeError: 'tuple' object does not support item assignment
