# range objects: lazy, indexable, with a length and a repr.
r = range(2, 20, 5)
print(r, len(r), list(r))           # expect: range(2, 20, 5) 4 [2, 7, 12, 17]
print(r[0], r[-1], r[1:3])          # expect: 2 17 range(7, 17, 5)
print(range(5), list(range(3, 0, -1)))  # expect: range(0, 5) [3, 2, 1]
print(len(range(10 ** 12)))         # expect: 1000000000000
print(range(3) == range(0, 3))      # expect: True
