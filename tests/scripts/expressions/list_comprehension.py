# List comprehensions: filters, nesting, and their own scope for the loop variable.
print([x * x for x in range(5)])    # expect: [0, 1, 4, 9, 16]
print([x for x in range(10) if x % 3 == 0])  # expect: [0, 3, 6, 9]
print([(i, j) for i in range(2) for j in range(2)])  # expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
print([c.upper() for c in "abc"])   # expect: ['A', 'B', 'C']
print([[j for j in range(i)] for i in range(3)])  # expect: [[], [0], [0, 1]]
x = "outer"
squares = [x for x in range(3)]
print(x)                            # expect: outer
n = 10
print([n + i for i in range(3)])    # expect: [10, 11, 12]
print({k: k * 2 for k in range(3)}) # expect: {0: 0, 1: 2, 2: 4}
print(sum(i for i in range(5)))     # expect: 10
