# complex: literals, constructor (numbers, strings, __complex__/__float__/__index__), repr/str/format, arithmetic with int/float/complex incl. signed zeros, Smith division, integer and complex powers, errors, abs/bool/==/hash, methods, subclassing, and a Mandelbrot render
import math

# literals, repr and str
print(1j, 3 + 4j, -2j, 1.5 - 0.5j, 2J)
print((1 + 2j).real, (1 + 2j).imag, type((1 + 2j).real).__name__)
print(repr(complex(1.0, 2.5)), repr(complex(0.0, 1e16)), repr(complex(-0.0, -2.0)), repr(complex(1, -0.0)))
print(repr(complex(1e20, 0)), repr(1e20j), repr(complex(1.5, 0.1)), repr(0j), repr(-0j), repr(complex(-0.0, 0.0)))
inf = float('inf')
nan = float('nan')
print(complex(inf, nan), complex(-inf, 0), complex(nan, 1), complex(0, inf), complex(0, -inf))
print(str(1 + 2j), [1j, 2 + 0j], (3j,), {'k': 1 - 1j})
print(type(1j), type(1j).__name__, isinstance(2j, complex), isinstance(2j, (int, float)), type(1j) is complex)

# the constructor
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(-1.5, 0))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(real=1, imag=2), complex(imag=3))
print(complex(-0.0), complex(0, -0.0), complex(-0.0, -0.0))
for s in ['1+2j', '3j', '-1.5e3-2J', '(1+2j)', '  ( 1.5-2j )  ', 'inf', 'nanj', '-infj', 'j', '-j', '1-j',
          '1_000+2_0j', '.5j', '1.e-3', 'infinity+infinityj', '  7  ']:
    print(repr(s), '->', complex(s))
for s in ['1+2jj', '1 + 2j', '(1+2j', '1+2j)', '', 'x', '1+2i', '1__0', '1e']:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), 'ValueError:', e)

class HasComplex:
    def __complex__(self):
        return 3 + 4j

class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 7

print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))
for args in [([],), (1, []), ('1', 2), (1, '2'), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print('TypeError:', e)

# arithmetic
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a, abs(a))
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 * a, a / 0.5, 0.5 / a, a + True)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, (1 + 1j) ** -2, 2 ** 1j, (2j) ** 0.5, (1 + 2j) ** (3 - 1j))
print(a ** 0, 0j ** 0, 0 ** 0j, (1 + 1j) ** 0.0, 1j ** 101, (0.5 + 0.5j) ** 100)
print((-1 + 0j) ** 0.5, (-8 + 0j) ** (1 / 3), 4j ** 0.5)
print(1e300j * 1e300j, (1e308 + 1e308j) / (1e308 + 1e308j), (1 + 2j) / (3 + 4j), 1 / (1e-300 + 1e-300j))
print(complex(1, -0.0) + 1.0, complex(-0.0, -0.0) + 0, complex(-0.0, -0.0) * 1, complex(-0.0, 1) - 0j)
print(complex(inf, 1) * 2, complex(inf, 1) * 2.0, complex(inf, 0) + 1j)
x = 1 + 1j
x += 1
x *= 2j
x -= 1j
x /= 2
x **= 2
print(x)
print(sum([1j, 2, 3.5, 4 - 1j]), sum([0.5j] * 4, 1j))
print(max([3 + 4j, 1j, -6], key=abs), sorted([3 + 4j, 1j, -6, 2 - 2j], key=abs))

# errors
tests = [
    lambda: (1 + 2j) / 0,
    lambda: (1 + 2j) / 0j,
    lambda: 1 / 0j,
    lambda: 0j ** -1,
    lambda: 0j ** (1 + 1j),
    lambda: (10 + 10j) ** 500,
    lambda: (1e200 + 1e200j) ** 2,
    lambda: abs(complex(1e308, 1e308)),
    lambda: (1 + 2j) // 2,
    lambda: 2 // (1 + 2j),
    lambda: (1 + 2j) % 1j,
    lambda: (1 + 2j) < (2 + 3j),
    lambda: 1j > 0,
    lambda: 1 <= 1j,
    lambda: int(1j),
    lambda: float(1 + 2j),
    lambda: (1 + 2j) + 'x',
    lambda: 'x' * 1j,
    lambda: [1] * 2j,
    lambda: (1 + 2j) + 2 ** 1100,
    lambda: round(1j),
]
for t in tests:
    try:
        print('no error', t())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# abs, bool, comparisons, hashing
print(abs(3 - 4j), abs(-5j), abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(1e-320j))
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, 1e-320)), bool(complex(nan, 0)))
print(1 + 0j == 1, 1j == 1, 2.5 + 0j == 2.5, 1j == 1j, 1 + 1j != 1 + 1j, 1j != 'x', 1j == None)
print(complex(2 ** 53, 0) == 2 ** 53, complex(2 ** 53, 0) == 2 ** 53 + 1, True == 1 + 0j, 0j == False)
print(complex(nan, 0) == complex(nan, 0), complex(inf, 0) == inf)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1j), hash(3 + 4j), hash(-1 + 0j))
print(hash(complex(-1, -1)), hash(complex(1e300, -2.5)), hash(complex(0.5, 1e-300)), hash(complex(inf, -inf)))
print(len({1j, 1j, 2j, 1 + 1j, complex(0, 1)}), {1 + 1j: 'a', 2j: 'b'}[complex(1, 1)], 1j in [0, 1j], 2j in (1, 2))

# methods
z = 1.5 - 2.5j
print(z.conjugate(), z.__complex__() is z, z.__getnewargs__(), (2j).conjugate(), (3).conjugate(), (2.5).real, (2.5).imag)
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1 + 2j).__add__('x'), (1 + 2j).__eq__('x'), (1 + 2j).__lt__(1))
print(hasattr(1j, '__int__'), hasattr(1j, '__float__'), hasattr(1j, 'real'))
try:
    z.real = 3
except AttributeError:
    print('real is read-only')

# formatting
for spec in ['', '.2f', '>20', '<20', '^21', '*^21', 'g', '.3g', '+.1e', ',.2f', '#', '.0f', 'E', '10']:
    print(repr(spec), repr(format(1234.5 - 6.25j, spec)), repr(format(2j, spec)), repr(format(-0.0 + 1j, spec)))
p, q, r = 1 + 2j, 3.14159 + 2.71828j, 1j
print(f'{p}|{q:.3f}|{r:>8}|{-r!r}|{(p - 1) * r}|{p.real:g}')
print('%s and %r' % (1 + 2j, -3j))
for spec in ['d', '%', '010', '=10', '0>10']:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print('ValueError:', e)

# a subclass
class MyComplex(complex):
    def double(self):
        return self * 2

m = MyComplex(1, 2)
print(m, type(m).__name__, m.double(), type(m.double()).__name__, type(m + 1).__name__, m == 1 + 2j, isinstance(m, complex))

# Mandelbrot set
rows = []
for y in range(20):
    row = ''
    for x in range(40):
        c = complex(-2.1 + 2.7 * x / 40, -1.2 + 2.4 * y / 19)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        row += ' .:-=+*#%@'[n % 10] if n < 30 else '@'
    rows.append(row.rstrip())
print('\n'.join(rows))
# expect: 1j (3+4j) (-0-2j) (1.5-0.5j) 2j
# expect: 1.0 2.0 float
# expect: (1+2.5j) 1e+16j (-0-2j) (1-0j)
# expect: (1e+20+0j) 1e+20j (1.5+0.1j) 0j (-0-0j) (-0+0j)
# expect: (inf+nanj) (-inf+0j) (nan+1j) infj -infj
# expect: (1+2j) [1j, (2+0j)] (3j,) {'k': (1-1j)}
# expect: <class 'complex'> complex True False True
# expect: 0j (2+0j) (2.5+0j) (1+0j) (1+2j) (-1.5+0j)
# expect: 1j (-1+1j) (-3+5j) (1+0j) (1+2j) 3j
# expect: (-0+0j) -0j (-0-0j)
# expect: '1+2j' -> (1+2j)
# expect: '3j' -> 3j
# expect: '-1.5e3-2J' -> (-1500-2j)
# expect: '(1+2j)' -> (1+2j)
# expect: '  ( 1.5-2j )  ' -> (1.5-2j)
# expect: 'inf' -> (inf+0j)
# expect: 'nanj' -> nanj
# expect: '-infj' -> -infj
# expect: 'j' -> 1j
# expect: '-j' -> -1j
# expect: '1-j' -> (1-1j)
# expect: '1_000+2_0j' -> (1000+20j)
# expect: '.5j' -> 0.5j
# expect: '1.e-3' -> (0.001+0j)
# expect: 'infinity+infinityj' -> (inf+infj)
# expect: '  7  ' -> (7+0j)
# expect: '1+2jj' ValueError: complex() arg is a malformed string
# expect: '1 + 2j' ValueError: complex() arg is a malformed string
# expect: '(1+2j' ValueError: complex() arg is a malformed string
# expect: '1+2j)' ValueError: complex() arg is a malformed string
# expect: '' ValueError: complex() arg is a malformed string
# expect: 'x' ValueError: complex() arg is a malformed string
# expect: '1+2i' ValueError: complex() arg is a malformed string
# expect: '1__0' ValueError: could not convert string to complex: '1__0'
# expect: '1e' ValueError: complex() arg is a malformed string
# expect: (3+4j) (2.5+0j) (7+0j) (2.5+7j)
# expect: TypeError: complex() first argument must be a string or a number, not 'list'
# expect: TypeError: complex() second argument must be a number, not 'list'
# expect: TypeError: complex() can't take second arg if first is a string
# expect: TypeError: complex() second arg can't be a string
# expect: TypeError: complex() first argument must be a string or a number, not 'NoneType'
# expect: (4+2j) (2+6j) (11-2j) (-1+2j) (-7+24j) (-3-4j) (3+4j) 5.0
# expect: (4+4j) (4+4j) (2+4j) (-2-4j) (6+8j) (6+8j) (1.5+2j) (0.24-0.32j)
# expect: (3.5+4j) (3.5+4j) (4.5+6j) (4.5+6j) (6+8j) (0.06-0.08j) (4+4j)
# expect: (-1+0j) (-1+0j) (16+0j) -0.5j (0.7692389013639721+0.6389612763136348j) (1.0000000000000002+1j) (-27.43638199160605+19.789310365010714j)
# expect: (1+0j) (1+0j) (1+0j) (1+0j) (4.408109496293883e-15+1j) (-8.881784197001252e-16+0j)
# expect: (6.123233995736766e-17+1j) (1.0000000000000002+1.7320508075688772j) (1.4142135623730951+1.414213562373095j)
# expect: (-inf+0j) (nan+0j) (0.44+0.08j) (4.9999999999999995e+299-4.9999999999999995e+299j)
# expect: (2+0j) 0j -0j (-0+1j)
# expect: (inf+nanj) (inf+nanj) (inf+1j)
# expect: (-1.25-3j)
# expect: (9.5+0j) 3j
# expect: -6 [1j, (2-2j), (3+4j), -6]
# expect: ZeroDivisionError: complex division by zero
# expect: ZeroDivisionError: complex division by zero
# expect: ZeroDivisionError: complex division by zero
# expect: ZeroDivisionError: 0.0 to a negative or complex power
# expect: ZeroDivisionError: 0.0 to a negative or complex power
# expect: OverflowError: complex exponentiation
# expect: no error (nan+nanj)
# expect: no error 1.4142135623730951e+308
# expect: TypeError: unsupported operand type(s) for //: 'complex' and 'int'
# expect: TypeError: unsupported operand type(s) for //: 'int' and 'complex'
# expect: TypeError: unsupported operand type(s) for %: 'complex' and 'complex'
# expect: TypeError: '<' not supported between instances of 'complex' and 'complex'
# expect: TypeError: '>' not supported between instances of 'complex' and 'int'
# expect: TypeError: '<=' not supported between instances of 'int' and 'complex'
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: TypeError: float() argument must be a string or a real number, not 'complex'
# expect: TypeError: unsupported operand type(s) for +: 'complex' and 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'complex'
# expect: TypeError: can't multiply sequence by non-int of type 'complex'
# expect: OverflowError: int too large to convert to float
# expect: TypeError: type complex doesn't define __round__ method
# expect: 5.0 5.0 inf inf nan 1e-320
# expect: False False True True True
# expect: True False True True False True False
# expect: True False True True
# expect: False True
# expect: True True 0 1000003 4000015 -2
# expect: -2000008 -2233769251066781770 -3961481266286276499 -314159628318
# expect: 3 a True False
# expect: (1.5+2.5j) True (1.5, -2.5) -2j 3 2.5 0.0
# expect: (2+2j) (2+2j) NotImplemented NotImplemented NotImplemented
# expect: False False True
# expect: real is read-only
# expect: '' '(1234.5-6.25j)' '2j' '1j'
# expect: '.2f' '1234.50-6.25j' '0.00+2.00j' '0.00+1.00j'
# expect: '>20' '      (1234.5-6.25j)' '                  2j' '                  1j'
# expect: '<20' '(1234.5-6.25j)      ' '2j                  ' '1j                  '
# expect: '^21' '   (1234.5-6.25j)    ' '         2j          ' '         1j          '
# expect: '*^21' '***(1234.5-6.25j)****' '*********2j**********' '*********1j**********'
# expect: 'g' '1234.5-6.25j' '0+2j' '0+1j'
# expect: '.3g' '1.23e+03-6.25j' '0+2j' '0+1j'
# expect: '+.1e' '+1.2e+03-6.2e+00j' '+0.0e+00+2.0e+00j' '+0.0e+00+1.0e+00j'
# expect: ',.2f' '1,234.50-6.25j' '0.00+2.00j' '0.00+1.00j'
# expect: '#' '(1234.5-6.25j)' '2.j' '1.j'
# expect: '.0f' '1234-6j' '0+2j' '0+1j'
# expect: 'E' '1.234500E+03-6.250000E+00j' '0.000000E+00+2.000000E+00j' '0.000000E+00+1.000000E+00j'
# expect: '10' '(1234.5-6.25j)' '        2j' '        1j'
# expect: (1+2j)|3.142+2.718j|      1j|(-0-1j)|(-2+0j)|1
# expect: (1+2j) and (-0-3j)
# expect: ValueError: Unknown format code 'd' for object of type 'complex'
# expect: ValueError: Unknown format code '%' for object of type 'complex'
# expect: ValueError: Zero padding is not allowed in complex format specifier
# expect: ValueError: '=' alignment flag is not allowed in complex format specifier
# expect: ValueError: Zero padding is not allowed in complex format specifier
# expect: (1+2j) MyComplex (2+4j) complex complex True True
# expect: ........:::::::-------------------::::::
# expect: .......::::------------====+#%*+==---:::
# expect: ......:::-----------=====++*#.:#+====---
# expect: .....::-----------=====++*#.@@@@#+++==--
# expect: ....:-----------====++%@%%@.@@@=@ #*#*=-
# expect: ...:----------==++++*#@@@@@@@@@@@@ @@-+=
# expect: ...-------==%**++**#%@@@@@@@@@@@@@@@+%*=
# expect: ..:--====++*% % @.@@ %@@@@@@@@@@@@@@@@#+
# expect: ..-====+++*#.#@@@@@@#@@@@@@@@@@@@@@@@+*+
# expect: ..++*%**## @@@@@@@@@@@@@@@@@@@@@@@@@@#++
# expect: ..++*%**## @@@@@@@@@@@@@@@@@@@@@@@@@@#++
# expect: ..-====+++*#.#@@@@@@#@@@@@@@@@@@@@@@@+*+
# expect: ..:--====++*% % @.@@ %@@@@@@@@@@@@@@@@#+
# expect: ...-------==%**++**#%@@@@@@@@@@@@@@@+%*=
# expect: ...:----------==++++*#@@@@@@@@@@@@ @@-+=
# expect: ....:-----------====++%@%%@.@@@=@ #*#*=-
# expect: .....::-----------=====++*#.@@@@#+++==--
# expect: ......:::-----------=====++*#.:#+====---
# expect: .......::::------------====+#%*+==---:::
# expect: ........:::::::-------------------::::::
