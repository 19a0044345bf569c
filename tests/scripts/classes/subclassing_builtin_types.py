# Classes extending list, dict (with __missing__), float, str, int (with __new__), set and
# tuple: the instance carries the built-in value and the built-in methods work on it.
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__, s == [1, 2, 3], 2 in s, list(s))
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self): return f"{self.name}{list.__repr__(self)}"
n = Named("nums", [3, 1, 2]); n.sort(); print(n, str(n), n.name, sorted(n, reverse=True), n[0], n[1:])
class Counter(dict):
    def __missing__(self, key): return 0
c = Counter(); c["a"] += 1; c["a"] += 1; c["b"] += 1
print(c, c["zzz"], len(c), sorted(c.items()), dict(c))
class Celsius(float):
    def to_f(self): return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), t + 1, isinstance(t, float), round(t), f"{t:.1f}")
class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), u + " there", len(u), u == "hi", repr(u), u.startswith("h"))
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-5)
print(p, p + 1, type(p).__name__, p * 2, p > 3)
class DefaultDict(dict):
    def __init__(self, default, **kw):
        super().__init__(**kw)
        self.default = default
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else self.default
d = DefaultDict(-1, x=1)
print(d["x"], d["y"], d)
try:
    class Bad(bool): pass
except TypeError as e: print(e)
try:
    class Both(list, dict): pass
except TypeError as e: print(e)
class MySet(set):
    def add_all(self, *xs):
        for x in xs: self.add(x)
ms = MySet([3, 1]); ms.add_all(2, 5)
print(ms, len(ms), 5 in ms, sorted(ms), ms | {9})
class Pair(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), pr[0], len(pr), pr == (1, 2), type(pr.swap()).__name__)
# expect: [1, 2, 3] 4 4 4 True Stack True True [1, 2, 3]
# expect: nums[1, 2, 3] nums[1, 2, 3] nums [3, 2, 1] 1 [2, 3]
# expect: {'a': 2, 'b': 1} 0 2 [('a', 2), ('b', 1)] {'a': 2, 'b': 1}
# expect: 100.0 212.0 101.0 True 100 100.0
# expect: hi HI! hi there 2 True 'hi' True
# expect: 5 6 Positive 10 True
# expect: 1 -1 {'x': 1}
# expect: type 'bool' is not an acceptable base type
# expect: multiple bases have instance lay-out conflict
# expect: MySet({1, 2, 3, 5}) 4 True [1, 2, 3, 5] {1, 2, 3, 5, 9}
# expect: (1, 2) (2, 1) 1 2 True Pair
