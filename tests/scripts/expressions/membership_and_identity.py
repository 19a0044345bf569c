# `in` / `not in` on containers and strings; `is` compares identity.
print(2 in [1, 2, 3])               # expect: True
print(5 not in (1, 2))              # expect: True
print("ell" in "hello")             # expect: True
print("a" in {"a": 1}, 1 in {"a": 1})  # expect: True False
print(3 in range(0, 10, 3))         # expect: True
print(4 in range(0, 10, 3))         # expect: False
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c)       # expect: True False True
x = None
print(x is None, x is not None)     # expect: True False
