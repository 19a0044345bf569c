# copy: copy.copy/deepcopy of containers, subclasses (defaultdict, OrderedDict, Counter, deque), cycles and memo, instances (__copy__/__deepcopy__, __slots__, __getstate__/__setstate__, __reduce__), dataclasses, namedtuples, enums
import copy
from collections import defaultdict, OrderedDict, Counter, namedtuple, deque
from dataclasses import dataclass, field
from enum import Enum
import datetime

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s is a, s[1] is a[1], d[1] is a[1])
dd = {'x': [1], 'y': {'z': (1, [2])}}
dc = copy.deepcopy(dd); dd['y']['z'][1].append(3)
print(dd, dc, list(dc))
t = (1, 2, 'a'); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); t2c = copy.deepcopy(t2); print(t2c, t2c is t2, t2c[1] is t2[1])
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1, 2})), copy.deepcopy({(1, 2)}))
for atom in (1, 2.5, 'str', b'by', None, True, len, print, int, range(3), Ellipsis):
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
print('atoms ok')
def fn(): pass
print(copy.deepcopy(fn) is fn)

cyc = [1, 2]; cyc.append(cyc)
cc = copy.deepcopy(cyc); print(cc[2] is cc, cc is not cyc, cc[:2])
cd = {'self': None}; cd['self'] = cd
ccd = copy.deepcopy(cd); print(ccd['self'] is ccd)
shared = [0]; both = [shared, shared]
bc = copy.deepcopy(both); print(bc[0] is bc[1], bc[0] is shared)
memo = {}
x = [1]; y1 = copy.deepcopy(x, memo); y2 = copy.deepcopy(x, memo); print(y1 is y2, id(x) in memo)

ddict = defaultdict(list, {'a': [1]})
ddc = copy.deepcopy(ddict); ddc['b'].append(2); ddict['a'].append(7)
print(ddc, type(ddc).__name__, ddict, copy.copy(ddict))
od = OrderedDict([('b', 1), ('a', [2])]); odc = copy.deepcopy(od); od['a'].append(3)
print(odc, type(odc).__name__, copy.copy(od))
cnt = Counter('hello'); print(copy.deepcopy(cnt), copy.copy(cnt), type(copy.copy(cnt)).__name__)
dq = deque([1, [2]], maxlen=5); dqc = copy.deepcopy(dq); dq[1].append(3)
print(dqc, copy.copy(dq), dqc.maxlen)

class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Pt({self.x}, {self.y})'
p = Pt(1, [2]); pc = copy.copy(p); pd = copy.deepcopy(p)
p.y.append(3)
print(pc, pd, pc.y is p.y, pd.y is p.y, type(pd).__name__)

class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): print('__copy__ called'); return WithCopy(self.v)
    def __deepcopy__(self, memo): print('__deepcopy__ called', type(memo).__name__); return WithCopy(copy.deepcopy(self.v, memo))
w = WithCopy([1]); print(copy.copy(w).v, copy.deepcopy(w).v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self, a): self.a = a
s1 = Slotted([1]); s2 = copy.deepcopy(s1); s3 = copy.copy(s1)
print(s2.a, s2.a is s1.a, s3.a is s1.a, hasattr(s2, 'b'))

class State:
    def __init__(self): self.conn = 'open'; self.data = [1]
    def __getstate__(self): print('getstate'); return {'data': self.data}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st); self.conn = 'reopened'
st = copy.deepcopy(State()); print(st.conn, st.data)

class Tree:
    def __init__(self, v, parent=None): self.v = v; self.parent = parent; self.kids = []
    def add(self, v): k = Tree(v, self); self.kids.append(k); return k
root = Tree(0); c1 = root.add(1); c1.add(2)
r2 = copy.deepcopy(root)
print(r2.kids[0].parent is r2, r2.kids[0].kids[0].v, r2 is not root)

@dataclass
class Config:
    name: str
    opts: list = field(default_factory=list)
cfg = Config('a', [1]); c2 = copy.deepcopy(cfg); cfg.opts.append(2)
print(c2, cfg, copy.copy(cfg).opts is cfg.opts)
@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()
fz = Frozen(1, ('a',)); print(copy.deepcopy(fz), copy.copy(fz) == fz)

P = namedtuple('P', 'x y')
np_ = P(1, [2]); npc = copy.deepcopy(np_); np_.y.append(3)
print(npc, type(npc).__name__, copy.copy(np_) == np_, copy.copy(np_))

class Color(Enum):
    RED = 1
    BLUE = [2]
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE, copy.deepcopy([Color.RED]))

dt = datetime.date(2020, 1, 2); print(copy.deepcopy(dt), copy.copy(datetime.timedelta(days=1)))

class MyList(list):
    def __init__(self, *a):
        super().__init__(*a); self.tag = 'T'
ml = MyList([1, [2]]); mlc = copy.deepcopy(ml); ml[1].append(3)
print(mlc, type(mlc).__name__, mlc.tag, copy.copy(ml))
class MyDict(dict): pass
md = MyDict(a=[1]); mdc = copy.deepcopy(md); print(mdc, type(mdc).__name__, mdc['a'] is md['a'])

class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v,))
    def __repr__(self): return f'Red({self.v!r})'
print(copy.deepcopy(Red([1])), copy.copy(Red(2)))
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
# expect: [1, [2, 3, 99], {'k': [4, 5]}] [1, [2, 3], {'k': [4]}] False True False
# expect: {'x': [1], 'y': {'z': (1, [2, 3])}} {'x': [1], 'y': {'z': (1, [2])}} ['x', 'y']
# expect: True True
# expect: (1, [2]) False False
# expect: {1, 2} frozenset({1, 2}) {(1, 2)}
# expect: atoms ok
# expect: True
# expect: True True [1, 2]
# expect: True
# expect: True False
# expect: True True
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': [2]}) defaultdict defaultdict(<class 'list'>, {'a': [1, 7]}) defaultdict(<class 'list'>, {'a': [1, 7]})
# expect: OrderedDict([('b', 1), ('a', [2])]) OrderedDict OrderedDict([('b', 1), ('a', [2, 3])])
# expect: Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) Counter
# expect: deque([1, [2]], maxlen=5) deque([1, [2, 3]], maxlen=5) 5
# expect: Pt(1, [2, 3]) Pt(1, [2]) True False Pt
# expect: __copy__ called
# expect: __deepcopy__ called dict
# expect: [1] [1]
# expect: [1] False True False
# expect: getstate
# expect: setstate {'data': [1]}
# expect: reopened [1]
# expect: True 2 True
# expect: Config(name='a', opts=[1]) Config(name='a', opts=[1, 2]) True
# expect: Frozen(x=1, tags=('a',)) True
# expect: P(x=1, y=[2]) P True P(x=1, y=[2, 3])
# expect: True True [<Color.RED: 1>]
# expect: 2020-01-02 1 day, 0:00:00
# expect: [1, [2]] MyList T [1, [2, 3]]
# expect: {'a': [1]} MyDict False
# expect: Red([1]) Red(2)
# expect: Error True True
