# Descriptors (__get__/__set__, data descriptors before the instance dict), super() in
# a classmethod, per-class __doc__, str.encode encodings, slice equality, CPython's MRO
# and positional-only error messages.
class D:
    def __get__(self, o, t=None):
        return "got" if o is not None else "class access"
    def __set__(self, o, v): print("set", v)
class K:
    d = D()
k = K(); print(k.d); k.d = 5; print(vars(k), K.d)
class Typed:
    def __init__(self, name, kind): self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
class Point:
    x = Typed("x", int)
    def __init__(self, x): self.x = x
p = Point(3); print(p.x)
try: p.x = "a"
except TypeError as e: print(e)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class C:
    @Lazy
    def big(self):
        print("computing"); return 42
c = C(); print(c.big, c.big)
class Base:
    @classmethod
    def who(cls): return cls.__name__
class Derived(Base):
    @classmethod
    def who(cls): return "D:" + super().who()
print(Derived.who(), Derived().who())
class A:
    """doc A"""
class B(A): pass
print(A.__doc__, B.__doc__)
print("é".encode("latin-1"), "aé".encode("ascii", "ignore"), "aé".encode("ascii", "replace"))
try: "é".encode("ascii")
except UnicodeEncodeError as e: print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Root: pass
class X(Root): pass
class Y(Root): pass
try:
    class Bad(X, Root, Y): pass
except TypeError as e: print(e)
def p(a, b, /, c): return a + b + c
try: p(a=1, b=2, c=3)
except TypeError as e: print(e)
# expect: got
# expect: set 5
# expect: {} class access
# expect: 3
# expect: x must be int
# expect: computing
# expect: 42 42
# expect: D:Derived D:Derived
# expect: doc A None
# expect: b'\xe9' b'a' b'a?'
# expect: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: True False
# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases Root, Y
# expect: p() got some positional-only arguments passed as keyword arguments: 'a, b'
