"""Descriptive statistics for numeric data (gilpy implementation).

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low,
median_high, median_grouped, mode, multimode, quantiles.
Spread: variance, pvariance, stdev, pstdev.
Two-variable relations: covariance, correlation, linear_regression.
A NormalDist class models normally distributed random variables.

mean() and the variance family work with exact rational arithmetic and
only convert to the type of the input data at the very end.
"""

import math
import sys
from fractions import Fraction
from collections import namedtuple

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


# --------------------------------------------------------------------------
# Support for exact arithmetic

def _decimal_type():
    """Return decimal.Decimal if that module has been loaded, else None."""
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


def _is_decimal_type(T):
    D = _decimal_type()
    return D is not None and isinstance(T, type) and issubclass(T, D)


def _as_pair(value):
    """Split a number into an exact (numerator, denominator) pair.

    Infinities and NaNs come back as (value, None).
    """
    split = getattr(value, 'as_integer_ratio', None)
    if split is not None:
        try:
            return split()
        except (OverflowError, ValueError):
            return (value, None)
    try:
        return (value.numerator, value.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(value).__name__) from None


def _widen(cur, new):
    """Combine the running result type `cur` with the type `new` of a datum."""
    if cur is new or new is int or new is bool:
        return cur
    if cur is int:
        return new
    if issubclass(new, cur):
        return new
    if issubclass(cur, new):
        return cur
    if issubclass(cur, int):
        return new
    if issubclass(new, int):
        return cur
    if issubclass(cur, Fraction) and issubclass(new, float):
        return new
    if issubclass(cur, float) and issubclass(new, Fraction):
        return cur
    raise TypeError("don't know how to coerce %s and %s"
                    % (cur.__name__, new.__name__))


class _Accumulator:
    """Exact running total of rationals, tracking count and result type."""

    def __init__(self, keep_squares=False):
        self.kind = int
        self.count = 0
        self.top = 0          # numerator of the running sum
        self.bottom = 1       # common denominator of the running sum
        self.sq_top = 0       # numerator of the sum of squares
        self.special = None   # sum of any infinities / NaNs seen
        self._squares = keep_squares
        self._last_type = None

    def _rescale(self, d):
        # bring the common denominator to a multiple of d
        b = self.bottom
        if b % d == 0:
            return b // d
        g = math.gcd(b, d)
        grow = d // g
        self.top *= grow
        if self._squares:
            self.sq_top *= grow * grow
        self.bottom = b * grow
        return self.bottom // d

    def feed(self, items):
        for item in items:
            t = type(item)
            if t is not self._last_type:
                self.kind = _widen(self.kind, t)
                self._last_type = t
            num, den = _as_pair(item)
            self.count += 1
            if den is None:
                if self.special is None:
                    self.special = num
                else:
                    self.special = self.special + num
                continue
            factor = self._rescale(den)
            scaled = num * factor
            self.top += scaled
            if self._squares:
                self.sq_top += scaled * scaled
        return self

    def total(self):
        if self.special is not None:
            return self.special
        return Fraction(self.top, self.bottom)


def _exact_sum(items):
    acc = _Accumulator().feed(items)
    return acc.kind, acc.total(), acc.count


def _to_type(value, T):
    """Convert an exact result back to the data type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _sum_sq_dev(data, center=None):
    """Return (type, sum of squared deviations, center, count).

    Without an explicit center the computation is exact.  With one, the
    deviations are formed in the data's own arithmetic, then summed exactly.
    """
    if center is not None:
        acc = _Accumulator().feed((v - center) * (v - center) for v in data)
        return acc.kind, acc.total(), center, acc.count
    acc = _Accumulator(keep_squares=True).feed(data)
    n = acc.count
    if n == 0:
        zero = Fraction(0)
        return acc.kind, zero, zero, 0
    if acc.special is not None:
        return acc.kind, acc.special, acc.special, n
    b = acc.bottom
    s1 = acc.top
    spread = Fraction(n * acc.sq_top - s1 * s1, n * b * b)
    return acc.kind, spread, Fraction(s1, n * b), n


_TOO_BIG = 'integer division result too large for a float'


def _root_of_ratio(num, den):
    """Correctly rounded float square root of num/den (num >= 0, den > 0)."""
    if num == 0:
        return 0.0
    # pick a binary scale so the integer root carries ~60 significant bits
    mag = num.bit_length() - den.bit_length()
    shift = 60 - mag // 2
    if shift >= 0:
        a, b = num << (2 * shift), den
    else:
        a, b = num, den << (-2 * shift)
    root = math.isqrt(a // b)
    inexact = root * root * b != a
    width = root.bit_length()
    # bits to discard: normal precision is 53, fewer in the subnormal range
    drop = max(width - 53, shift - 1074)
    if drop > 0:
        kept = root >> drop
        rest = root - (kept << drop)
        half = 1 << (drop - 1)
        if rest > half or (rest == half and (inexact or kept & 1)):
            kept += 1
    else:
        kept = root << -drop
        drop = 0
    exp = drop - shift
    if kept.bit_length() + exp > 1024:
        raise OverflowError(_TOO_BIG)
    if exp < -1000:
        # scale in two exact steps so subnormal results are never flushed
        return math.ldexp(float(kept), exp + 200) * math.ldexp(1.0, -200)
    return math.ldexp(float(kept), exp)


def _hypot2(a, b):
    """Correctly rounded sqrt(a*a + b*b) for two finite floats."""
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.hypot(a, b)
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    # common denominator of the two squares
    return _root_of_ratio(an * an * bd * bd + bn * bn * ad * ad,
                          ad * ad * bd * bd)


def _root_for_type(value, T):
    if _is_decimal_type(T):
        return (T(value.numerator) / T(value.denominator)).sqrt()
    return _root_of_ratio(value.numerator, value.denominator)


# --------------------------------------------------------------------------
# Averages and measures of central location

def mean(data):
    """Arithmetic mean of the data, computed exactly."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    seen = [0]

    def counted(source):
        for item in source:
            seen[0] += 1
            yield item

    try:
        size = len(data)
    except TypeError:
        size = None
        data = counted(data)
    if weights is None:
        total = math.fsum(data)
        if size is None:
            size = seen[0]
        if not size:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    try:
        wcount = len(weights)
    except TypeError:
        weights = list(weights)
        wcount = len(weights)
    top = math.fsum(x * w for x, w in zip(data, weights))
    if size is None:
        size = seen[0]
    if size != wcount:
        raise StatisticsError('data and weights must be the same length')
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """Geometric mean of positive data, via the mean of logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _reject_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def _is_real_number(x):
    if isinstance(x, (int, float, Fraction)):
        return True
    D = _decimal_type()
    return D is not None and isinstance(x, D)


def harmonic_mean(data, weights=None):
    """Harmonic mean (reciprocal of the mean of reciprocals)."""
    negative_msg = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not _is_real_number(only):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative_msg)
        return only
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_reject_negatives(weights, negative_msg))[1]
    checked = _reject_negatives(data, negative_msg)
    try:
        T, denom, _ = _exact_sum((w / x) if w else 0
                                 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if denom <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / denom, T)


def median(data):
    """Middle value of the data; mean of the two middle values if even."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    mid = size // 2
    if size & 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def median_low(data):
    """Smaller of the two middle values for even-sized data."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[(size - 1) // 2]


def median_high(data):
    """Larger of the two middle values for even-sized data."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[size // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data, as the 50th percentile."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    centre = ordered[size // 2]
    # locate the run of values equal to the central one
    lo = size // 2
    while lo > 0 and ordered[lo - 1] == centre:
        lo -= 1
    hi = size // 2 + 1
    while hi < size and ordered[hi] == centre:
        hi += 1
    try:
        width = float(interval)
        centre = float(centre)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = centre - width / 2.0
    return lower_limit + width * (size / 2 - lo) / (hi - lo)


def _tally(data):
    counts = {}
    for item in data:
        counts[item] = counts.get(item, 0) + 1
    return counts


def mode(data):
    """Most common value; the first one encountered wins ties."""
    counts = _tally(iter(data))
    best = None
    best_count = 0
    for item, c in counts.items():
        if c > best_count:
            best, best_count = item, c
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """List of all most common values, in order of first appearance."""
    counts = _tally(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [item for item, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    pts = sorted(data)
    size = len(pts)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            idx, frac = divmod(k * span, n)
            cuts.append((pts[idx] * (n - frac) + pts[idx + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            pos = k * span
            idx = min(max(pos // n, 1), size - 1)
            frac = pos - idx * n
            cuts.append((pts[idx - 1] * (n - frac) + pts[idx] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# --------------------------------------------------------------------------
# Measures of spread

def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    T, ss, _, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    T, ss, _, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    T, ss, _, n = _sum_sq_dev(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_for_type(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, ss, _, n = _sum_sq_dev(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_for_type(ss / n, T)


# --------------------------------------------------------------------------
# Relations between two inputs

def _check_pair(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              f'number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def _deviation_sums(x, y, size):
    mx = math.fsum(x) / size
    my = math.fsum(y) / size
    cross = math.fsum((a - mx) * (b - my) for a, b in zip(x, y))
    return mx, my, cross


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _check_pair(x, y, 'covariance')
    cross = _deviation_sums(x, y, size)[2]
    return cross / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    size = _check_pair(x, y, 'correlation')
    mx, my, cross = _deviation_sums(x, y, size)
    xx = math.fsum((a - mx) * (a - mx) for a in x)
    yy = math.fsum((b - my) * (b - my) for b in y)
    try:
        return cross / math.sqrt(xx * yy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least squares fit of y = slope * x + intercept."""
    size = _check_pair(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        xx = math.fsum(a * a for a in x)
    else:
        mx, my, cross = _deviation_sums(x, y, size)
        xx = math.fsum((a - mx) * (a - mx) for a in x)
    try:
        slope = cross / xx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        intercept = 0.0
    else:
        intercept = my - slope * mx
    return LinearRegression(slope=slope, intercept=intercept)


# --------------------------------------------------------------------------
# Normal distribution

# Rational approximations for the inverse normal CDF from M. J. Wichura,
# "Algorithm AS 241: The Percentage Points of the Normal Distribution",
# Applied Statistics 37 (1988).  Coefficients listed from highest degree
# down to the constant term, ready for Horner evaluation.

_CENTRAL_NUM = (
    2.5090809287301226727e+3, 3.3430575583588128105e+4,
    6.7265770927008700853e+4, 4.5921953931549871457e+4,
    1.3731693765509461125e+4, 1.9715909503065514427e+3,
    1.3314166789178437745e+2, 3.3871328727963666080e+0,
)
_CENTRAL_DEN = (
    5.2264952788528545610e+3, 2.8729085735721942674e+4,
    3.9307895800092710610e+4, 2.1213794301586595867e+4,
    5.3941960214247511077e+3, 6.8718700749205790830e+2,
    4.2313330701600911252e+1, 1.0,
)
_NEAR_NUM = (
    7.74545014278341407640e-4, 2.27238449892691845833e-2,
    2.41780725177450611770e-1, 1.27045825245236838258e+0,
    3.64784832476320460504e+0, 5.76949722146069140550e+0,
    4.63033784615654529590e+0, 1.42343711074968357734e+0,
)
_NEAR_DEN = (
    1.05075007164441684324e-9, 5.47593808499534494600e-4,
    1.51986665636164571966e-2, 1.48103976427480074590e-1,
    6.89767334985100004550e-1, 1.67638483018380384940e+0,
    2.05319162663775882187e+0, 1.0,
)
_FAR_NUM = (
    2.01033439929228813265e-7, 2.71155556874348757815e-5,
    1.24266094738807843860e-3, 2.65321895265761230930e-2,
    2.96560571828504891230e-1, 1.78482653991729133580e+0,
    5.46378491116411436990e+0, 6.65790464350110377720e+0,
)
_FAR_DEN = (
    2.04426310338993978564e-15, 1.42151175831644588870e-7,
    1.84631831751005468180e-5, 7.86869131145613259100e-4,
    1.48753612908506148525e-2, 1.36929880922735805310e-1,
    5.99832206555887937690e-1, 1.0,
)


def _horner(coeffs, t):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * t + c
    return acc


def _std_normal_quantile(p):
    """Quantile function of the standard normal distribution (AS 241)."""
    dev = p - 0.5
    if math.fabs(dev) <= 0.425:
        t = 0.180625 - dev * dev
        return dev * _horner(_CENTRAL_NUM, t) / _horner(_CENTRAL_DEN, t)
    tail = p if dev <= 0.0 else 1.0 - p
    t = math.sqrt(-math.log(tail))
    if t <= 5.0:
        t = t - 1.6
        z = _horner(_NEAR_NUM, t) / _horner(_NEAR_DEN, t)
    else:
        t = t - 5.0
        z = _horner(_FAR_NUM, t) / _horner(_FAR_DEN, t)
    return -z if dev < 0.0 else z


_ROOT2 = math.sqrt(2.0)
_TWO_PI = 2.0 * math.pi


class NormalDist:
    """Normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate mu and sigma from sample data."""
        T, ss, centre, n = _sum_sq_dev(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = ss / (n - 1)
        if isinstance(spread, Fraction):
            return cls(float(centre),
                       _root_of_ratio(spread.numerator, spread.denominator))
        return cls(float(centre), float(centre) / float(ss))

    def samples(self, n, *, seed=None):
        """List of n pseudo-random draws from this distribution."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(_TWO_PI * var)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        """Value x with cdf(x) == p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _std_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """n - 1 cut points splitting the distribution into equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal densities."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # order the pair so the result does not depend on argument order
        if (other._sigma, other._mu) < (self._sigma, self._mu):
            p, q = other, self
        else:
            p, q = self, other
        pv = p.variance
        qv = q.variance
        if not pv or not qv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = qv - pv
        mean_gap = math.fabs(q._mu - p._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * p._sigma * _ROOT2))
        # the two densities cross at the roots of a quadratic
        lin = p._mu * qv - q._mu * pv
        rad = p._sigma * q._sigma * math.sqrt(
            mean_gap * mean_gap + var_gap * math.log(qv / pv))
        r1 = (lin + rad) / var_gap
        r2 = (lin - rad) / var_gap
        return 1.0 - (math.fabs(q.cdf(r1) - p.cdf(r1))
                      + math.fabs(q.cdf(r2) - p.cdf(r2)))

    def zscore(self, x):
        """Number of standard deviations x lies above the mean."""
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

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              _hypot2(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              _hypot2(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
