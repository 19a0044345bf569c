"""Basic statistics for numeric data (gilpy implementation).

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode, quantiles.
Spread: pstdev, pvariance, stdev, variance.
Relations: covariance, correlation, linear_regression.
Also the NormalDist class and the StatisticsError exception.

mean() and the variance family compute exact sums with rational arithmetic
and round once at the end, so results agree with CPython bit for bit.
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from itertools import groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt

_TAU = 2.0 * math.pi
_SQRT2 = sqrt(2.0)
_MANT_DIG = 53            # IEEE double precision significand bits


class StatisticsError(ValueError):
    pass


# -- exact rational arithmetic ---------------------------------------------

class _Rational:
    """Tiny exact rational number over Python ints (always in lowest terms,
    denominator positive).  Only what this module needs."""

    __slots__ = ('numerator', 'denominator')

    def __init__(self, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError('division by zero')
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        self.numerator = num
        self.denominator = den

    @staticmethod
    def _of(x):
        if isinstance(x, _Rational):
            return x
        if isinstance(x, int):
            return _Rational(x, 1)
        return None

    def __add__(self, other):
        o = _Rational._of(other)
        if o is None:
            return float(self) + other
        return _Rational(self.numerator * o.denominator + o.numerator * self.denominator,
                         self.denominator * o.denominator)

    __radd__ = __add__

    def __sub__(self, other):
        o = _Rational._of(other)
        if o is None:
            return float(self) - other
        return _Rational(self.numerator * o.denominator - o.numerator * self.denominator,
                         self.denominator * o.denominator)

    def __rsub__(self, other):
        o = _Rational._of(other)
        if o is None:
            return other - float(self)
        return o - self

    def __mul__(self, other):
        o = _Rational._of(other)
        if o is None:
            return float(self) * other
        return _Rational(self.numerator * o.numerator, self.denominator * o.denominator)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _Rational._of(other)
        if o is None:
            return float(self) / other
        return _Rational(self.numerator * o.denominator, self.denominator * o.numerator)

    def __rtruediv__(self, other):
        o = _Rational._of(other)
        if o is None:
            return other / float(self)
        return o / self

    def __neg__(self):
        return _Rational(-self.numerator, self.denominator)

    def _cmp(self, other):
        o = _Rational._of(other)
        if o is None:
            a, b = float(self), other
        else:
            a = self.numerator * o.denominator
            b = o.numerator * self.denominator
        return (a > b) - (a < b)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __hash__(self):
        if self.denominator == 1:
            return hash(self.numerator)
        return hash((self.numerator, self.denominator))

    def __bool__(self):
        return self.numerator != 0

    def __float__(self):
        # int / int is correctly rounded, even for huge operands
        return self.numerator / self.denominator

    def __int__(self):
        n, d = self.numerator, self.denominator
        if n < 0:
            return -((-n) // d)
        return n // d

    def __index__(self):
        if self.denominator != 1:
            raise TypeError('not an integer')
        return self.numerator

    def __repr__(self):
        return 'Fraction(%d, %d)' % (self.numerator, self.denominator)


# -- helpers ----------------------------------------------------------------

def _ratio(x):
    """Exact (numerator, denominator) of x; (x, None) for inf/nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        f"to numerator/denominator")


def _coerce(T, S):
    """The type a mix of T and S values should be reported as."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # an exact rational type (e.g. fractions.Fraction) mixed with floats
    if hasattr(T, 'denominator') and issubclass(S, float):
        return S
    if issubclass(T, float) and hasattr(S, 'denominator'):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _rational_sum(by_den, square_den=False):
    total = _Rational(0)
    for d, n in by_den.items():
        total = total + _Rational(n, d * d if square_den else d)
    return total


def _sum(data):
    """(result type, exact sum, count) of data."""
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for v in values:
            n, d = _ratio(v)
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]            # inf or nan dominates
    else:
        total = _rational_sum(partials)
    return _result_type(types), total, count


def _ss(data, c=None):
    """(result type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for v in values:
            n, d = _ratio(v)
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = _Rational(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = _rational_sum(sx)
        total_sq = _rational_sum(sxx, True)
        ssd = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        # e.g. Fraction or Decimal, which cannot take our private rational
        return T(value.numerator) / T(value.denominator)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_rto(n, m):
    """isqrt(n/m) with round-to-odd in the last bit."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * _MANT_DIG + 3


def _sqrt_frac(n, m):
    """Correctly rounded float square root of the rational n/m."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return (_isqrt_frac_rto(n, m << 2 * q) << q) / 1
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


# -- averages -----------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data (exact, then rounded to the data's type)."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) or hasattr(x, 'denominator'):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        checked = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Lower of the two middle values for even-sized data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Higher of the two middle values for even-sized data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data binned into classes of the given width."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    """Most common value (the first one seen on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """All most-common values, in order of first appearance."""
    counts = Counter(iter(data)).most_common()
    if not counts:
        return []
    top = counts[0][1]
    result = []
    for value, c in counts:
        if c != top:
            break
        result.append(value)
    return result


def quantiles(data, *, n=4, method='exclusive'):
    """Cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# -- spread -------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (n denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _sqrt_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _sqrt_frac(mss.numerator, mss.denominator)
    except AttributeError:
        return float(xbar), float(xbar) / float(ss)


# -- relations between two inputs ---------------------------------------------

def _centered_sums(x, y, n):
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return xbar, ybar, sxy


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar, ybar, sxy = _centered_sums(x, y, n)
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar, ybar, sxy = _centered_sums(x, y, n)
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy = _centered_sums(x, y, n)
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- normal distribution -------------------------------------------------------

def _poly(coeffs, r):
    """Horner evaluation, highest-order coefficient first."""
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


# Coefficients of Wichura's algorithm AS241 (PPND16), highest order first.
_A = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
      4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_B = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
      2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
      4.2313330701600911252e+1, 1.0)
_C = (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
      1.2704582524523683826e+0, 3.6478483247632046050e+0, 5.7694972214606914055e+0,
      4.6303378461565452959e+0, 1.4234371107496835773e+0)
_D = (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
      1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
      2.0531916266377588219e+0, 1.0)
_E = (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
      2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
      5.4637849111641143699e+0, 6.6579046435011037772e+0)
_F = (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
      7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
      5.9983220655588793769e-1, 1.0)


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = (_poly(_A, r) * q) / _poly(_B, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _poly(_C, r) / _poly(_D, r)
    else:
        r = r - 5.0
        x = _poly(_E, r) / _poly(_F, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(_TAU * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    __radd__ = __add__

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __rsub__(x1, x2):
        return -(x1 - x2)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    __rmul__ = __mul__

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
