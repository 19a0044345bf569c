# implicit class methods (__init_subclass__ through super(), __class_getitem__), set equality with __eq__, a class's __name__ despite an instance property, math on objects with __floor__/__float__, dict.fromkeys as a class method
class A:
    def __init_subclass__(cls, **kw):
        print("A isc", cls.__name__, kw)
        super().__init_subclass__(**kw)
class B(A):
    def __init_subclass__(cls, **kw):
        print("B isc", cls.__name__)
        super().__init_subclass__(**kw)
class C(B): pass
class E:
    __eq__ = lambda s, o: True
    __hash__ = lambda s: 1
print({E()} == {E()}, E() in {E()})
class P:
    @property
    def __name__(self): return "inst"
print(P.__name__, P().__name__)
import math
from fractions import Fraction
from collections import OrderedDict
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), math.sqrt(Fraction(9, 4)))
class F:
    def __float__(self): return 2.25
print(math.sqrt(F()))
print(dict.fromkeys({1: 2}), dict.fromkeys({1: 2}, 5), dict.fromkeys('ab'), {}.fromkeys([1]), OrderedDict.fromkeys('ab', 0))
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
class H(G): pass
print(G[int], H["x"])
# expect: A isc B {}
# expect: B isc C
# expect: A isc C {}
# expect: True True
# expect: P inst
# expect: 3 4 -3 1.5
# expect: 1.5
# expect: {1: None} {1: 5} {'a': None, 'b': None} {1: None} OrderedDict([('a', 0), ('b', 0)])
# expect: G[<class 'int'>] H[x]
