"""Random numbers: the Mersenne Twister of `_random` (seeded as CPython seeds it) and, on
it, CPython's algorithms for randrange, choice, shuffle, sample, uniform, choices and
gauss and the other distributions, so a seeded program draws the same numbers as under
python3. Seeding from a str or bytes hashes it with SHA-512 as CPython does (a pure-Python
SHA-512 below). getstate() rebuilds CPython's state tuple by replaying a pure-Python
Mersenne Twister from the last seed; setstate() restores a state this module made by
reseeding and skipping ahead, and any other state by drawing from the pure-Python twister."""

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


################################################################################
### SHA-512 (for seeding from str and bytes)
################################################################################

_SHA512_K = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817]

_SHA512_H0 = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
              0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]


def _sha512(data):
    """The SHA-512 digest (64 bytes) of the bytes `data`."""
    M = 0xFFFFFFFFFFFFFFFF
    n = len(data)
    msg = bytes(data) + b'\x80' + bytes((111 - n) % 128) + (n * 8).to_bytes(16, 'big')
    h0, h1, h2, h3, h4, h5, h6, h7 = _SHA512_H0
    K = _SHA512_K
    for off in range(0, len(msg), 128):
        w = [int.from_bytes(msg[off + 8 * t:off + 8 * t + 8], 'big') for t in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            x = w[t - 2]
            s1 = ((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)
            w.append((w[t - 16] + (s0 & M) + w[t - 7] + (s1 & M)) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for t in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & M
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[t] + w[t]) & M
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & M
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & M
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return b''.join(x.to_bytes(8, 'big') for x in (h0, h1, h2, h3, h4, h5, h6, h7))


################################################################################
### A pure-Python Mersenne Twister (for getstate and setstate)
################################################################################

class _PyMT:
    """MT19937 as CPython's _random implements it, with its state visible."""

    def __init__(self, state=None):
        self.mt = [0] * 624
        self.mti = 625
        if state is not None:
            self.mt = list(state[:624])
            self.mti = state[624]

    def _init_genrand(self, s):
        mt = self.mt
        mt[0] = s & 0xffffffff
        for i in range(1, 624):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff
        self.mti = 624

    def seed_int(self, n):
        n = abs(n)
        key = []
        while n:
            key.append(n & 0xffffffff)
            n >>= 32
        if not key:
            key = [0]
        self._init_genrand(19650218)
        mt = self.mt
        N = 624
        i, j = 1, 0
        klen = len(key)
        for _ in range(N if N > klen else klen):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xffffffff
            i += 1
            j += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xffffffff
            i += 1
            if i >= N:
                mt[0] = mt[N - 1]
                i = 1
        mt[0] = 0x80000000
        self.mti = 624

    def _twist(self):
        mt = self.mt
        for kk in range(624):
            y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7fffffff)
            v = mt[(kk + 397) % 624] ^ (y >> 1)
            if y & 1:
                v ^= 0x9908b0df
            mt[kk] = v
        self.mti = 0

    def genrand(self):
        if self.mti >= 624:
            self._twist()
        y = self.mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def skip(self, count):
        for _ in range(count):
            self.genrand()

    def random(self):
        a = self.genrand() >> 5
        b = self.genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            return self.genrand() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            r = self.genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def seed(self, a):
        self.seed_int(a)

    def getstate(self):
        return tuple(self.mt) + (self.mti,)


def _words(k):
    """How many 32-bit outputs getrandbits(k) consumes."""
    return 0 if k <= 0 else (k - 1) // 32 + 1


# State tuples handed out by getstate(), with the (seed, outputs drawn) they came from,
# so that setstate() can restore them on the native generator.
_replay = {}


class Random:
    """A generator with its own state."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _random.Random(0)
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        """Initialize the generator from a (None: fresh entropy; an int, float, str,
        bytes or bytearray)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(a[0]) << 7 if a else 0
            for c in map(ord, a):
                x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes)) or type(a).__name__ == 'bytearray':
            if isinstance(a, str):
                a = a.encode()
            a = bytes(a)
            a = int.from_bytes(a + _sha512(a), 'big')
        elif a is None:
            # Fresh entropy, kept as an int so getstate() can replay it.
            a = _random.Random().getrandbits(19968)
        elif isinstance(a, float):
            a = hash(a) & 0xFFFFFFFFFFFFFFFF
        elif not isinstance(a, int):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if not isinstance(self._mt, type(_random.Random(0))):
            self._mt = _random.Random(0)
        self._mt.seed(a)
        self._seed_key = a
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
        """Return internal state; can be passed to setstate() later."""
        mt = self._mt
        if isinstance(mt, _PyMT):
            internal = mt.getstate()
        else:
            py = _PyMT()
            py.seed_int(self._seed_key)
            py.skip(self._drawn)
            internal = py.getstate()
            if len(_replay) >= 32:
                _replay.clear()
            _replay[internal] = (self._seed_key, self._drawn)
        return (self.VERSION, internal, self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        internalstate = tuple(internalstate)
        if len(internalstate) != 625:
            raise ValueError("state vector is the wrong size")
        known = _replay.get(internalstate)
        if known is not None:
            key, drawn = known
            mt = _random.Random(0)
            mt.seed(key)
            bits = mt.getrandbits
            for _ in range(drawn):
                bits(32)
            self._mt = mt
            self._seed_key = key
            self._drawn = drawn
        else:
            self._mt = _PyMT(internalstate)

    def randbytes(self, n):
        """Generate n random bytes."""
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

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution (not the gamma function); alpha > 0 and beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution; alpha > 0 and beta > 0, values in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution; alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

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
