# dataclasses: generated __init__/__repr__/__eq__, order=True, frozen=True (hash, assignment
# error), field(default_factory=...), __post_init__, inheritance, asdict/astuple/replace, kw_only.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p), replace(p, y=9))
print([f.name for f in fields(Point)], Point.__init__.__qualname__)
@dataclass(order=True)
class Card:
    rank: int
    suit: str = "hearts"
    tags: list = field(default_factory=list)
print(sorted([Card(10), Card(2, "spades")]), Card(3) < Card(4), Card(1).tags is not Card(1).tags)
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"
f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(f) == hash(Frozen(1)), {f: "ok"}[Frozen(1)], f)
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    def total(self): return self.price * self.qty
    def __post_init__(self): self.name = self.name.title()
it = Item("widget", 2.5, 4)
print(it, it.total())
@dataclass
class Derived(Point):
    z: int = 5
print(Derived(1, 2, 3), Derived(7))
try:
    Point()
except TypeError as e:
    print(e)
try:
    {Point(1): 1}
except TypeError as e:
    print(e)
from dataclasses import dataclass, field
@dataclass(kw_only=True)
class A:
    x: int
    y: int = 2
print(A(x=1))
@dataclass
class B:
    a: int
    b: int = field(default=3, kw_only=True)
print(B(1, b=4))
try: A(1)
except TypeError as e: print(e)
# expect: Point(x=1, y=2) Point(x=5, y=0) True True {'x': 1, 'y': 2} (1, 2) Point(x=1, y=9)
# expect: ['x', 'y'] Point.__init__
# expect: [Card(rank=2, suit='spades', tags=[]), Card(rank=10, suit='hearts', tags=[])] True True
# expect: frozen: cannot assign to field 'a'
# expect: True ok Frozen(a=1, b='x')
# expect: Item(name='Widget', price=2.5, qty=4) 10.0
# expect: Derived(x=1, y=2, z=3) Derived(x=7, y=0, z=5)
# expect: Point.__init__() missing 1 required positional argument: 'x'
# expect: unhashable type: 'Point'
# expect: A(x=1, y=2)
# expect: B(a=1, b=4)
# expect: A.__init__() takes 1 positional argument but 2 were given
