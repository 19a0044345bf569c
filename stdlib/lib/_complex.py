"""The builtin `complex` type, written in Python.

Mirrors CPython 3.11's Objects/complexobject.c: the same algorithms
(Smith's division, integer powers by repeated squaring, libm-style
hypot for abs), the same repr/str/format output, the same hash and the
same error messages.  Installed by the interpreter as builtins.complex.
"""

from math import hypot as _hypot, atan2 as _atan2, exp as _mexp, \
    log as _mlog, cos as _mcos, sin as _msin, copysign as _copysign

_INF = float('inf')
_NAN = float('nan')
_MASK64 = (1 << 64) - 1
_MISSING = object()


def _c_exp(x):
    # C exp(): no exception on overflow
    try:
        return _mexp(x)
    except OverflowError:
        return _INF


def _c_pow_real(x, y):
    # C pow() for x > 0: no exception on overflow
    try:
        return x ** y
    except OverflowError:
        return _INF


def _fmt_r(x):
    # PyOS_double_to_string(x, 'r', 0, 0): repr without the added '.0'
    s = repr(x)
    if s[-2:] == '.0':
        return s[:-2]
    return s


def _quot(ar, ai, br, bi):
    """_Py_c_quot: Smith's algorithm.  Returns None on division by zero."""
    abr = -br if br < 0 else br
    abi = -bi if bi < 0 else bi
    if abr >= abi:
        if abr == 0.0:
            return None
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abi >= abr:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return _NAN, _NAN


def _c_pow(ar, ai, br, bi):
    """_Py_c_pow.  Returns None for 0.0 to a negative or complex power."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            return None
        return 0.0, 0.0
    vabs = _hypot(ar, ai)
    ln = _c_pow_real(vabs, br)
    at = _atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        d = _c_exp(at * bi)
        if d == 0.0:
            # C division by zero: ln >= 0 here
            ln = _INF if ln > 0.0 else _NAN
        else:
            ln /= d
        phase += bi * _mlog(vabs)
    if phase == _INF or phase == -_INF:
        # C's cos(inf) sets errno = EDOM, which CPython reports as
        # "0.0 to a negative or complex power"
        return None
    return ln * _mcos(phase), ln * _msin(phase)


def _c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def _power(ar, ai, br, bi):
    """complex_pow body: returns a complex or raises."""
    if bi == 0.0 and -100.0 <= br <= 100.0 and br == int(br):
        n = int(br)
        if n > 0:
            res = _c_powu(ar, ai, n)
        else:
            pr, pi = _c_powu(ar, ai, -n)
            res = _quot(1.0, 0.0, pr, pi)
    else:
        res = _c_pow(ar, ai, br, bi)
    if res is None:
        raise ZeroDivisionError("0.0 to a negative or complex power")
    rr, ri = res
    if rr == _INF or rr == -_INF or ri == _INF or ri == -_INF:
        raise OverflowError("complex exponentiation")
    z = _new(complex)
    z._re = rr
    z._im = ri
    return z


def _other(other):
    """to_complex(): (re, im) for int/float/complex, else None."""
    if isinstance(other, complex):
        return other._re, other._im
    if isinstance(other, (int, float)):
        return float(other), 0.0
    return None


def _is_number_type(t):
    return hasattr(t, '__float__') or hasattr(t, '__index__')


def _special_complex(r):
    f = getattr(type(r), '__complex__', None)
    if f is None:
        return None
    res = f(r)
    if not isinstance(res, complex):
        raise TypeError("__complex__ returned non-complex (type %s)"
                        % type(res).__name__)
    return res


def _is_digit(c):
    return '0' <= c <= '9'


def _scan_float(s, i, n):
    """End index of the longest float prefix of s[i:] (i if none)."""
    j = i
    if j < n and (s[j] == '+' or s[j] == '-'):
        j += 1
    low = s[j:j + 8].lower()
    if low == 'infinity':
        return j + 8
    if low[:3] == 'inf' or low[:3] == 'nan':
        return j + 3
    k = j
    while k < n and _is_digit(s[k]):
        k += 1
    nd = k - j
    if k < n and s[k] == '.':
        k += 1
        m = k
        while k < n and _is_digit(s[k]):
            k += 1
        nd += k - m
    if nd == 0:
        return i
    if k < n and (s[k] == 'e' or s[k] == 'E'):
        m = k + 1
        if m < n and (s[m] == '+' or s[m] == '-'):
            m += 1
        if m < n and _is_digit(s[m]):
            while m < n and _is_digit(s[m]):
                m += 1
            k = m
    return k


def _from_string(orig):
    s = orig
    if not s.isascii():
        chars = []
        for c in s:
            if c.isspace():
                chars.append(' ')
            elif c < '\x80':
                chars.append(c)
            elif c.isdecimal():
                chars.append(str(int(c)))
            else:
                chars.append('?')
        s = ''.join(chars)
    if '_' in s:
        # _Py_string_to_number_with_underscores
        out = []
        prev = ''
        for c in s:
            if c == '_':
                if not _is_digit(prev):
                    raise ValueError("could not convert string to complex: %r"
                                     % (orig,))
            else:
                if prev == '_' and not _is_digit(c):
                    raise ValueError("could not convert string to complex: %r"
                                     % (orig,))
                out.append(c)
            prev = c
        if prev == '_':
            raise ValueError("could not convert string to complex: %r"
                             % (orig,))
        s = ''.join(out)
    n = len(s)
    i = 0
    x = 0.0
    y = 0.0
    while i < n and s[i] in ' \t\n\r\x0b\x0c':
        i += 1
    got_bracket = False
    if i < n and s[i] == '(':
        got_bracket = True
        i += 1
        while i < n and s[i] in ' \t\n\r\x0b\x0c':
            i += 1
    end = _scan_float(s, i, n)
    if end != i:
        z = float(s[i:end])
        i = end
        if i < n and (s[i] == '+' or s[i] == '-'):
            x = z
            end = _scan_float(s, i, n)
            if end != i:
                y = float(s[i:end])
                i = end
            else:
                y = 1.0 if s[i] == '+' else -1.0
                i += 1
            if not (i < n and (s[i] == 'j' or s[i] == 'J')):
                raise ValueError("complex() arg is a malformed string")
            i += 1
        elif i < n and (s[i] == 'j' or s[i] == 'J'):
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and (s[i] == '+' or s[i] == '-'):
            y = 1.0 if s[i] == '+' else -1.0
            i += 1
        else:
            y = 1.0
        if not (i < n and (s[i] == 'j' or s[i] == 'J')):
            raise ValueError("complex() arg is a malformed string")
        i += 1
    while i < n and s[i] in ' \t\n\r\x0b\x0c':
        i += 1
    if got_bracket:
        if not (i < n and s[i] == ')'):
            raise ValueError("complex() arg is a malformed string")
        i += 1
        while i < n and s[i] in ' \t\n\r\x0b\x0c':
            i += 1
    if i != n:
        raise ValueError("complex() arg is a malformed string")
    return x, y


def _parse_spec(spec):
    """Split a format spec into (fill, align, rest-for-float, type, width,
    precision-given)."""
    n = len(spec)
    i = 0
    fill = ' '
    align = ''
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    fill_given = bool(align) and i == 2
    sign = ''
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = ''
    if i < n and spec[i] == 'z':
        z = 'z'
        i += 1
    alt = ''
    if i < n and spec[i] == '#':
        alt = '#'
        i += 1
    if not fill_given and i < n and spec[i] == '0':
        fill = '0'
        if not align:
            align = '='
        i += 1
    ws = i
    while i < n and _is_digit(spec[i]):
        i += 1
    width = int(spec[ws:i]) if i > ws else -1
    grouping = ''
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        ps = i + 1
        i += 1
        while i < n and _is_digit(spec[i]):
            i += 1
        if i == ps:
            raise ValueError("Format specifier missing precision")
        prec = int(spec[ps:i])
    rest = spec[i:]
    if len(rest) > 1:
        raise ValueError("Invalid format specifier '%s' for object of type "
                         "'complex'" % spec)
    return fill, align, sign, z, alt, width, grouping, prec, rest


class complex:
    """Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""

    __slots__ = ('_re', '_im')
    __module__ = 'builtins'

    def __new__(cls, real=0, imag=_MISSING):
        r = real
        tr = r.__class__
        if imag is _MISSING:
            if tr is float:
                z = _new(cls)
                z._re = r
                z._im = 0.0
                return z
            if tr is complex and cls is complex:
                return r
            if tr is int:
                z = _new(cls)
                z._re = float(r)
                z._im = 0.0
                return z
        elif tr is float or tr is int:
            ti = imag.__class__
            if ti is float or ti is int:
                z = _new(cls)
                z._re = float(r)
                z._im = float(imag)
                return z
        # general path: complex_new_impl
        if isinstance(r, str):
            if imag is not _MISSING:
                raise TypeError("complex() can't take second arg"
                                " if first is a string")
            x, y = _from_string(r)
            z = _new(cls)
            z._re = x
            z._im = y
            return z
        if imag is not _MISSING and isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        if not (tr is complex):
            tmp = _special_complex(r)
            if tmp is not None:
                r = tmp
        if not isinstance(r, complex) and not _is_number_type(type(r)):
            raise TypeError("complex() first argument must be a string or a "
                            "number, not '%s'" % type(r).__name__)
        if imag is not _MISSING:
            if not isinstance(imag, complex) and \
                    not _is_number_type(type(imag)):
                raise TypeError("complex() second argument must be a number, "
                                "not '%s'" % type(imag).__name__)
        cr_is_complex = False
        if isinstance(r, complex):
            crr = r._re
            cri = r._im
            cr_is_complex = True
        else:
            crr = float(r)
            cri = 0.0
        ci_is_complex = False
        if imag is _MISSING:
            cir = cri
        elif isinstance(imag, complex):
            cir = imag._re
            cii = imag._im
            ci_is_complex = True
        else:
            cir = float(imag)
        if ci_is_complex:
            crr -= cii
        if cr_is_complex and imag is not _MISSING:
            cir += cri
        z = _new(cls)
        z._re = crr
        z._im = cir
        return z

    @property
    def real(self):
        """the real part of a complex number"""
        return self._re

    @property
    def imag(self):
        """the imaginary part of a complex number"""
        return self._im

    # ---- arithmetic -------------------------------------------------

    def __add__(self, other):
        t = other.__class__
        if t is complex:
            z = _new(complex)
            z._re = self._re + other._re
            z._im = self._im + other._im
            return z
        if t is float or t is int:
            z = _new(complex)
            z._re = self._re + other
            z._im = self._im + 0.0
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        z = _new(complex)
        z._re = self._re + b[0]
        z._im = self._im + b[1]
        return z

    def __radd__(self, other):
        t = other.__class__
        if t is float or t is int:
            z = _new(complex)
            z._re = other + self._re
            z._im = 0.0 + self._im
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        z = _new(complex)
        z._re = b[0] + self._re
        z._im = b[1] + self._im
        return z

    def __sub__(self, other):
        t = other.__class__
        if t is complex:
            z = _new(complex)
            z._re = self._re - other._re
            z._im = self._im - other._im
            return z
        if t is float or t is int:
            z = _new(complex)
            z._re = self._re - other
            z._im = self._im - 0.0
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        z = _new(complex)
        z._re = self._re - b[0]
        z._im = self._im - b[1]
        return z

    def __rsub__(self, other):
        t = other.__class__
        if t is float or t is int:
            z = _new(complex)
            z._re = other - self._re
            z._im = 0.0 - self._im
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        z = _new(complex)
        z._re = b[0] - self._re
        z._im = b[1] - self._im
        return z

    def __mul__(self, other):
        t = other.__class__
        if t is complex:
            ar = self._re
            ai = self._im
            br = other._re
            bi = other._im
            z = _new(complex)
            z._re = ar * br - ai * bi
            z._im = ar * bi + ai * br
            return z
        if t is float:
            ar = self._re
            ai = self._im
            z = _new(complex)
            z._re = ar * other - ai * 0.0
            z._im = ar * 0.0 + ai * other
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        ar = self._re
        ai = self._im
        br, bi = b
        z = _new(complex)
        z._re = ar * br - ai * bi
        z._im = ar * bi + ai * br
        return z

    def __rmul__(self, other):
        t = other.__class__
        if t is float:
            br = self._re
            bi = self._im
            z = _new(complex)
            z._re = other * br - 0.0 * bi
            z._im = other * bi + 0.0 * br
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        ar, ai = b
        br = self._re
        bi = self._im
        z = _new(complex)
        z._re = ar * br - ai * bi
        z._im = ar * bi + ai * br
        return z

    def __truediv__(self, other):
        t = other.__class__
        if t is complex:
            res = _quot(self._re, self._im, other._re, other._im)
        else:
            b = _other(other)
            if b is None:
                return NotImplemented
            res = _quot(self._re, self._im, b[0], b[1])
        if res is None:
            raise ZeroDivisionError("complex division by zero")
        z = _new(complex)
        z._re, z._im = res
        return z

    def __rtruediv__(self, other):
        b = _other(other)
        if b is None:
            return NotImplemented
        res = _quot(b[0], b[1], self._re, self._im)
        if res is None:
            raise ZeroDivisionError("complex division by zero")
        z = _new(complex)
        z._re, z._im = res
        return z

    def __pow__(self, other, mod=None):
        t = other.__class__
        if t is int and mod is None and 0 < other <= 100:
            rr, ri = _c_powu(self._re, self._im, other)
            if rr == _INF or rr == -_INF or ri == _INF or ri == -_INF:
                raise OverflowError("complex exponentiation")
            z = _new(complex)
            z._re = rr
            z._im = ri
            return z
        b = _other(other)
        if b is None:
            return NotImplemented
        if mod is not None:
            raise ValueError("complex modulo")
        return _power(self._re, self._im, b[0], b[1])

    def __rpow__(self, other, mod=None):
        b = _other(other)
        if b is None:
            return NotImplemented
        if mod is not None:
            raise ValueError("complex modulo")
        return _power(b[0], b[1], self._re, self._im)

    def __neg__(self):
        z = _new(complex)
        z._re = -self._re
        z._im = -self._im
        return z

    def __pos__(self):
        if self.__class__ is complex:
            return self
        z = _new(complex)
        z._re = self._re
        z._im = self._im
        return z

    def __abs__(self):
        re = self._re
        im = self._im
        r = _hypot(re, im)
        if r - r == 0.0:
            return r
        # C99 rules: an infinite part wins over a nan part
        if re == _INF or re == -_INF or im == _INF or im == -_INF:
            return _INF
        if re != re or im != im:
            return _NAN
        raise OverflowError("absolute value too large")

    def __bool__(self):
        return self._re != 0.0 or self._im != 0.0

    # ---- comparison and hashing ----------------------------------------

    def __eq__(self, other):
        t = other.__class__
        if t is complex or isinstance(other, complex):
            return self._re == other._re and self._im == other._im
        if isinstance(other, int):
            if self._im == 0.0:
                return self._re == other
            return False
        if isinstance(other, float):
            return self._re == other and self._im == 0.0
        return NotImplemented

    def __ne__(self, other):
        t = other.__class__
        if t is complex or isinstance(other, complex):
            return not (self._re == other._re and self._im == other._im)
        if isinstance(other, int):
            if self._im == 0.0:
                return self._re != other
            return True
        if isinstance(other, float):
            return not (self._re == other and self._im == 0.0)
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    def __le__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return NotImplemented

    def __ge__(self, other):
        return NotImplemented

    def __hash__(self):
        him = hash(self._im)
        if him == 0:
            return hash(self._re)
        h = (hash(self._re) + 1000003 * him) & _MASK64
        if h == _MASK64:
            return -2
        if h >> 63:
            return h - (1 << 64)
        return h

    # ---- methods -----------------------------------------------------

    def conjugate(self):
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        z = _new(complex)
        z._re = self._re
        z._im = -self._im
        return z

    # Both give the value as an exact complex (a subclass instance is copied).
    __complex__ = __pos__

    def __getnewargs__(self):
        return (self._re, self._im)

    def __reduce__(self):
        return (type(self), (self._re, self._im))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        re = self._re
        im = self._im
        if re == 0.0 and _copysign(1.0, re) == 1.0:
            s = repr(im)
            if s[-2:] == '.0':
                s = s[:-2]
            return s + 'j'
        r = repr(re)
        if r[-2:] == '.0':
            r = r[:-2]
        i = repr(im)
        if i[-2:] == '.0':
            i = i[:-2]
        if i[0] != '-':
            i = '+' + i
        return '(' + r + i + 'j)'

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("__format__() argument must be str, not %s"
                            % type(spec).__name__)
        if not spec:
            return str(self)
        fill, align, sign, zflag, alt, width, grouping, prec, typ = \
            _parse_spec(spec)
        if typ not in ('', 'e', 'E', 'f', 'F', 'g', 'G', 'n'):
            raise ValueError("Unknown format code '%s' for object of type "
                             "'complex'" % typ)
        if fill == '0':
            raise ValueError("Zero padding is not allowed in complex format "
                             "specifier")
        if align == '=':
            raise ValueError("'=' alignment flag is not allowed in complex "
                             "format specifier")
        re = self._re
        im = self._im
        skip_re = False
        add_parens = False
        if typ == '':
            if re == 0.0 and _copysign(1.0, re) == 1.0:
                skip_re = True
            else:
                add_parens = True
        if typ == 'n':
            typ = 'g'
        if typ == '' and prec is None:
            re_s = _fmt_plain(re, sign, zflag, alt, grouping)
            im_s = _fmt_plain(im, sign if skip_re else '+', zflag, alt,
                              grouping)
        else:
            if typ == '':
                ftyp = 'g'
            else:
                ftyp = typ
            p = '' if prec is None else '.%d' % prec
            re_s = format(re, sign + zflag + alt + grouping + p + ftyp)
            im_s = format(im, (sign if skip_re else '+') + zflag + alt +
                          grouping + p + ftyp)
        if skip_re:
            body = im_s + 'j'
        else:
            body = re_s + im_s + 'j'
        if add_parens:
            body = '(' + body + ')'
        n = len(body)
        if width > n:
            pad = width - n
            if align == '<':
                body = body + fill * pad
            elif align == '^':
                left = pad // 2
                body = fill * left + body + fill * (pad - left)
            else:
                body = fill * pad + body
        return body


def _fmt_plain(x, sign, zflag, alt, grouping):
    # PyOS_double_to_string(x, 'r', 0, flags): repr digits, no added '.0'
    if zflag or grouping:
        s = format(x, zflag + grouping)
    else:
        s = repr(x)
    if s[-2:] == '.0':
        s = s[:-2]
    if alt and s[-1] != 'f' and s[-1] != 'n' and '.' not in s:
        if 'e' in s:
            s = s.replace('e', '.e')
        else:
            s = s + '.'
    return _apply_sign(s, sign)


def _apply_sign(s, sign):
    if s[0] == '-':
        return s
    if sign == '+':
        return '+' + s
    if sign == ' ':
        return ' ' + s
    return s


_new = object.__new__
