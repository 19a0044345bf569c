# The built-in types' special methods can be called directly, and built-in iterators
# have CPython's type names.
print((5).__add__(3), (5).__radd__(3), (5).__add__("x"), (2.5).__mul__(2))
print([1, 2].__len__(), "abc".__contains__("b"), {"a": 1}.__getitem__("a"))
print("__len__" in dir([]), "__add__" in dir(1), (3).__lt__(4), "a".__eq__(1))
print(type(iter([])).__name__, type(iter("")).__name__, type(map(str, [])).__name__, type(zip()).__name__, type(reversed([])).__name__, type(iter({1})).__name__, type(iter({})).__name__)
try: map(str, [1])[0]
except TypeError as e: print(e)
try: len(zip())
except TypeError as e: print(e)
print(sum([[1], [2]], []), sorted({3: 'a', 1: 'b'}))
it = iter([1, 2]); print(it.__next__(), next(it))
# expect: 8 8 NotImplemented 5.0
# expect: 2 True 1
# expect: True True True NotImplemented
# expect: list_iterator str_ascii_iterator map zip list_reverseiterator set_iterator dict_keyiterator
# expect: 'map' object is not subscriptable
# expect: object of type 'zip' has no len()
# expect: [1, 2] [1, 3]
# expect: 1 2
