# Reflected-method priority: a right operand of a proper subclass that overrides __rop__ goes
# first; comparisons try the subclass's swapped method first; int.__eq__(float) is NotImplemented.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return f"A.add({self.v},{getattr(o, 'v', o)})"
    def __radd__(self, o): return f"A.radd({self.v},{getattr(o, 'v', o)})"
    def __sub__(self, o): return f"A.sub({self.v},{getattr(o, 'v', o)})"
    def __rsub__(self, o): return f"A.rsub({self.v},{getattr(o, 'v', o)})"
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return f"A.lt({self.v})"
    def __gt__(self, o): return f"A.gt({self.v})"
    def __eq__(self, o): return f"A.eq({self.v})"
    __hash__ = object.__hash__
class B(A):
    def __radd__(self, o): return f"B.radd({self.v},{getattr(o, 'v', o)})"
    def __rmul__(self, o): return f"B.rmul({self.v})"
    def __gt__(self, o): return f"B.gt({self.v})"
class C(A):
    pass
a, b, c = A(1), B(2), C(3)
print(a + b, b + a, a - b, a * b, a + c, c + a, a - c)
print(a < b, b > a, a < c, a == b, b == a, a == c, c == a, a > b)
x = A(9); x += b; print(x)
class MyInt(int):
    def __radd__(self, o): return f"MyInt.radd({int(self)},{o})"
    def __rsub__(self, o): return "MyInt.rsub"
    def __gt__(self, o): return "MyInt.gt"
    def __eq__(self, o): return "MyInt.eq"
    __hash__ = int.__hash__
m = MyInt(5)
print(1 + m, m + 1, 10 - m, m - 1, 3 < m, m < 3, 3 == m, 2.5 + m, True + m)
class MyFloat(float):
    def __rmul__(self, o): return "MyFloat.rmul"
    def __radd__(self, o): return "MyFloat.radd"
f = MyFloat(1.5)
print(2 * f, 2.0 * f, f * 2, 1.0 + f, "x" * 2)
print((1).__eq__(1.0), (1).__lt__(1.5), (1).__add__(1.5), (1).__radd__(1.5), True.__eq__(1.0), (2**70).__eq__(1.0))
print((1.0).__eq__(1), (1.5).__add__(1), (1.0).__radd__(2), (1).__eq__(1), (1).__eq__(True), (1).__eq__("1"))
print(1 == 1.0, 1.0 == 1, 1 < 1.5, 1 + 1.5, 2**70 == 2.0**70, True == 1.0, 1 != 1.0)
class Base:
    def __eq__(self, o):
        print("Base.eq", type(self).__name__, type(o).__name__)
        return NotImplemented
class Derived(Base):
    pass
print(Base() == Derived(), Derived() == Base())
# expect: B.radd(2,1) A.add(2,1) A.sub(1,2) B.rmul(2) A.add(1,3) A.add(3,1) A.sub(1,3)
# expect: B.gt(2) B.gt(2) A.gt(3) A.eq(2) A.eq(2) A.eq(3) A.eq(3) A.lt(2)
# expect: B.radd(2,9)
# expect: MyInt.radd(5,1) 6 MyInt.rsub 4 MyInt.gt False MyInt.eq 7.5 6
# expect: MyFloat.rmul MyFloat.rmul 3.0 MyFloat.radd xx
# expect: NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# expect: True 2.5 3.0 True True NotImplemented
# expect: True True True 2.5 True True False
# expect: Base.eq Derived Base
# expect: Base.eq Base Derived
# expect: Base.eq Derived Base
# expect: Base.eq Base Derived
# expect: False False
