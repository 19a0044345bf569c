# __slots__: no instance __dict__, only slot names assignable; subclasses without __slots__ get a dict.
class A:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
a = A(1)
print(a.x, hasattr(a, "y"), hasattr(a, "__dict__"), A.__slots__)
a.y = 5
print(a.y)
for stmt in ["a.z = 3", "print(a.z)", "a.__dict__", "vars(a)", "del a.y; print(a.y)", "del a.y", "del a.q", "object.__setattr__(a, 'w', 1)", "setattr(a, 'v', 2)"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
class B(A):
    pass
b = B(2)
b.z = 3
print(b.x, b.z, b.__dict__["z"], hasattr(b, "__dict__"))
class C(A):
    __slots__ = "w"
c = C(3)
c.w = 4; c.y = 0
print(c.x, c.y, c.w, hasattr(c, "__dict__"))
try:
    c.q = 1
except AttributeError as e:
    print("AttributeError:", e)
class D:
    __slots__ = ["a", "__dict__"]
d = D(); d.a = 1; d.b = 2
print(d.a, d.b, d.__dict__["b"])
class E:
    __slots__ = ()
    kind = "e"
    def method(self): return 42
e = E()
print(e.kind, e.method())
for stmt in ["e.kind = 'f'", "e.method = None", "e.other = 1", "del e.kind"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as ex:
        print(stmt, "->", ex)
class P:
    __slots__ = ("_v",)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
p = P(); p.v = 21
print(p.v, p._v)
class T(tuple):
    __slots__ = ()
    first = property(lambda self: self[0])
t = T((1, 2))
print(t, t.first, t == (1, 2), hasattr(t, "__dict__"))
class Ex(Exception):
    __slots__ = ()
ex = Ex("m"); ex.note = 1
print(ex.note, ex.__dict__)
class G:
    __slots__ = ("a",)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
g = G(); g.a = 1
print(g.a)
try:
    g.b = 2
except AttributeError as e:
    print("AttributeError:", e)
# expect: 1 False False ('x', 'y')
# expect: 5
# expect: a.z = 3 -> AttributeError 'A' object has no attribute 'z'
# expect: print(a.z) -> AttributeError 'A' object has no attribute 'z'
# expect: a.__dict__ -> AttributeError 'A' object has no attribute '__dict__'
# expect: vars(a) -> TypeError vars() argument must have __dict__ attribute
# expect: del a.y; print(a.y) -> AttributeError 'A' object has no attribute 'y'
# expect: del a.y -> AttributeError y
# expect: del a.q -> AttributeError 'A' object has no attribute 'q'
# expect: object.__setattr__(a, 'w', 1) -> AttributeError 'A' object has no attribute 'w'
# expect: setattr(a, 'v', 2) -> AttributeError 'A' object has no attribute 'v'
# expect: 2 3 3 True
# expect: 3 0 4 False
# expect: AttributeError: 'C' object has no attribute 'q'
# expect: 1 2 2
# expect: e 42
# expect: e.kind = 'f' -> 'E' object attribute 'kind' is read-only
# expect: e.method = None -> 'E' object attribute 'method' is read-only
# expect: e.other = 1 -> 'E' object has no attribute 'other'
# expect: del e.kind -> 'E' object attribute 'kind' is read-only
# expect: 42 42
# expect: (1, 2) 1 True False
# expect: 1 {'note': 1}
# expect: setattr a 1
# expect: 1
# expect: setattr b 2
# expect: AttributeError: 'G' object has no attribute 'b'
