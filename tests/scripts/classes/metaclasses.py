# metaclasses: __new__/__init__/__call__ of a type subclass, class-level __iter__/__len__/__getitem__/__contains__/__repr__, methods and properties of the metaclass, inheritance of the metaclass, __init_subclass__ keywords, type() with a metaclass, conflicts
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("meta call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == "yes"
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v
        print("A init", v)
    def method(self):
        return type(self).__name__

class B(A):
    pass

a = A(5)
print(a.v, type(A), type(B), A, B, list(A), len(A), A[21], "yes" in A, "no" in A)
print(A.hello(), B.hello(), A.prop, A.registered, isinstance(A, Meta), isinstance(A, type), type(a).__name__)
print(A.__class__, a.method())
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(Base, metaclass=Meta, color="red"):
    pass
X = type("X", (), {"a": 1})
print(X.a, type(X))
Y = Meta("Y", (), {"b": 2})
print(Y.b, type(Y))
class M2(type): pass
class M3(type): pass
class P(metaclass=M2): pass
class Q(metaclass=M3): pass
try:
    class R(P, Q): pass
except TypeError as e: print(e)
# expect: meta new A ['method', 'x'] {}
# expect: meta init A
# expect: meta new B [] {}
# expect: meta init B
# expect: meta call A (5,)
# expect: A init 5
# expect: 5 <class '__main__.Meta'> <class '__main__.Meta'> <Meta class A> <Meta class B> [1, 2, 3] 3 42 True False
# expect: hello from A hello from B prop of A True True True A
# expect: <class '__main__.Meta'> A
# expect: meta new C [] {'color': 'red'}
# expect: init_subclass C {}
# expect: meta init C
# expect: 1 <class 'type'>
# expect: meta new Y ['b'] {}
# expect: meta init Y
# expect: 2 <class '__main__.Meta'>
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
