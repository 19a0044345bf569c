# descriptors' __get__ (functions, staticmethod, classmethod), object's orderings return NotImplemented, float.conjugate, type() uses the bases' metaclass, divmod and three-argument pow on user types
class M(type):
    def __new__(mcls, name, bases, ns):
        print("M.__new__", name)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M): pass
B = type('B', (A,), {})
print(type(B).__name__, B.__qualname__)
def f(self, x): return (self, x)
class C: pass
c = C()
bm = f.__get__(c, C)
print(bm(5)[1], f.__get__(None, C) is f)
sm = staticmethod(len); cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, C)([1, 2]), cm.__get__(None, C)(), cm.__get__(c)())
print(object().__lt__(1), object().__eq__(1), (2.5).conjugate(), (3).conjugate())
try: divmod(C(), 1)
except TypeError as e: print(e)
from fractions import Fraction
print(divmod(Fraction(7, 2), 1), divmod(7, Fraction(2)), divmod(7, 2), divmod(7.5, 2))
class P:
    def __pow__(self, e, m=None): return ("pow", e, m)
print(pow(P(), 2, 3), pow(P(), 2))
try: pow(1j, 2, 3)
except ValueError as e: print(e)
# expect: M.__new__ A
# expect: M.__new__ B
# expect: M B
# expect: 5 True
# expect: 2 C C
# expect: NotImplemented NotImplemented 2.5 3
# expect: unsupported operand type(s) for divmod(): 'C' and 'int'
# expect: (3, Fraction(1, 2)) (3, Fraction(1, 1)) (3, 1) (3.0, 1.5)
# expect: ('pow', 2, 3) ('pow', 2, None)
# expect: complex modulo
