# len, min, max, sum, any, all, enumerate, zip, reversed, list/tuple conversion.
xs = [4, 8, 1, 9]
print(len(xs), min(xs), max(xs), sum(xs))  # expect: 4 1 9 22
print(min("hello"), max(3, 7, 5))   # expect: e 7
print(max(["bb", "a", "ccc"], key=len))  # expect: ccc
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([]))  # expect: False True True True
print(list(enumerate("ab", 1)))     # expect: [(1, 'a'), (2, 'b')]
print(list(zip([1, 2, 3], "ab")))   # expect: [(1, 'a'), (2, 'b')]
print(list(reversed([1, 2, 3])))    # expect: [3, 2, 1]
print(list("abc"), tuple(range(3))) # expect: ['a', 'b', 'c'] (0, 1, 2)
print(sum([0.1] * 3), sum([[1], [2]], []))  # expect: 0.30000000000000004 [1, 2]
print(isinstance(xs, list), isinstance((), (list, tuple)))  # expect: True True
print(type([]).__name__, type({}).__name__, type(()).__name__)  # expect: list dict tuple
