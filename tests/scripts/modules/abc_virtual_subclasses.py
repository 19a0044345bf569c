# isinstance/issubclass with ABCs: registered virtual subclasses (also through an ABC's subclasses), structural hooks (Iterable, Sized, Callable, ...), ABC.register
from collections.abc import Iterable, Iterator, Sequence, MutableSequence, Mapping, Sized, Callable, Hashable, Set
from abc import ABC, abstractmethod
class It:
    def __iter__(self): return iter([])
print(isinstance([], Iterable), isinstance([], Sequence), isinstance((), Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance({}, Mapping), isinstance("s", Sequence), isinstance(It(), Iterable), isinstance(It(), Sized), isinstance(len, Callable), isinstance(5, Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(It, Iterable), issubclass(int, Sized), isinstance(iter([]), Iterator), isinstance(frozenset(), Set))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq:
    def area(self): return 1
Shape.register(Sq)
print(isinstance(Sq(), Shape), issubclass(Sq, Shape), isinstance(1, Shape))
def flatten(x):
    for i in x:
        if isinstance(i, Iterable) and not isinstance(i, str):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4])], "ab"])))
# expect: True True True True False
# expect: True True True False True False
# expect: True True True False True True
# expect: True True False
# expect: [1, 2, 3, 4, 'ab']
