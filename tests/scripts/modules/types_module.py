# types: SimpleNamespace, MappingProxyType, MethodType binding, new_class/prepare_class/resolve_bases and the type names (FunctionType, GeneratorType, ModuleType, NoneType ...)
import types, sys
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(ns == SimpleNamespace(a=1, b="two", c=[3]), ns == SimpleNamespace(a=1), SimpleNamespace() == SimpleNamespace())
del ns.b
print(ns, hasattr(ns, "b"))
try:
    SimpleNamespace({"x": 1})
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError:
    print("unhashable")
rec = SimpleNamespace(n=1)
rec.me = rec
print(rec)

class Sub(SimpleNamespace):
    pass
print(Sub(q=1))

def f():
    pass
def gen():
    yield 1
class K:
    def m(self):
        return "m"
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(f, types.GeneratorType), isinstance(K, types.FunctionType))

def describe(self, suffix):
    return f"{self.name}{suffix}"
class Obj:
    name = "obj"
o = Obj()
bound = types.MethodType(describe, o)
print(bound("!"), bound.__self__ is o, bound.__func__ is describe)
o.describe = types.MethodType(describe, o)
print(o.describe("?"))

d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp["a"], len(mp), list(mp), "b" in mp, mp.get("z", 0), list(mp.items()), list(mp.keys()), list(mp.values()))
d["c"] = 3
print(mp["c"], mp.copy(), mp == d, mp | {"z": 9})
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
try:
    del mp["a"]
except TypeError as e:
    print(e)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(e)
print(repr(MappingProxyType({"k": "v"})), str(MappingProxyType({1: 2})))

def body(ns):
    ns["x"] = 10
    ns["hello"] = lambda self: "hi " + str(self.x)
C = types.new_class("C", (object,), exec_body=body)
print(C.__name__, C().x, C().hello())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
Base = types.new_class("Base", (), {"metaclass": Meta})
D = types.new_class("D", (Base,))
print(type(Base).__name__, type(D).__name__, D.made_by, issubclass(D, Base))
print(types.resolve_bases((int, str)))
meta, nsd, kw = types.prepare_class("X", (Base,), {"flag": 1})
print(meta.__name__, nsd, kw)
# expect: namespace(a=1, b='two', c=[3]) 1 [3] {'a': 1, 'b': 'two', 'c': [3]}
# expect: True False True
# expect: namespace(a=1, c=[3]) False
# expect: no positional arguments expected
# expect: unhashable
# expect: namespace(n=1, me=namespace(...))
# expect: Sub(q=1)
# expect: True True True
# expect: True True True
# expect: True True True
# expect: False False
# expect: obj! True True
# expect: obj?
# expect: 1 2 ['a', 'b'] True 0 [('a', 1), ('b', 2)] ['a', 'b'] [1, 2]
# expect: 3 {'a': 1, 'b': 2, 'c': 3} True {'a': 1, 'b': 2, 'c': 3, 'z': 9}
# expect: 'mappingproxy' object does not support item assignment
# expect: 'mappingproxy' object does not support item deletion
# expect: mappingproxy() argument must be a mapping, not list
# expect: mappingproxy({'k': 'v'}) {1: 2}
# expect: C 10 hi 10
# expect: Meta Meta Meta True
# expect: (<class 'int'>, <class 'str'>)
# expect: Meta {} {'flag': 1}
