# collections: deque (with maxlen), defaultdict, Counter (arithmetic, most_common),
# OrderedDict, namedtuple (defaults, _replace, hashing like a tuple).
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); d.rotate(1)
print(d, len(d), d[0], d.pop(), d.popleft(), list(d), 3 in d, d.maxlen)
q = deque(); q.extend("abc"); q.extendleft("xy"); print(q, q.count("a"))
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dd, dict(dd), dd["z"], len(dd), sorted(dd))
counts = defaultdict(int)
for ch in "mississippi": counts[ch] += 1
print(sorted(counts.items()), counts)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], sum(c.values()), c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c | c2, c & c2, sorted(c.elements())[:6])
c.update(["a", "z"]); c.subtract({"b": 2}); print(c)
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(2), Counter())
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, od.popitem(), od.popitem(last=False), od)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, len(p), isinstance(p, tuple), hash(p) == hash((1, 2)), {p: "pt"}[Point(1, 2)], type(p).__name__, repr(Point))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("Ann", "R&D")
print(e, sorted([Emp("b", "x", 3), Emp("a", "y", 5)]), max([Emp("b", "x", 3), Emp("a", "y", 5)], key=lambda r: r.salary).name)
try: Point(1)
except TypeError as err: print(err)
# expect: deque([0, 2], maxlen=4) 4 4 3 4 [0, 2] False 4
# expect: deque(['y', 'x', 'a', 'b', 'c']) 1
# expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry'], 'z': []}) {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']} [] 4 ['a', 'b', 'c', 'z']
# expect: [('i', 4), ('m', 1), ('p', 2), ('s', 4)] defaultdict(<class 'int'>, {'m': 1, 'i': 4, 's': 4, 'p': 2})
# expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 5 0 11 11
# expect: Counter({'b': 7, 'a': 6, 'r': 2, 'c': 1, 'd': 1}) Counter({'a': 4, 'r': 2, 'c': 1, 'd': 1}) Counter({'a': 5, 'b': 5, 'r': 2, 'c': 1, 'd': 1}) Counter({'b': 2, 'a': 1}) ['a', 'a', 'a', 'a', 'a', 'b']
# expect: Counter({'a': 6, 'r': 2, 'c': 1, 'd': 1, 'z': 1, 'b': 0})
# expect: [('the', 3), ('quick', 2)] Counter()
# expect: OrderedDict([('c', 3)]) ('a', 1) ('b', 2) OrderedDict([('c', 3)])
# expect: Point(x=1, y=2) 1 2 1 True {'x': 1, 'y': 2} Point(x=9, y=2) ('x', 'y') Point(x=5, y=6)
# expect: 3 2 True True pt Point <class '__main__.Point'>
# expect: Emp(name='Ann', dept='R&D', salary=0) [Emp(name='a', dept='y', salary=5), Emp(name='b', dept='x', salary=3)] a
# expect: Point.__new__() missing 1 required positional argument: 'y'
