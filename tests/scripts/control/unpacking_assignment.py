# Tuple unpacking, swapping, starred targets and chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)                         # expect: 2 1
(x, y), z = (3, 4), 5
print(x, y, z)                      # expect: 3 4 5
first, *rest = [1, 2, 3, 4]
print(first, rest)                  # expect: 1 [2, 3, 4]
*init, last = "abc"
print(init, last)                   # expect: ['a', 'b'] c
p = q = []
p.append(1)
print(q)                            # expect: [1]
a, b = [1, 2, 3]                    # expect runtime error: ValueError: too many values to unpack (expected 2)
