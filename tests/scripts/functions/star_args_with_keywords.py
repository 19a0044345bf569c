# Regression: `*args` combined with keyword arguments, and keyword-only parameters after
# `*args`, once crashed or were bound to the wrong slots.
print(*[1, 2], sep="-")                       # expect: 1-2
def f(*args, c=5): return args, c
print(f(1), f(1, 2, c=3))                     # expect: ((1,), 5) ((1, 2), 3)
def g(*args, c): return args, c
print(g(1, c=2))                              # expect: ((1,), 2)
def h(a, *rest, k, **kw): return a, rest, k, kw
print(h(1, 2, 3, k=4, z=5))                   # expect: (1, (2, 3), 4, {'z': 5})
def m(**kw): return kw
print(m(**{"a": 1}, b=2), m(x=1, **{"y": 2}, z=3))   # expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2, 'z': 3}
print(*"ab", *[1], sep=",", end="!\n")        # expect: a,b,1!
g(1)                                          # expect runtime error: TypeError: g() missing 1 required keyword-only argument: 'c'
