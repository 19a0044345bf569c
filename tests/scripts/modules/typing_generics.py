# typing: Generic/TypeVar classes (subscripted, subclassed, mixed with ABC and builtin generics), Protocol, NewType, NamedTuple (class and functional), TypedDict
from typing import *
from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, NewType, runtime_checkable, List, Dict, Optional, get_type_hints, get_origin, get_args, Iterator
import typing
from dataclasses import dataclass
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    @classmethod
    def of(cls, *xs):
        s = cls()
        for x in xs: s.push(x)
        return s
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack.__parameters__, Stack[int], Stack[str] == Stack[str])
print(Stack.__bases__, get_origin(Stack[int]), get_args(Stack[int]), s.__orig_class__)
print(Stack[int].of(5, 6).items)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def __repr__(self): return f'Pair({self.k!r}, {self.v!r})'
print(Pair[str, int]('a', 1), Pair.__parameters__, Pair[str, int])
try: Pair[int]
except TypeError as e: print('TypeError:', e)

class IntStack(Stack[int]):
    def total(self): return sum(self.items)
i = IntStack(); i.push(3); i.push(4)
print(i.total(), IntStack.__bases__, IntStack.__parameters__, isinstance(i, Stack))

class Base:
    def hello(self): return 'hello from Base'
class Box(Base, Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box(3)
print(b.get(), b.hello(), Box[str]('x').get(), Box.__parameters__)

class Node(Generic[T]):
    def __init__(self, value: T, children: 'Optional[List[Node[T]]]' = None):
        self.value = value
        self.children = children or []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclassed', cls.__name__)
class Leaf(Node[int]): pass
print(Leaf(1).value, Leaf.__mro__[1].__name__)

@dataclass
class Item(Generic[T]):
    name: str
    value: T
print(Item[int]('a', 1), Item('b', [2]))

class Greeter(Protocol):
    def greet(self) -> str: ...
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class English:
    def greet(self) -> str: return 'hello'
class Door(Closable):
    def close(self) -> None: print('closed')
def welcome(g: Greeter) -> str: return g.greet()
print(welcome(English()), Closable._is_protocol, Door._is_protocol)
Door().close()
class SupportsLen(Protocol[T]):
    def size(self) -> T: ...
print(SupportsLen.__parameters__)

UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__name__, UserId.__supertype__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist2(self) -> int:
        return self.x * self.x + self.y * self.y
    def __str__(self): return f'<{self.x},{self.y}>'
p = Point(3, 4)
print(p, repr(p), p.dist2(), Point(1), p._fields, p._asdict(), p._replace(y=9), Point.__match_args__)
print(Point._field_defaults, Point.__annotations__, isinstance(p, tuple), p[0], len(p), Point.__name__)
x, y = p
print(x, y, p == (3, 4), Point._make([7, 8]))
match p:
    case Point(x=3, y=yy): print('matched y', yy)
match Point(1, 2):
    case Point(a, b): print('positional', a, b)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, Emp._fields, Emp.__annotations__, e.name)
E2 = NamedTuple('E2', x=int, y=str)
print(E2(1, 'a'), E2._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex: print('TypeError:', ex)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Blade Runner', year=1982)
print(m, type(m), m['title'], Movie.__annotations__, sorted(Movie.__required_keys__))
class Opt(TypedDict, total=False):
    a: int
print(Opt(), Opt(a=1), Opt.__total__, sorted(Opt.__optional_keys__))
class Sequel(Movie):
    prequel: str
print(Sequel(title='x', year=1, prequel='y'), list(Sequel.__annotations__))
Movie2 = TypedDict('Movie2', {'name': str, 'year': int})
print(Movie2(name='a', year=2), Movie2.__annotations__, Movie2.__total__)
M3 = TypedDict('M3', {'x': int}, total=False)
print(M3.__total__, M3(x=1))
print(get_type_hints(Movie), get_type_hints(Point))

def gen() -> Iterator[int]:
    yield 1
print(list(gen()), get_type_hints(gen))

# --- mixing with ABC, builtin-generic bases, metaclasses ---
from abc import ABC, abstractmethod
import abc
class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, i: int) -> T: ...
class IntRepo(Repo[int]):
    def __init__(self):
        super().__init__()
        self.data = [10, 20]
    def get(self, i): return self.data[i]
print(IntRepo().get(1), IntRepo.__mro__[1].__name__)
try: Repo()
except TypeError as e: print(e)
class MyList(List[int]):
    def first(self): return self[0]
ml = MyList([4, 5]); print(ml.first(), ml, len(ml))
class MyDict(Dict[str, int]): pass
print(MyDict(a=1))
class Meta(type): pass
class WithMeta(Generic[T], metaclass=Meta): pass
print(type(WithMeta).__name__, WithMeta.__parameters__)
class Two(Generic[T]):
    def __init__(self, x: T): self.x = x
class Three(Two[T]):
    def __init__(self, x: T, y: int):
        super().__init__(x); self.y = y
print(Three.__parameters__, Three[str]('a', 2).x, Three('b', 3).y)
class Cmp(Protocol):
    def __lt__(self, other) -> bool: ...
CT = TypeVar('CT', bound=Cmp)
def mx(a: CT, b: CT) -> CT: return b if a < b else a
print(mx(1, 2), CT)
def deco(fn: Callable[..., T]) -> Callable[..., T]: return fn
@deco
def h(): return 3
print(h())
def maybe(x: Optional[int] = None) -> Union[int, str]: return x or 'none'
print(maybe(), maybe(4))
import typing
print(typing.get_type_hints(Three.__init__))
# expect: 2 [1] Stack (~T,) __main__.Stack[int] True
# expect: (<class 'typing.Generic'>,) <class '__main__.Stack'> (<class 'int'>,) __main__.Stack[int]
# expect: [5, 6]
# expect: Pair('a', 1) (~K, ~V) __main__.Pair[str, int]
# expect: TypeError: Too few arguments for <class '__main__.Pair'>; actual 1, expected 2
# expect: 7 (<class '__main__.Stack'>,) () True
# expect: 3 hello from Base x (~T,)
# expect: subclassed Leaf
# expect: 1 Node
# expect: Item(name='a', value=1) Item(name='b', value=[2])
# expect: hello True False
# expect: closed
# expect: (~T,)
# expect: 42 int __main__.UserId UserId <class 'int'>
# expect: <3,4> Point(x=3, y=4) 25 <1,0> ('x', 'y') {'x': 3, 'y': 4} <3,9> ('x', 'y')
# expect: {'y': 0} {'x': <class 'int'>, 'y': <class 'int'>} True 3 2 Point
# expect: 3 4 True <7,8>
# expect: matched y 4
# expect: positional 1 2
# expect: Emp(name='ann', id=3) ('name', 'id') {'name': <class 'str'>, 'id': <class 'int'>} ann
# expect: E2(x=1, y='a') ('x', 'y')
# expect: TypeError: Non-default namedtuple field b cannot follow default field a
# expect: {'title': 'Blade Runner', 'year': 1982} <class 'dict'> Blade Runner {'title': <class 'str'>, 'year': <class 'int'>} ['title', 'year']
# expect: {} {'a': 1} False ['a']
# expect: {'title': 'x', 'year': 1, 'prequel': 'y'} ['title', 'year', 'prequel']
# expect: {'name': 'a', 'year': 2} {'name': <class 'str'>, 'year': <class 'int'>} True
# expect: False {'x': 1}
# expect: {'title': <class 'str'>, 'year': <class 'int'>} {'x': <class 'int'>, 'y': <class 'int'>}
# expect: [1] {'return': typing.Iterator[int]}
# expect: 20 Repo
# expect: Can't instantiate abstract class Repo with abstract method get
# expect: 4 [4, 5] 2
# expect: {'a': 1}
# expect: Meta (~T,)
# expect: (~T,) a 3
# expect: 2 ~CT
# expect: 3
# expect: none 4
# expect: {'x': ~T, 'y': <class 'int'>}
