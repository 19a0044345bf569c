"""Mathematical functions for complex numbers (CPython 3.11 compatible).

The algorithms follow CPython's Modules/cmathmodule.c, including the
C99 Annex G special-value tables for infinities and NaNs.
"""

import math as _m
from _complex import _quot  # Smith's division, shared with the complex type

pi = _m.pi
e = _m.e
tau = _m.tau
inf = float('inf')
nan = float('nan')
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_sqrt = _m.sqrt
_log = _m.log
_log1p = _m.log1p
_exp = _m.exp
_hypot = _m.hypot
_atan2 = _m.atan2
_cos = _m.cos
_sin = _m.sin
_tan = _m.tan
_cosh = _m.cosh
_sinh = _m.sinh
_tanh = _m.tanh
_ldexp = _m.ldexp
_copysign = _m.copysign
_isinf = _m.isinf
_isnan = _m.isnan
_isfinite = _m.isfinite

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.0                 # CM_LARGE_DOUBLE
_SQRT_LARGE = _sqrt(_LARGE)             # CM_SQRT_LARGE_DOUBLE
_LOG_LARGE = _log(_LARGE)               # CM_LOG_LARGE_DOUBLE
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)         # CM_SQRT_DBL_MIN
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
_MISSING = object()


def _asinh(x):
    # The C library's asinh (fdlibm/glibc s_asinh.c), which CPython's cmath
    # calls; written out so results agree to the last bit.
    xa = abs(x)
    if xa < 3.725290298461914e-09:          # |x| < 2**-28
        return x
    if xa >= 268435712.0:                   # |x| > 2**28
        if xa != xa or xa == inf:
            return x + x
        w = _log(xa) + 6.93147180559945286227e-01
    elif xa >= 2.0000019073486328:          # |x| > 2
        w = _log(2.0 * xa + 1.0 / (_sqrt(xa * xa + 1.0) + xa))
    else:
        t = xa * xa
        w = _log1p(xa + t / (1.0 + _sqrt(1.0 + t)))
    return _copysign(w, x)


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _arg(z):
    """PyComplex_AsCComplex: (real, imag) floats from a number."""
    c = z.__class__
    if c is complex:
        return z.real, z.imag
    if c is float:
        return z, 0.0
    if c is int or c is bool:
        return float(z), 0.0
    if isinstance(z, complex):
        return z.real, z.imag
    f = getattr(type(z), '__complex__', None)
    if f is not None:
        r = f(z)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)"
                            % type(r).__name__)
        return r.real, r.imag
    return _real(z), 0.0


def _real(x):
    """PyFloat_AsDouble."""
    c = x.__class__
    if c is float:
        return x
    if c is int or c is bool:
        return float(x)
    t = type(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError("must be real number, not %s" % t.__name__)


def _stype(d):
    # 0 -inf, 1 negative, 2 -0.0, 3 +0.0, 4 positive, 5 +inf, 6 nan
    if d != d:
        return 6
    if d == 0.0:
        return 3 if _copysign(1.0, d) == 1.0 else 2
    if d == inf:
        return 5
    if d == -inf:
        return 0
    return 4 if d > 0.0 else 1


P = pi
P14 = 0.25 * pi
P12 = 0.5 * pi
P34 = 0.75 * pi
INF = inf
N = nan
U = None


def _table(*entries):
    assert len(entries) == 49
    return entries


def _special(table, x, y):
    return table[7 * _stype(x) + _stype(y)]


# C99 Annex G special values, indexed by (type of real, type of imag).
# U marks entries that are never used (finite arguments, or arguments
# for which the function raises instead).
_acos_sv = _table(
    (P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF),
    (P12, INF), U, U, U, U, (P12, -INF), (N, N),
    (P12, INF), U, U, U, U, (P12, -INF), (P12, N),
    (P12, INF), U, U, U, U, (P12, -INF), (P12, N),
    (P12, INF), U, U, U, U, (P12, -INF), (N, N),
    (P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF),
    (N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N),
)
_acosh_sv = _table(
    (INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N),
    (INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N),
)
_asinh_sv = _table(
    (-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N),
    (-INF, -P12), U, U, U, U, (-INF, P12), (N, N),
    (-INF, -P12), U, U, U, U, (-INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N),
    (INF, N), (N, N), (N, -0.), (N, 0.), (N, N), (INF, N), (N, N),
)
_atanh_sv = _table(
    (-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N),
    (-0., -P12), U, U, U, U, (-0., P12), (N, N),
    (-0., -P12), U, U, U, U, (-0., P12), (-0., N),
    (0., -P12), U, U, U, U, (0., P12), (0., N),
    (0., -P12), U, U, U, U, (0., P12), (N, N),
    (0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N),
    (0., -P12), (N, N), (N, N), (N, N), (N, N), (0., P12), (N, N),
)
_cosh_sv = _table(
    U, U, (INF, 0.), (INF, -0.), U, U, (INF, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, 0.),
    U, U, U, U, U, U, (N, 0.),
    U, U, U, U, U, U, (N, N),
    U, U, (INF, -0.), (INF, 0.), U, U, (INF, N),
    (N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N),
)
_exp_sv = _table(
    (0., 0.), U, (0., -0.), (0., 0.), U, (0., 0.), (0., 0.),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    U, U, (INF, -0.), (INF, 0.), U, U, (INF, N),
    (N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N),
)
_log_sv = _table(
    (INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P12), U, U, U, U, (INF, P12), (N, N),
    (INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N),
    (INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N),
)
_sinh_sv = _table(
    U, U, (-INF, -0.), (-INF, 0.), U, U, (INF, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (0., N),
    U, U, U, U, U, U, (0., N),
    U, U, U, U, U, U, (N, N),
    U, U, (INF, -0.), (INF, 0.), U, U, (INF, N),
    (N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N),
)
_sqrt_sv = _table(
    (INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF),
    (INF, -INF), U, U, U, U, (INF, INF), (N, N),
    (INF, -INF), U, U, U, U, (INF, INF), (N, N),
    (INF, -INF), U, U, U, U, (INF, INF), (N, N),
    (INF, -INF), U, U, U, U, (INF, INF), (N, N),
    (INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N),
    (INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N),
)
_tanh_sv = _table(
    (-1., 0.), U, (-1., -0.), (-1., 0.), U, (-1., 0.), (-1., 0.),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    U, U, U, U, U, U, (N, N),
    (1., 0.), U, (1., -0.), (1., 0.), U, (1., 0.), (1., 0.),
    (N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N),
)
_rect_sv = _table(
    U, U, (-INF, 0.), (-INF, -0.), U, U, (INF, N),
    U, U, U, U, U, U, (N, N),
    (0., 0.), U, U, U, U, (0., 0.), (0., 0.),
    (0., 0.), U, U, U, U, (0., 0.), (0., 0.),
    U, U, U, U, U, U, (N, N),
    U, U, (INF, -0.), (INF, 0.), U, U, (INF, N),
    (N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N),
)

del P, P14, P12, P34, INF, N, U


def _c_abs(x, y):
    # _Py_c_abs; None on overflow
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x):
            return abs(x)
        if _isinf(y):
            return abs(y)
        return nan
    r = _hypot(x, y)
    if not _isfinite(r):
        return None
    return r


# ---- the C-level functions: (x, y) -> (re, im), raising on errors -------

def _c_sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_sqrt_sv, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))),
                   _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _c_log(x, y):
    """Returns (re, im, domain_error)."""
    if not (_isfinite(x) and _isfinite(y)):
        r = _special(_log_sv, x, y)
        return r[0], r[1], False
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = (_log(_hypot(_ldexp(ax, _DBL_MANT_DIG),
                              _ldexp(ay, _DBL_MANT_DIG)))
                  - _DBL_MANT_DIG * _LN2)
        else:
            return -inf, _atan2(y, x), True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            t = (am - 1) * (am + 1) + an * an
            re = (t if t == 0.0 else _log1p(t)) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), False


def _c_acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_acos_sv, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _atan2(abs(y), x)
        im = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        return re, im
    s1r, s1i = _c_sqrt(1.0 - x, -y)
    s2r, s2i = _c_sqrt(1.0 + x, y)
    return 2.0 * _atan2(s1r, s2r), _asinh(s2r * s1i - s2i * s1r)


def _c_acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_acosh_sv, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x)
    s1r, s1i = _c_sqrt(x - 1.0, y)
    s2r, s2i = _c_sqrt(x + 1.0, y)
    return _asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r)


def _c_asinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_asinh_sv, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0.0:
            re = _copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return re, _atan2(y, abs(x))
    s1r, s1i = _c_sqrt(1.0 + y, -x)
    s2r, s2i = _c_sqrt(1.0 - y, x)
    return (_asinh(s1r * s2i - s2r * s1i),
            _atan2(y, s1r * s2r - s1i * s2i))


def _c_atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_atanh_sv, x, y)
    if x < 0.0:
        r = _c_atanh(-x, -y)
        return -r[0], -r[1]
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, _copysign(pi / 2.0, y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return (-_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0))),
                _copysign(_atan2(2.0, -ay) / 2, y))
    t = 4.0 * x / ((1 - x) * (1 - x) + ay * ay)
    re = (t if t == 0.0 else _log1p(t)) / 4.0
    im = -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return re, im


def _c_cosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return _copysign(inf, _cos(y)), _copysign(inf, _sin(y))
            return _copysign(inf, _cos(y)), -_copysign(inf, _sin(y))
        return _special(_cosh_sv, x, y)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _cosh(xm1) * e
        im = _sin(y) * _sinh(xm1) * e
    else:
        re = _cos(y) * _cosh(x)
        im = _sin(y) * _sinh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


def _c_sinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return _copysign(inf, _cos(y)), _copysign(inf, _sin(y))
            return -_copysign(inf, _cos(y)), _copysign(inf, _sin(y))
        return _special(_sinh_sv, x, y)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _sinh(xm1) * e
        im = _sin(y) * _cosh(xm1) * e
    else:
        re = _cos(y) * _sinh(x)
        im = _sin(y) * _cosh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


def _c_tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and _isfinite(x):
            raise _domain()
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return 1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y))
            return -1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y))
        return _special(_tanh_sv, x, y)
    if abs(x) > _LOG_LARGE:
        return (_copysign(1.0, x),
                4.0 * _sin(y) * _cos(y) * _exp(-2.0 * abs(x)))
    tx = _tanh(x)
    ty = _tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _c_exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and (_isfinite(x) or (_isinf(x) and x > 0)):
            raise _domain()
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return _copysign(inf, _cos(y)), _copysign(inf, _sin(y))
            return _copysign(0.0, _cos(y)), _copysign(0.0, _sin(y))
        return _special(_exp_sv, x, y)
    try:
        if x > _LOG_LARGE:
            ln = _exp(x - 1.0)
            re = ln * _cos(y) * e
            im = ln * _sin(y) * e
        else:
            ln = _exp(x)
            re = ln * _cos(y)
            im = ln * _sin(y)
    except OverflowError:
        raise _range() from None
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


# ---- the public functions ------------------------------------------------

def sqrt(z, /):
    """Return the square root of z."""
    x, y = _arg(z)
    r, i = _c_sqrt(x, y)
    return complex(r, i)


def exp(z, /):
    """Return the exponential value e**z."""
    x, y = _arg(z)
    r, i = _c_exp(x, y)
    return complex(r, i)


def log(x, base=_MISSING, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    a, b = _arg(x)
    r, i, err = _c_log(a, b)
    if base is not _MISSING:
        c, d = _arg(base)
        br, bi, err = _c_log(c, d)
        q = _quot(r, i, br, bi)
        if q is None:
            raise _domain()
        r, i = q
    if err:
        raise _domain()
    return complex(r, i)


def log10(z, /):
    """Return the base-10 logarithm of z."""
    x, y = _arg(z)
    r, i, err = _c_log(x, y)
    if err:
        raise _domain()
    return complex(r / _LN10, i / _LN10)


def acos(z, /):
    """Return the arc cosine of z."""
    x, y = _arg(z)
    r, i = _c_acos(x, y)
    return complex(r, i)


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _arg(z)
    r, i = _c_acosh(x, y)
    return complex(r, i)


def asin(z, /):
    """Return the arc sine of z."""
    x, y = _arg(z)
    r, i = _c_asinh(-y, x)
    return complex(i, -r)


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    x, y = _arg(z)
    r, i = _c_asinh(x, y)
    return complex(r, i)


def atan(z, /):
    """Return the arc tangent of z."""
    x, y = _arg(z)
    r, i = _c_atanh(-y, x)
    return complex(i, -r)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    x, y = _arg(z)
    r, i = _c_atanh(x, y)
    return complex(r, i)


def cos(z, /):
    """Return the cosine of z."""
    x, y = _arg(z)
    r, i = _c_cosh(-y, x)
    return complex(r, i)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    x, y = _arg(z)
    r, i = _c_cosh(x, y)
    return complex(r, i)


def sin(z, /):
    """Return the sine of z."""
    x, y = _arg(z)
    r, i = _c_sinh(-y, x)
    return complex(i, -r)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    x, y = _arg(z)
    r, i = _c_sinh(x, y)
    return complex(r, i)


def tan(z, /):
    """Return the tangent of z."""
    x, y = _arg(z)
    r, i = _c_tanh(-y, x)
    return complex(i, -r)


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    x, y = _arg(z)
    r, i = _c_tanh(x, y)
    return complex(r, i)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _arg(z)
    phi = _atan2(y, x)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        # the C library's atan2 flags this underflow with errno = ERANGE
        raise _range()
    return phi


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    x, y = _arg(z)
    phi = _atan2(y, x)
    r = _c_abs(x, y)
    if r is None:
        raise _range()
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            raise _domain()
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(_copysign(inf, _cos(phi)),
                               _copysign(inf, _sin(phi)))
            return complex(-_copysign(inf, _cos(phi)),
                           -_copysign(inf, _sin(phi)))
        x, y = _special(_rect_sv, r, phi)
        return complex(x, y)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _arg(z)
    return _isfinite(x) and _isfinite(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _arg(z)
    return _isnan(x) or _isnan(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _arg(z)
    return _isinf(x) or _isinf(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    ar, ai = _arg(a)
    br, bi = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ar == br and ai == bi:
        return True
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    diff = _c_abs(ar - br, ai - bi)
    if diff is None:
        diff = inf
    ab = _c_abs(br, bi)
    aa = _c_abs(ar, ai)
    if ab is None:
        ab = inf
    if aa is None:
        aa = inf
    return diff <= rel_tol * ab or diff <= rel_tol * aa or diff <= abs_tol
