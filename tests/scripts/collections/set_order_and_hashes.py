# Sets of numbers and tuples print in CPython's order (its hash table, simulated), and
# hash() of ints, floats and tuples gives CPython's values.
print({3, 1, 2}, set(range(20, 0, -3)), frozenset([5, 3, 1]))
print({-1, -5, 7, 100, 33, 8}, {1.5, 2.5, 0.5}, {(1, 2), (3, 4), (0, 0)})
s = set()
for i in [50, 3, 17, 8, 99, 64, 1, 32, 16, 1000, 7]:
    s.add(i)
print(s, list(s), sorted(s) == sorted(list(s)))
a = {1, 2, 3, 4, 10}; b = {3, 4, 5, 6, 20}
print(a | b, a & b, a - b)
print({x * x for x in range(-5, 6)})
print(hash(1.5), hash(-2.25), hash((1, 2)), hash(()), hash(""), hash((1.5, "")), hash(2**70), hash(-1))
print(set("aaaa"), {True, 1, 1.0}, {0, False})
# expect: {1, 2, 3} {2, 5, 8, 11, 14, 17, 20} frozenset({1, 3, 5})
# expect: {33, 100, 7, 8, -5, -1} {0.5, 1.5, 2.5} {(1, 2), (3, 4), (0, 0)}
# expect: {64, 1, 32, 3, 99, 7, 8, 1000, 16, 17, 50} [64, 1, 32, 3, 99, 7, 8, 1000, 16, 17, 50] True
# expect: {1, 2, 3, 4, 5, 6, 10, 20} {3, 4} {1, 2, 10}
# expect: {0, 1, 4, 9, 16, 25}
# expect: 1152921504606846977 -576460752303423490 -3550055125485641917 5740354900026072187 0 6660161741276059634 512 -2
# expect: {'a'} {True} {0}
