"""array: compact sequences of numbers of one C type. gilpy keeps the items in a list
and enforces the type's range and kind on every store, with CPython's messages, so an
array behaves (and fails) as CPython's does; the memory saving is not reproduced.
'f' items are rounded to single precision. tobytes/frombytes cover the integer and 'u'
typecodes."""

import math as _math

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message when above, message when below)
_RANGES = {
    'b': (-128, 127, 'signed char is greater than maximum', 'signed char is less than minimum'),
    'B': (0, 255, 'unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': (-2**15, 2**15 - 1, 'signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': (0, 2**16 - 1, 'unsigned short is greater than maximum',
          'unsigned short is less than minimum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is greater than maximum',
          'signed integer is less than minimum'),
    'I': (0, 2**32 - 1, 'unsigned int is greater than maximum',
          "can't convert negative value to unsigned int"),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, 'Python int too large to convert to C unsigned long',
          "can't convert negative value to unsigned int"),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, 'int too big to convert', "can't convert negative int to unsigned"),
}


def _to_float32(x):
    if x != x or x == 0 or x in (_math.inf, -_math.inf):
        return x
    m, e = _math.frexp(x)
    bits = 24
    if e < -125:
        bits -= -125 - e
        if bits <= 0:
            return 0.0 * x
    r = _math.ldexp(round(m * (1 << bits)), e - bits)
    if abs(r) > 3.4028234663852886e+38:
        return _math.copysign(_math.inf, x)
    return r


class array:
    """array(typecode[, initializer]) -> array"""

    __module__ = 'array'

    def __init__(self, *args):
        if len(args) < 1:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with '
                                    "typecode '%s'" % typecode)
                self._items = list(init)
            elif isinstance(init, bytes):
                self.frombytes(init)
            else:
                self.extend(init)

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: _ITEMSIZE[self._tc])

    def _check(self, v):
        tc = self._tc
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError('must be real number, not %s' % type(v).__name__)
            v = float(v)
            return _to_float32(v) if tc == 'f' else v
        if isinstance(v, float) or not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
        lo, hi, above, below = _RANGES[tc]
        if v > hi:
            raise OverflowError(above)
        if v < lo:
            raise OverflowError(below)
        return int(v)

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return other

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same(iterable, 'extend')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._check(v))

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self.extend(lst)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tobytes(self):
        tc = self._tc
        if tc in 'fd':
            raise NotImplementedError('gilpy: tobytes() of float arrays is not implemented')
        size = _ITEMSIZE[tc]
        out = b''
        for v in self._items:
            if tc == 'u':
                v = ord(v)
            out += v.to_bytes(size, 'little', signed=tc in 'bhilq')
        return out

    def frombytes(self, data):
        tc = self._tc
        if tc in 'fd':
            raise NotImplementedError('gilpy: frombytes() of float arrays is not implemented')
        size = _ITEMSIZE[tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        for i in range(0, len(data), size):
            v = int.from_bytes(data[i:i + size], 'little', signed=tc in 'bhilq')
            self._items.append(chr(v) if tc == 'u' else v)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            self._same(v, 'assign')
            self._items[i] = v._items
            return
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        self._same(other, 'append')
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        self._same(other, 'extend')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self[:]

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)


ArrayType = array
