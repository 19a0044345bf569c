# typing: annotation-only names print like CPython (List[int], Optional, Union, Callable, Literal, Annotated...), get_origin/get_args, TypeVar substitution, get_type_hints, cast/overload/final/assert_never/reveal_type
from typing import *
import typing
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Any, Callable[[int], str])
print(Tuple[int, str], Tuple[int, ...], Set[str], FrozenSet[int], Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, str])
print(Type[int], Iterable[str], Iterator[int], Generator[int, None, None], AsyncIterator[int], Sequence[int], MutableSequence[int])
print(Mapping[str, int], MutableMapping[str, int], AbstractSet[int], Collection[int], Container[int], Hashable, Sized, Reversible[int])
print(Awaitable[int], Coroutine[Any, Any, int], IO[str], TextIO, BinaryIO, Pattern[str], Match[bytes], NoReturn, Never)
print(Literal['r', 'w'], Final[int], ClassVar[int], Annotated[int, 'positive'], Self, LiteralString, TypeAlias, Required[int], NotRequired[str])
print(List, Dict, Optional, Union, Callable, Tuple, Tuple[()], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]])
print(Union[int, None, str], Optional[Union[int, str]], Union[int, Union[str, int]], Union[None, int], Optional[List['Node']])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Literal['a']), get_args(Literal['a', 'b']), get_origin(List), get_args(List))
print(get_origin(Annotated[int, 'm']) is Annotated, get_args(Annotated[int, 'm', 2]), get_origin(Final[int]), get_origin(ClassVar[int]))
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, Dict[str, int].__args__, Union[int, str].__args__, Literal[1, 1, 2])
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', covariant=True); C = TypeVar('C', int, str)
print(T, K, V, C, TypeVar('X', contravariant=True), K.__bound__, C.__constraints__, T.__name__)
print(Dict[str, T][int], List[T], List[T].__parameters__, Dict[K, List[V]].__parameters__, Dict[K, List[V]][int, str])
P = ParamSpec('P')
print(P, P.args, P.kwargs, Concatenate, Callable[P, int] if False else 'ok', ForwardRef('X'), List['X'])
print(TYPE_CHECKING, Text, AnyStr)
try: List()
except TypeError as e: print('TypeError:', e)
try: Any()
except TypeError as e: print('TypeError:', e)
try: List[int, str]
except TypeError as e: print('TypeError:', e)
print(typing.DefaultDict[str, int](list), typing.Deque[int]([1, 2]), typing.Counter('aab'))

def greet(name: str, times: 'int' = 1, *, sep: Optional[str] = None) -> 'List[str]':
    return [name] * times
print(greet.__annotations__)
print(get_type_hints(greet))
class Animal:
    name: str
    legs: 'int'
    owner: 'Optional[Person]' = None
class Dog(Animal):
    breed: 'str'
    tags: List['Person']
class Person:
    age: Annotated[int, 'years']
print(get_type_hints(Dog))
print(get_type_hints(Person), get_type_hints(Person, include_extras=True))
print(cast(int, 'not really'), cast('List[int]', [1]))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('ab'))
@final
class Leaf: pass
class Base:
    @final
    def done(self): return 'done'
print(Leaf.__final__, Base().done(), Base.done.__final__)
@no_type_check
def loose(a: 'nonsense') -> 'more nonsense': return a
print(loose(1), get_type_hints(loose))
def check(x: Union[int, str]) -> str:
    if isinstance(x, int): return 'int'
    elif isinstance(x, str): return 'str'
    else: assert_never(x)
print(check(1), check('a'))
try: assert_never(42)
except AssertionError as e: print('AssertionError:', e)
print(reveal_type(5) + 1)
print(assert_type(3, int))
Vector: TypeAlias = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), get_type_hints(scale))
print(Optional[int].__args__, [x for x in ('List', 'Dict', 'Generic') if x in typing.__all__])
print(List[int] | None, Optional[List[int]] == (List[int] | None))
# expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Union[int, str] <class 'int'> typing.Any typing.Callable[[int], str]
# expect: typing.Tuple[int, str] typing.Tuple[int, ...] typing.Set[str] typing.FrozenSet[int] typing.Deque[int] typing.DefaultDict[str, int] typing.OrderedDict[str, int] typing.Counter[str] typing.ChainMap[str, str]
# expect: typing.Type[int] typing.Iterable[str] typing.Iterator[int] typing.Generator[int, NoneType, NoneType] typing.AsyncIterator[int] typing.Sequence[int] typing.MutableSequence[int]
# expect: typing.Mapping[str, int] typing.MutableMapping[str, int] typing.AbstractSet[int] typing.Collection[int] typing.Container[int] typing.Hashable typing.Sized typing.Reversible[int]
# expect: typing.Awaitable[int] typing.Coroutine[typing.Any, typing.Any, int] typing.IO[str] <class 'typing.TextIO'> <class 'typing.BinaryIO'> typing.Pattern[str] typing.Match[bytes] typing.NoReturn typing.Never
# expect: typing.Literal['r', 'w'] typing.Final[int] typing.ClassVar[int] typing.Annotated[int, 'positive'] typing.Self typing.LiteralString typing.TypeAlias typing.Required[int] typing.NotRequired[str]
# expect: typing.List typing.Dict typing.Optional typing.Union typing.Callable typing.Tuple typing.Tuple[()] typing.Callable[..., int] typing.Callable[[], NoneType] typing.Callable[[int, str], typing.List[int]]
# expect: typing.Union[int, NoneType, str] typing.Union[int, str, NoneType] typing.Union[int, str] typing.Optional[int] typing.Optional[typing.List[ForwardRef('Node')]]
# expect: <class 'list'> (<class 'str'>, <class 'int'>) typing.Union (<class 'int'>, <class 'NoneType'>) None ()
# expect: ([<class 'int'>], <class 'str'>) (Ellipsis, <class 'str'>) typing.Literal ('a', 'b') <class 'list'> ()
# expect: True (<class 'int'>, 'm', 2) typing.Final typing.ClassVar
# expect: True False True True True
# expect: <class 'list'> (<class 'str'>, <class 'int'>) (<class 'int'>, <class 'str'>) typing.Literal[1, 2]
# expect: ~T ~K +V ~C -X <class 'int'> (<class 'int'>, <class 'str'>) T
# expect: typing.Dict[str, int] typing.List[~T] (~T,) (~K, +V) typing.Dict[int, typing.List[str]]
# expect: ~P P.args P.kwargs typing.Concatenate ok ForwardRef('X') typing.List[ForwardRef('X')]
# expect: False <class 'str'> ~AnyStr
# expect: TypeError: Type List cannot be instantiated; use list() instead
# expect: TypeError: Any cannot be instantiated
# expect: TypeError: Too many arguments for typing.List; actual 2, expected 1
# expect: defaultdict(<class 'list'>, {}) deque([1, 2]) Counter({'a': 2, 'b': 1})
# expect: {'name': <class 'str'>, 'times': 'int', 'sep': typing.Optional[str], 'return': 'List[str]'}
# expect: {'name': <class 'str'>, 'times': <class 'int'>, 'sep': typing.Optional[str], 'return': typing.List[str]}
# expect: {'name': <class 'str'>, 'legs': <class 'int'>, 'owner': typing.Optional[__main__.Person], 'breed': <class 'str'>, 'tags': typing.List[__main__.Person]}
# expect: {'age': <class 'int'>} {'age': typing.Annotated[int, 'years']}
# expect: not really [1]
# expect: 4 abab
# expect: True done True
# expect: 1 {}
# expect: int str
# expect: AssertionError: Expected code to be unreachable, but got: 42
# expect: 6
# expect: 3
# expect: [2.0, 5.0] {'s': <class 'float'>, 'v': typing.List[float], 'return': typing.List[float]}
# expect: (<class 'int'>, <class 'NoneType'>) ['List', 'Dict', 'Generic']
# expect: typing.Optional[typing.List[int]] True
# expect stderr: Runtime type is 'int'
