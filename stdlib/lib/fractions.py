"""Exact rational numbers: the Fraction type.

gilpy's own implementation.  A Fraction is stored as a pair of ints
(top, bottom) in lowest terms with bottom > 0.
"""

import math
import sys

__all__ = ['Fraction']


# Parameters of CPython's numeric hash (see "Hashing of numeric types"
# in the language reference): reduction is modulo the Mersenne prime
# 2**61 - 1 and values with no inverse hash like infinity.
_HASH_PRIME = (1 << 61) - 1
_HASH_INFINITY = 314159


def _is_rational(x):
    """int (and bool), Fraction, or a registered numbers.Rational."""
    if isinstance(x, (int, Fraction)):
        return True
    abc_module = sys.modules.get('numbers')
    if abc_module is not None:
        return isinstance(x, abc_module.Rational)
    return False


def _is_integral(x):
    if isinstance(x, int):
        return True
    abc_module = sys.modules.get('numbers')
    if abc_module is not None:
        return isinstance(x, abc_module.Integral)
    return False


def _decimal_class():
    """Return decimal.Decimal if the decimal module is loaded, else None."""
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


# ---------------------------------------------------------------------------
# String parsing.  Accepted forms (surrounding whitespace ignored):
#     [sign] digits / digits
#     [sign] digits [. [digits]] [e|E [sign] digits]
#     [sign] . digits [e|E [sign] digits]
# where a digit run may contain single underscores between digits.

def _digit_run(text, pos):
    """Scan a run of digits (with single inner underscores) from pos.

    Returns (clean_digits, new_pos); clean_digits is '' when there are no
    digits at pos.  Returns None if an underscore is misplaced.
    """
    n = len(text)
    start = pos
    while pos < n and text[pos].isdecimal():
        pos += 1
    if pos == start:
        return '', pos
    pieces = [text[start:pos]]
    while pos < n and text[pos] == '_':
        after = pos + 1
        end = after
        while end < n and text[end].isdecimal():
            end += 1
        if end == after:
            return None     # underscore not followed by a digit
        pieces.append(text[after:end])
        pos = end
    return ''.join(pieces), pos


def _parse_fraction_text(original):
    """Return (numerator, denominator) for a string, unnormalised.

    Raises ValueError for malformed input.
    """
    def bad():
        return ValueError('Invalid literal for Fraction: %r' % (original,))

    text = original.strip()
    pos = 0
    n = len(text)
    negative = False
    if pos < n and text[pos] in '+-':
        negative = text[pos] == '-'
        pos += 1
    # Something numeric must follow: a digit, or a point then a digit.
    if pos < n and text[pos].isdecimal():
        pass
    elif pos + 1 < n and text[pos] == '.' and text[pos + 1].isdecimal():
        pass
    else:
        raise bad()

    run = _digit_run(text, pos)
    if run is None:
        raise bad()
    whole, pos = run

    if pos < n and text[pos] == '/':
        run = _digit_run(text, pos + 1)
        if run is None or not run[0]:
            raise bad()
        bottom_digits, pos = run
        if pos != n:
            raise bad()
        top = int(whole)
        bottom = int(bottom_digits)
        if negative:
            top = -top
        return top, bottom

    frac_digits = ''
    if pos < n and text[pos] == '.':
        run = _digit_run(text, pos + 1)
        if run is None:
            raise bad()
        frac_digits, pos = run
    exponent = 0
    if pos < n and text[pos] in 'eE':
        pos += 1
        exp_negative = False
        if pos < n and text[pos] in '+-':
            exp_negative = text[pos] == '-'
            pos += 1
        run = _digit_run(text, pos)
        if run is None or not run[0]:
            raise bad()
        exp_digits, pos = run
        exponent = int(exp_digits)
        if exp_negative:
            exponent = -exponent
    if pos != n:
        raise bad()

    top = int((whole + frac_digits) or '0')
    bottom = 10 ** len(frac_digits)
    if exponent >= 0:
        top *= 10 ** exponent
    else:
        bottom *= 10 ** (-exponent)
    if negative:
        top = -top
    return top, bottom


def _lowest_terms(top, bottom):
    """Reduce top/bottom (bottom != 0) and make the bottom positive."""
    common = math.gcd(top, bottom)
    if bottom < 0:
        common = -common
    return top // common, bottom // common


class Fraction:
    """Fraction(numerator=0, denominator=None) -> an exact rational number.

    The arguments may be two Rational numbers, or one of: a Rational, a
    float or Decimal (converted exactly), or a string such as '3/7',
    '-1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            value = numerator
            if type(value) is int:
                top, bottom = value, 1
                self = object.__new__(cls)
                self._numerator = top
                self._denominator = bottom
                return self
            if _is_rational(value):
                top, bottom = value.numerator, value.denominator
            elif isinstance(value, float):
                top, bottom = value.as_integer_ratio()
            elif isinstance(value, str):
                top, bottom = _parse_fraction_text(value)
            else:
                dec = _decimal_class()
                if dec is not None and isinstance(value, dec):
                    top, bottom = value.as_integer_ratio()
                else:
                    raise TypeError('argument should be a string '
                                    'or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')

        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        top, bottom = _lowest_terms(top, bottom)
        self = object.__new__(cls)
        self._numerator = top
        self._denominator = bottom
        return self

    @classmethod
    def _exact(cls, top, bottom):
        # Build without checking or reducing; callers guarantee lowest
        # terms and a positive bottom.
        self = object.__new__(cls)
        self._numerator = top
        self._denominator = bottom
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float (or an int) to an exactly equal Fraction."""
        if _is_integral(f):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a Decimal (or an int) to an exactly equal Fraction."""
        if _is_integral(dec):
            return cls(int(dec))
        decimal_type = _decimal_class()
        if decimal_type is None:
            import decimal
            decimal_type = decimal.Decimal
        if not isinstance(dec, decimal_type):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return (numerator, denominator), the fraction in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Return the closest Fraction whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)

        # Walk the continued-fraction expansion, tracking the last two
        # convergents h_prev/k_prev and h_cur/k_cur.
        h_prev, k_prev, h_cur, k_cur = 0, 1, 1, 0
        rest_top, rest_bottom = self._numerator, self._denominator
        while True:
            term = rest_top // rest_bottom
            k_next = k_prev + term * k_cur
            if k_next > max_denominator:
                break
            h_prev, k_prev, h_cur, k_cur = (h_cur, k_cur,
                                            h_prev + term * h_cur, k_next)
            rest_top, rest_bottom = rest_bottom, rest_top - term * rest_bottom

        # The best approximation is either the last convergent or the
        # largest semiconvergent that still fits.
        steps = (max_denominator - k_prev) // k_cur
        semi = Fraction(h_prev + steps * h_cur, k_prev + steps * k_cur)
        conv = Fraction(h_cur, k_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ---------------------------------------------------------
    #
    # Every binary operator is dispatched by _binary: an exact method works
    # on (top, bottom) pairs when the other operand is rational, otherwise
    # the Fraction is converted to float/complex and the native operator
    # does the work.

    def _binary(self, other, exact, inexact, reflected):
        if _is_rational(other):
            a = (self._numerator, self._denominator)
            b = (other.numerator, other.denominator)
            if reflected:
                a, b = b, a
            return exact(a, b)
        if isinstance(other, float):
            mine = float(self)
        elif isinstance(other, complex):
            mine = complex(self)
        else:
            return NotImplemented
        if reflected:
            return inexact(other, mine)
        return inexact(mine, other)

    @staticmethod
    def _sum(a, b):
        return Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _difference(a, b):
        return Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _product(a, b):
        return Fraction(a[0] * b[0], a[1] * b[1])

    @staticmethod
    def _quotient(a, b):
        if b[0] == 0:
            # Report the dividend's sign only, e.g. Fraction(-1, 0).
            raise ZeroDivisionError('Fraction(%s, 0)'
                                    % ((a[0] > 0) - (a[0] < 0)))
        return Fraction(a[0] * b[1], a[1] * b[0])

    @staticmethod
    def _floor_quotient(a, b):
        return (a[0] * b[1]) // (a[1] * b[0])

    @staticmethod
    def _remainder(a, b):
        return Fraction((a[0] * b[1]) % (b[0] * a[1]), a[1] * b[1])

    @staticmethod
    def _quot_rem(a, b):
        q, r = divmod(a[0] * b[1], a[1] * b[0])
        return q, Fraction(r, a[1] * b[1])

    def __add__(self, other):
        return self._binary(other, Fraction._sum, lambda x, y: x + y, False)

    def __radd__(self, other):
        return self._binary(other, Fraction._sum, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._binary(other, Fraction._difference, lambda x, y: x - y, False)

    def __rsub__(self, other):
        return self._binary(other, Fraction._difference, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._binary(other, Fraction._product, lambda x, y: x * y, False)

    def __rmul__(self, other):
        return self._binary(other, Fraction._product, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._binary(other, Fraction._quotient, lambda x, y: x / y, False)

    def __rtruediv__(self, other):
        return self._binary(other, Fraction._quotient, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._binary(other, Fraction._floor_quotient, lambda x, y: x // y, False)

    def __rfloordiv__(self, other):
        return self._binary(other, Fraction._floor_quotient, lambda x, y: x // y, True)

    def __mod__(self, other):
        return self._binary(other, Fraction._remainder, lambda x, y: x % y, False)

    def __rmod__(self, other):
        return self._binary(other, Fraction._remainder, lambda x, y: x % y, True)

    def __divmod__(self, other):
        return self._binary(other, Fraction._quot_rem, divmod, False)

    def __rdivmod__(self, other):
        return self._binary(other, Fraction._quot_rem, divmod, True)

    def __pow__(self, other):
        if _is_rational(other):
            if other.denominator == 1:
                return self._int_power(other.numerator)
            return float(self) ** float(other)
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def _int_power(self, power):
        top, bottom = self._numerator, self._denominator
        if power >= 0:
            return Fraction._exact(top ** power, bottom ** power)
        if top == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (bottom ** -power))
        if top < 0:
            # Keep the sign on the new numerator.
            return Fraction._exact((-bottom) ** -power, (-top) ** -power)
        return Fraction._exact(bottom ** -power, top ** -power)

    def __rpow__(self, base):
        # base ** self, where base is not a Fraction.
        if self._denominator == 1 and self._numerator >= 0:
            return base ** self._numerator
        if _is_rational(base):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    def __pos__(self):
        return Fraction._exact(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._exact(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._exact(abs(self._numerator), self._denominator)

    # -- conversions ----------------------------------------------------------

    def __int__(self):
        return self.__trunc__()

    def __trunc__(self):
        top, bottom = self._numerator, self._denominator
        if top < 0:
            return -((-top) // bottom)
        return top // bottom

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -((-self._numerator) // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            whole, extra = divmod(self._numerator, self._denominator)
            twice = 2 * extra
            if twice > self._denominator:
                return whole + 1
            if twice < self._denominator:
                return whole
            # Exactly half way: pick the even neighbour.
            return whole + (whole & 1)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(self):
        # int / int is correctly rounded, even for huge operands.
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    # -- hashing and comparison ----------------------------------------------

    def __hash__(self):
        # Value of |numerator| / denominator in the field of integers
        # modulo the hash prime; a denominator that is a multiple of the
        # prime has no inverse and hashes like infinity.
        bottom = self._denominator
        if bottom % _HASH_PRIME == 0:
            value = _HASH_INFINITY
        else:
            value = (abs(self._numerator) % _HASH_PRIME) * \
                pow(bottom, _HASH_PRIME - 2, _HASH_PRIME) % _HASH_PRIME
        if self._numerator < 0:
            value = -value
        if value == -1:
            value = -2
        return value

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if _is_rational(other):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isinf(other) or math.isnan(other):
                return False
            return self == Fraction.from_float(other)
        return NotImplemented

    def _order(self, other, test):
        # test(x, y) is applied to two ints (cross-multiplied) or to two
        # numbers against which an infinite/NaN float compares as it
        # would against 0.0.
        if _is_rational(other):
            return test(self._numerator * other.denominator,
                        self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isinf(other) or math.isnan(other):
                return test(0.0, other)
            return self._order(Fraction.from_float(other), test)
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda x, y: x < y)

    def __le__(self, other):
        return self._order(other, lambda x, y: x <= y)

    def __gt__(self, other):
        return self._order(other, lambda x, y: x > y)

    def __ge__(self, other):
        return self._order(other, lambda x, y: x >= y)

    # -- copying and pickling -------------------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


# Make isinstance(Fraction(...), numbers.Rational) hold when the numbers
# module exists.
try:
    import numbers as _numbers
except ImportError:
    _numbers = None
else:
    _numbers.Rational.register(Fraction)
