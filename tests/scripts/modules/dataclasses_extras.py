# dataclasses: KW_ONLY and kw_only fields, slots=True, InitVar + __post_init__, replace, asdict/astuple recursion, fields, is_dataclass, make_dataclass, __dataclass_params__, recursive repr, default __doc__
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING)
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int = 0
    _: KW_ONLY
    label: str = "p"
    weight: float

p = Point(1, 2, weight=0.5)
print(p, Point(3, weight=1.0, label="q"))
try:
    Point(1, 2, "lbl", 1.0)
except TypeError as e:
    print("TypeError", e)
print([f.name for f in fields(Point)], [f.kw_only for f in fields(Point)], Point.__match_args__)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
    name: str = field(default="x", kw_only=False)

print(Opts(level=3), Opts("nm", level=1, verbose=True), Opts.__match_args__)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 7

print(Mixed(1), Mixed(1, 2, b=3))

@dataclass(slots=True)
class Slotted:
    x: int
    y: list = field(default_factory=list)

s = Slotted(1)
s.y.append(2)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError:
    print("AttributeError on new attribute")

@dataclass(frozen=True, slots=True)
class FrozenSlot:
    a: int
    b: str = "b"

fs = FrozenSlot(1)
try:
    fs.a = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(fs, hash(fs) == hash(FrozenSlot(1)), fs == FrozenSlot(1, "b"), FrozenSlot.__slots__)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.a * scale

w = WithInit(5)
print(w, WithInit(5, 10), [f.name for f in fields(WithInit)], "scale" in WithInit.__dataclass_fields__)
print(WithInit.__dataclass_fields__["scale"]._field_type, repr(InitVar[int]))
print(replace(w, a=7), replace(w, a=1, scale=100))
try:
    replace(w, total=3)
except ValueError as e:
    print(e)

@dataclass
class NeedsIV:
    a: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.a *= factor

try:
    replace(NeedsIV(1, 2), a=3)
except ValueError as e:
    print(e)
print(replace(NeedsIV(1, 2), a=3, factor=3))

Pair = namedtuple("Pair", "left right")

@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: Pair

o = Outer("o", Inner(1, ["t"]), [Inner(2), 3], {"k": Inner(4)}, Pair(Inner(5), 6))
d = asdict(o)
print(d)
print(astuple(o))
print(asdict(Inner(9), dict_factory=lambda items: sorted(items)))
d["inner"]["tags"].append("changed")
print(o.inner.tags)
try:
    asdict(Inner)
except TypeError as e:
    print(e)

print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(dict))
try:
    fields(3)
except TypeError as e:
    print(e)
print(Point.__dataclass_params__)
print(dataclass(frozen=True, order=True)(type("Z", (), {"__annotations__": {"q": int}})).__dataclass_params__)

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"double": lambda self: self.b * 2})
c = C(1, 2)
print(c, c.double(), [f.type for f in fields(C)], C.__name__)
K = make_dataclass("K", [("x", int, 0)], bases=(Inner,))
print(K(1, [], 3), K(2))
F = make_dataclass("F", [("x", int, 0)], frozen=True, order=True)
print(F(1) < F(2), sorted([F(3), F(1)]))

@dataclass
class Node:
    val: int
    nxt: "Node" = None

n = Node(1)
n.nxt = n
print(n)
m = Node(2, Node(3))
m.nxt.nxt = m
print(m)

@dataclass
class Base:
    a: int
    b: int = 1

@dataclass
class Derived(Base):
    c: int = 2
    a: int = 10

print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad3:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print(e)
print(Point.__doc__, Opts.__doc__, Node.__doc__)
print(field(default=1).default, field().default is MISSING)
# expect: Point(x=1, y=2, label='p', weight=0.5) Point(x=3, y=0, label='q', weight=1.0)
# expect: TypeError Point.__init__() takes from 2 to 3 positional arguments but 5 were given
# expect: ['x', 'y', 'label', 'weight'] [False, False, True, True] ('x', 'y')
# expect: Opts(verbose=False, level=3, name='x') Opts(verbose=True, level=1, name='nm') ('name',)
# expect: Mixed(a=1, b=5, c=7) Mixed(a=1, b=3, c=2)
# expect: Slotted(x=1, y=[2]) ('x', 'y') False
# expect: AttributeError on new attribute
# expect: frozen: cannot assign to field 'a'
# expect: FrozenSlot(a=1, b='b') True True ('a', 'b')
# expect: WithInit(a=5, total=10) WithInit(a=5, total=50) ['a', 'total'] True
# expect: _FIELD_INITVAR dataclasses.InitVar[int]
# expect: WithInit(a=7, total=14) WithInit(a=1, total=100)
# expect: field total is declared with init=False, it cannot be specified with replace()
# expect: InitVar 'factor' must be specified with replace()
# expect: NeedsIV(a=9)
# expect: {'name': 'o', 'inner': {'v': 1, 'tags': ['t']}, 'items': [{'v': 2, 'tags': []}, 3], 'mapping': {'k': {'v': 4, 'tags': []}}, 'pair': Pair(left={'v': 5, 'tags': []}, right=6)}
# expect: ('o', (1, ['t']), [(2, []), 3], {'k': (4, [])}, Pair(left=(5, []), right=6))
# expect: [('tags', []), ('v', 9)]
# expect: ['t']
# expect: asdict() should be called on dataclass instances
# expect: True True False False
# expect: must be called with a dataclass type or instance
# expect: _DataclassParams(init=True,repr=True,eq=True,order=False,unsafe_hash=False,frozen=False)
# expect: _DataclassParams(init=True,repr=True,eq=True,order=True,unsafe_hash=False,frozen=True)
# expect: C(a=1, b=2, c=5) 4 ['typing.Any', <class 'int'>, <class 'int'>] C
# expect: K(v=1, tags=[], x=3) K(v=2, tags=[], x=0)
# expect: True [F(x=1), F(x=3)]
# expect: Node(val=1, nxt=...)
# expect: Node(val=2, nxt=Node(val=3, nxt=...))
# expect: Derived(a=10, b=1, c=2) Derived(a=5, b=6, c=7) ['a', 'b', 'c']
# expect: non-default argument 'b' follows default argument
# expect: mutable default <class 'list'> for field x is not allowed: use default_factory
# expect: '__' is KW_ONLY, but KW_ONLY has already been specified
# expect: Point(x: int, y: int = 0, *, label: str = 'p', weight: float) Opts(name: str = 'x', *, verbose: bool = False, level: int) Node(val: int, nxt: 'Node' = None)
# expect: 1 True
