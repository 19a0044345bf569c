# for over a list, a tuple and a string, and unpacking in the target.
for x in [1, "two", 3.0]:
    print(x)
# expect: 1
# expect: two
# expect: 3.0
for x in ("a", "b"):
    print(x, end=",")
print()                             # expect: a,b,
for ch in "hey":
    print(ch.upper())
# expect: H
# expect: E
# expect: Y
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
# expect: 3
# expect: 7
for i, ch in enumerate("xy"):
    print(i, ch)
# expect: 0 x
# expect: 1 y
for n, s in zip([1, 2, 3], "ab"):
    print(n, s)
# expect: 1 a
# expect: 2 b
