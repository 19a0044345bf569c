# collections.abc: subclassing MutableMapping, Mapping, Sequence, MutableSequence, Set, MutableSet, Iterator, Generator gives the mixin methods; abstract methods block instantiation
from collections.abc import (MutableMapping, Mapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Iterable, Generator, Sized, Container, Hashable, Callable,
                             Reversible, Collection, KeysView, ItemsView, ValuesView, MappingView)

class D(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"D({self._d!r})"

d = D({'a': 1}, b=2)
print(d, d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' in d)
print(list(d.keys()), list(d.items()), list(d.values()), len(d))
print(d.pop('a'), d.pop('zz', 'dflt'), d.setdefault('c', 3), d.setdefault('c', 4), d)
print(d == {'b': 2, 'c': 3}, d == D(b=2, c=3), d != {'b': 2})
d.update([('e', 5)], f=6)
print(d, d.popitem(), sorted(d.keys() & {'b', 'x'}), isinstance(d.keys(), KeysView))
print(('b', 2) in d.items(), 2 in d.values(), repr(d.keys()).startswith('KeysView('))
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
d.clear()
print(d, len(d), isinstance(d, Mapping), isinstance(d, MutableMapping), isinstance(d, Sized))

class Ro(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Ro(x=1, y=2)
print(r['x'], r.get('q', 'none'), list(r), dict(r), r == Ro(x=1, y=2), r == Ro(x=1))
print(hasattr(r, '__setitem__'), hasattr(r, 'pop'))

class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)

s = Seq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, list(reversed(s)), s.index(1), s.index(1, 2), s.count(1))
try:
    s.index(42)
except ValueError as e:
    print('ValueError', e)

class MSeq(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)

m = MSeq()
m.append(1); m.extend([2, 3, 4]); m.insert(0, 0)
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(2); m.reverse(); m += [7, 8]
print(list(m), len(m))
m.clear()
print(list(m))

class S(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def __repr__(self):
        return f"S({self._s})"

a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint(S([9])))
print(a | {5}, a & [2, 9])

class MS(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)

ms = MS([1, 2])
ms.add(3); ms.discard(1); ms |= {7}; ms -= {2}
print(list(ms), ms.pop() in (3, 7), len(ms))
try:
    ms.remove(100)
except KeyError as e:
    print('KeyError', e)

class Count(Iterator):
    def __init__(self, n):
        self.i, self.n = 0, n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

c = Count(3)
print(iter(c) is c, list(c))

class Gen(Generator):
    def __init__(self):
        self.n = 0
    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n * 10
    def throw(self, typ, val=None, tb=None):
        raise typ

g = Gen()
print(next(g), g.send(None), list(g))
g2 = Gen()
g2.close()
print('closed')

try:
    class Seq2(Sequence):
        pass
    Seq2()
except TypeError as e:
    print(e)

class Bad(MutableMapping):
    def __getitem__(self, k):
        return 1

try:
    Bad()
except TypeError as e:
    print(e)

print(issubclass(Seq, Reversible), issubclass(Seq, Collection), issubclass(MSeq, Sequence), issubclass(D, Container))
print(Mapping.__module__, Sequence.__name__, sorted(MutableMapping.__abstractmethods__))
# expect: D({'a': 1, 'b': 2}) 1 None 0 True False
# expect: ['a', 'b'] [('a', 1), ('b', 2)] [1, 2] 2
# expect: 1 dflt 3 3 D({'b': 2, 'c': 3})
# expect: True True True
# expect: D({'c': 3, 'e': 5, 'f': 6}) ('b', 2) [] True
# expect: False False True
# expect: KeyError 'nope'
# expect: D({}) 0 True True True
# expect: 1 none ['x', 'y'] {'x': 1, 'y': 2} True False
# expect: False False
# expect: [3, 1, 4, 1, 5] True False [5, 1, 4, 1, 3] 1 3 2
# expect: ValueError 
# expect: [0, 1, 2, 3, 4] 4 0 [1, 2, 3]
# expect: [3, 1, 7, 8] 4
# expect: []
# expect: S([2, 3]) S([1, 2, 3, 4]) S([1]) S([1, 4]) False True True True
# expect: S([1, 2, 3, 5]) S([2])
# expect: [3, 7] True 1
# expect: KeyError 100
# expect: True [1, 2, 3]
# expect: 10 20 [30]
# expect: closed
# expect: Can't instantiate abstract class Seq2 with abstract methods __getitem__, __len__
# expect: Can't instantiate abstract class Bad with abstract methods __delitem__, __iter__, __len__, __setitem__
# expect: True True True True
# expect: collections.abc Sequence ['__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__']
