"""Pseudo-random numbers compatible with CPython's `random` module.

The generator itself is the native Mersenne Twister in `_random`.  Everything
built on top of it (range helpers, sampling and the continuous distributions)
uses the same published algorithms as CPython, so a program that seeds the
generator sees the very numbers python3 would give it.

Two pieces exist only because the native generator keeps its state private:

* seeding from str/bytes needs SHA-512, done here in plain Python;
* getstate()/setstate() work with CPython's 625-word state tuple.  A state is
  produced by re-running a Python copy of MT19937 from the last seed for as
  many words as have been drawn; restoring it either re-seeds the native
  generator and fast-forwards (for states this module produced) or switches
  the instance over to the Python copy.
"""

import _random
from math import log as _log, sqrt as _sqrt, cos as _cos, sin as _sin, ceil as _ceil, floor as _floor
from math import pi as _pi, exp as _exp, e as _e, acos as _acos
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate

__all__ = ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange',
           'shuffle', 'choices', 'gauss', 'getrandbits', 'normalvariate', 'lognormvariate',
           'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular', 'betavariate',
           'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'randbytes']

TWOPI = 2.0 * _pi
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
VERSION = 3

_U32 = 0xFFFFFFFF
_U64 = 0xFFFFFFFFFFFFFFFF


# ---------------------------------------------------------------------------
# SHA-512 in pure Python.  The round constants are the first 64 fractional
# bits of the cube roots of the first 80 primes and the initial hash words
# those of the square roots of the first 8 primes (FIPS 180-4); rather than
# spelling out the table, they are derived here with integer roots.
# ---------------------------------------------------------------------------

def _first_primes(count):
    found = []
    cand = 2
    while len(found) < count:
        if all(cand % p for p in found if p * p <= cand):
            found.append(cand)
        cand += 1
    return found


def _int_root(value, degree):
    # largest r with r**degree <= value (Newton's method on integers)
    guess = 1 << ((value.bit_length() + degree - 1) // degree)
    while True:
        better = ((degree - 1) * guess + value // guess ** (degree - 1)) // degree
        if better >= guess:
            break
        guess = better
    while guess ** degree > value:
        guess -= 1
    while (guess + 1) ** degree <= value:
        guess += 1
    return guess


_PRIMES80 = _first_primes(80)
_ROUND_K = [_int_root(p << 192, 3) & _U64 for p in _PRIMES80]
_START_H = [_int_root(p << 128, 2) & _U64 for p in _PRIMES80[:8]]
del _PRIMES80


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _U64


def _sha512_digest(message):
    """Return the 64-byte SHA-512 digest of a bytes-like object."""
    data = bytes(message)
    bitlen = len(data) * 8
    pad_zeros = (111 - len(data)) % 128
    data = data + b'\x80' + b'\x00' * pad_zeros + bitlen.to_bytes(16, 'big')
    state = list(_START_H)
    K = _ROUND_K
    for base in range(0, len(data), 128):
        w = [int.from_bytes(data[base + 8 * t: base + 8 * t + 8], 'big') for t in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            y = w[t - 2]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _U64)
        a, b, c, d, e, f, g, h = state
        for t in range(80):
            big1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            choose = (e & f) ^ (~e & g)
            t1 = (h + big1 + choose + K[t] + w[t]) & _U64
            big0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            major = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + major) & _U64
            h = g
            g = f
            f = e
            e = (d + t1) & _U64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _U64
        state = [(s + v) & _U64 for s, v in zip(state, (a, b, c, d, e, f, g, h))]
    return b''.join(v.to_bytes(8, 'big') for v in state)


# ---------------------------------------------------------------------------
# A Python MT19937 whose 624-word state can be read and written.
# ---------------------------------------------------------------------------

class _TwisterCopy:
    """MT19937 (Matsumoto & Nishimura), seeded the way CPython seeds it."""

    def __init__(self, words=None, index=624):
        self.words = list(words) if words is not None else [0] * 624
        self.index = index

    @classmethod
    def from_key(cls, key):
        """Seed from a non-negative int, split into 32-bit chunks (init_by_array)."""
        chunks = []
        while key:
            chunks.append(key & _U32)
            key >>= 32
        if not chunks:
            chunks.append(0)
        st = [0] * 624
        st[0] = 19650218
        for n in range(1, 624):
            p = st[n - 1]
            st[n] = (1812433253 * (p ^ (p >> 30)) + n) & _U32
        pos = 1
        nchunks = len(chunks)
        for step in range(max(624, nchunks)):
            c = step % nchunks
            p = st[pos - 1]
            st[pos] = ((st[pos] ^ ((p ^ (p >> 30)) * 1664525)) + chunks[c] + c) & _U32
            pos += 1
            if pos == 624:
                st[0] = st[623]
                pos = 1
        for _ in range(623):
            p = st[pos - 1]
            st[pos] = ((st[pos] ^ ((p ^ (p >> 30)) * 1566083941)) - pos) & _U32
            pos += 1
            if pos == 624:
                st[0] = st[623]
                pos = 1
        st[0] = 0x80000000
        return cls(st, 624)

    def _regenerate(self):
        st = self.words
        for n in range(624):
            mixed = (st[n] & 0x80000000) | (st[n + 1 - 624 if n == 623 else n + 1] & 0x7FFFFFFF)
            nxt = st[(n + 397) % 624] ^ (mixed >> 1)
            if mixed & 1:
                nxt ^= 0x9908B0DF
            st[n] = nxt
        self.index = 0

    def next_word(self):
        if self.index >= 624:
            self._regenerate()
        v = self.words[self.index]
        self.index += 1
        v ^= v >> 11
        v ^= (v << 7) & 0x9D2C5680
        v ^= (v << 15) & 0xEFC60000
        return v ^ (v >> 18)

    def advance(self, count):
        # Only whole regenerations matter for the stored words.
        while count > 0:
            if self.index >= 624:
                self._regenerate()
            take = min(count, 624 - self.index)
            self.index += take
            count -= take

    def random(self):
        hi = self.next_word() >> 5
        lo = self.next_word() >> 6
        return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self.next_word() >> (32 - k)
        total = 0
        shift = 0
        while k > 0:
            w = self.next_word()
            if k < 32:
                w >>= 32 - k
            total |= w << shift
            shift += 32
            k -= 32
        return total

    def snapshot(self):
        return tuple(self.words) + (self.index,)


# Recently handed-out states -> (seed key, words drawn), so setstate() can go
# back to the native generator for them.  Kept small.
_issued_states = {}
_ISSUED_LIMIT = 32


def _remember_state(state, origin):
    if len(_issued_states) >= _ISSUED_LIMIT:
        _issued_states.pop(next(iter(_issued_states)))
    _issued_states[state] = origin


def _seed_to_int(a, version):
    """Turn any accepted seed value into the non-negative int fed to MT19937."""
    if a is None:
        source = _random.Random(0)
        source.seed(None)
        return source.getrandbits(256)
    if isinstance(a, int):
        return -a if a < 0 else a
    if isinstance(a, (str, bytes, bytearray)):
        if version == 1:
            text = a.decode('latin-1') if isinstance(a, (bytes, bytearray)) else a
            if text:
                acc = ord(text[0]) << 7
            else:
                acc = 0
            for ch in text:
                acc = ((1000003 * acc) ^ ord(ch)) & _U64
            acc ^= len(text)
            return acc
        raw = a.encode() if isinstance(a, str) else bytes(a)
        return int.from_bytes(raw + _sha512_digest(raw), 'big')
    if isinstance(a, float):
        return hash(a) & _U64
    raise TypeError('The only supported seed types are: None,\n'
                    'int, float, str, bytes, and bytearray.')


class Random:
    """A generator with its own state."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _random.Random(0)
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        """Re-seed from None (fresh entropy), an int, a float, a str, bytes or bytearray."""
        key = _seed_to_int(a, version)
        if not isinstance(self._mt, _random.Random):
            self._mt = _random.Random(0)
        self._mt.seed(key)
        self._origin_key = key
        self._drawn = 0
        self.gauss_next = None

    def random(self):
        """The next random float in [0.0, 1.0)."""
        self._drawn += 2
        return self._mt.random()

    def getrandbits(self, k):
        """An int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        self._drawn += 0 if k <= 0 else (k - 1) // 32 + 1
        return self._mt.getrandbits(k)


    def getstate(self):
        """The generator's state as CPython's (3, 625-tuple, gauss_next)."""
        gen = self._mt
        if isinstance(gen, _TwisterCopy):
            return (VERSION, gen.snapshot(), self.gauss_next)
        twin = _TwisterCopy.from_key(self._origin_key)
        twin.advance(self._drawn)
        words = twin.snapshot()
        _remember_state(words, (self._origin_key, self._drawn))
        return (VERSION, words, self.gauss_next)

    def setstate(self, state):
        """Restore a state obtained from getstate()."""
        version = state[0]
        if version == 3:
            _, words, pending = state
        elif version == 2:
            _, words, pending = state
            try:
                words = tuple(w % 4294967296 for w in words)
            except ValueError as exc:
                raise TypeError(exc)
        else:
            raise ValueError("state with version %s passed to Random.setstate() "
                             "of version %s" % (version, VERSION))
        words = tuple(words)
        if len(words) != 625:
            raise ValueError("state vector is the wrong size")
        position = words[624]
        if not 0 <= position <= 624:
            raise ValueError("invalid state")
        origin = _issued_states.get(words)
        if origin is not None:
            key, drawn = origin
            native = _random.Random(0)
            native.seed(key)
            remaining = drawn
            while remaining > 0:
                chunk = min(remaining, 1 << 16)
                native.getrandbits(32 * chunk)
                remaining -= chunk
            self._mt = native
            self._origin_key = key
            self._drawn = drawn
        else:
            self._mt = _TwisterCopy([w & _U32 for w in words[:624]], position)
        self.gauss_next = pending

    def randbytes(self, n):
        """n random bytes."""
        if n < 0:
            raise ValueError("number of bits must be non-negative")
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def _randbelow(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = start.__index__()
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = stop.__index__()
        width = istop - istart
        istep = step.__index__()
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if counts is not None:
            expanded = []
            for item, c in zip(population, counts):
                expanded.extend([item] * c)
            population = expanded
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        randbelow = self._randbelow
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            cum_weights = list(_accumulate(weights))
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for i in range(k)]


    # ----- continuous distributions -----------------------------------------

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: midpoint)."""
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > split:
            # mirror the problem so the draw always lands on the rising side
            u = 1.0 - u
            split = 1.0 - split
            low, high = high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution by the ratio-of-uniforms method (Kinderman & Monahan)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            candidate = NV_MAGICCONST * (a - 0.5) / b
            if candidate * candidate / 4.0 <= -_log(b):
                return mu + candidate * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with the given mu and sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular normal distribution (Best & Fisher's rejection method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # R. C. H. Cheng's rejection algorithm (GB)
            a_inv = _sqrt(2.0 * alpha - 1.0)
            b_const = alpha - LOG4
            c_const = alpha + a_inv
            while True:
                u1 = draw()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - draw()
                v = _log(u1 / (1.0 - u1)) / a_inv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = b_const + c_const * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        # alpha < 1: Ahrens & Dieter's algorithm GS
        bound = (_e + alpha) / _e
        while True:
            p = bound * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((bound - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], built from two gamma variates."""
        g1 = self.gammavariate(alpha, 1.0)
        if g1:
            return g1 / (g1 + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma




_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
gauss = _inst.gauss
getrandbits = _inst.getrandbits
triangular = _inst.triangular
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
randbytes = _inst.randbytes
