# Index and slice reads, writes and deletes on lists.
xs = list(range(10))
print(xs[2], xs[-2])                # expect: 2 8
print(xs[2:5], xs[:3], xs[7:])      # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9]
print(xs[::3], xs[::-4])            # expect: [0, 3, 6, 9] [9, 5, 1]
xs[0] = "zero"
xs[1:3] = ["a", "b", "c"]
print(xs)                           # expect: ['zero', 'a', 'b', 'c', 3, 4, 5, 6, 7, 8, 9]
del xs[0]
del xs[-3:]
print(xs)                           # expect: ['a', 'b', 'c', 3, 4, 5, 6]
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)                         # expect: [[0, 0, 0], [0, 0, 5]]
print([1, 2] + [3], [0] * 3)        # expect: [1, 2, 3] [0, 0, 0]
print([1, [2, 3]] == [1, [2, 3]])   # expect: True
xs[50] = 1                          # expect runtime error: IndexError: list assignment index out of range
