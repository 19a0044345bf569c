# fractions: Fraction construction (int/str/float/Fraction), arithmetic with int/float and reflected ops, **, comparisons, hash, rounding, limit_denominator, errors
import math
from fractions import Fraction

a = Fraction(3, 4)
b = Fraction("1/3")
print(a, repr(a), b, a.numerator, a.denominator, Fraction(6, -8), Fraction(0, 5), Fraction(7))
print(Fraction("3.25"), Fraction(" -1.5e-2 "), Fraction("7"), Fraction(0.5), Fraction(0.1), Fraction(Fraction(2, 6)))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction.from_float(1.75), Fraction(2.5).as_integer_ratio())
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(Fraction(-2, 3)))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.25, 0.25 + a, a * 1.5)
print(a ** 2, a ** -2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(1, 2), Fraction(-8, 27) ** 3, 4 ** Fraction(2))
print(a < b, a > b, a == Fraction(6, 8), a == 0.75, a == 1, Fraction(2) == 2, a <= 1, b >= 0.3, a != b)
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]))
print(hash(Fraction(5)) == hash(5), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(Fraction(-7, 3)))
# (math.floor/ceil/trunc call these; gilpy's math does not consult them yet.)
print(Fraction(7, 2).__floor__(), Fraction(7, 2).__ceil__(), Fraction(-7, 2).__trunc__(), Fraction(-7, 2).__floor__())
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2))
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), bool(Fraction(0)), bool(a))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(3.141592653589793).limit_denominator(10), Fraction(1, 3).limit_denominator(2))
print(Fraction(10, 4).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in ["1/0", "abc", "1.2.3"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    Fraction(float("inf"))
except OverflowError as e:
    print(e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print(e)
print(sum([Fraction(1, n) for n in range(1, 8)]), Fraction(1, 3) * 3 == 1, max(a, b), min(a, b, key=float))
print(f"{float(Fraction(2, 3)):.4f}", str(Fraction(-3, 1)), Fraction(2, 3) % 1, -Fraction(2, 3) // 1)
# expect: 3/4 Fraction(3, 4) 1/3 3 4 -3/4 0 7
# expect: 13/4 -3/200 7 1/2 3602879701896397/36028797018963968 1/3
# expect: 3/2 7/4 (5, 2)
# expect: 13/12 5/12 1/4 9/4 2 1/12 (2, Fraction(1, 12)) -3/4 3/4 2/3
# expect: 7/4 7/4 -5/4 5/4 9/4 9/4 3/8 8/3 1.0 1.0 1.125
# expect: 9/16 16/9 0.6666666666666666 1.4142135623730951 -512/19683 16
# expect: False True True True False True True True True
# expect: [Fraction(1, 3), 0.4, Fraction(1, 2), 1]
# expect: True True 1537228672809129301 -1537228672809129303
# expect: 3 4 -3 -4
# expect: 4 2 -2 157/50 1200
# expect: -3 0.125 False True
# expect: 355/113 22/7 1/2
# expect: n/a
# expect: ZeroDivisionError Fraction(1, 0)
# expect: ValueError Invalid literal for Fraction: 'abc'
# expect: ValueError Invalid literal for Fraction: '1.2.3'
# expect: Fraction(1, 0)
# expect: cannot convert Infinity to integer ratio
# expect: both arguments should be Rational instances
# expect: 363/140 True 3/4 1/3
# expect: 0.6667 -3 2/3 -1
