# list[int] and int | None: types.GenericAlias and types.UnionType in annotations, reprs, __origin__/__args__, isinstance with a union
from collections import defaultdict
def f(x: int | None = None, y: list[int] | None = None) -> dict[str, list[int]]:
    return {"x": [x or 0]}
print(f.__annotations__)
print(int | str, int | None, None | int, int | str | int, list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
u = int | str
print(u.__args__, (int | str) == (str | int), list[int].__origin__, list[int].__args__, list[int]() , list[int]("ab"))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int[3]
except TypeError as e: print(e)
print(type(int | str).__name__, type(list[int]).__name__)
print((int | str) | float, int | (str | float))
print(f(3))
# expect: {'x': int | None, 'y': list[int] | None, 'return': dict[str, list[int]]}
# expect: int | str int | None None | int int | str list[int] dict[str, list[int]] tuple[()] tuple[int, ...] type[int]
# expect: True False True True
# expect: (<class 'int'>, <class 'str'>) True <class 'list'> (<class 'int'>,) [] ['a', 'b']
# expect: isinstance() argument 2 cannot be a parameterized generic
# expect: type 'int' is not subscriptable
# expect: UnionType GenericAlias
# expect: int | str | float int | str | float
# expect: {'x': [3]}
