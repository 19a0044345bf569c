# More of math: isqrt, comb, perm, prod, lcm, fmod, modf, frexp, ldexp, log1p, expm1,
# erf, dist, exp2.
import math
print(math.isqrt(17), math.isqrt(10**20), math.comb(5, 2), math.comb(50, 25), math.perm(5, 2), math.perm(4))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.lcm(4, 6, 10), math.fmod(7, 3), math.fmod(-7, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.log1p(1e-10), math.expm1(1e-10), math.erf(1.0), math.erfc(0.5))
print(math.dist((0, 0), (3, 4)), math.exp2(10))
try: math.isqrt(-1)
except ValueError as e: print(e)
try: math.comb(-1, 2)
except ValueError as e: print(e)
# expect: 4 10000000000 10 126410606437752 20 24
# expect: 24 3.0 60 1.0 -1.0
# expect: (0.75, 3.0) (-0.5, -2.0) (0.5, 4) (0.8, -3) 8.0
# expect: 9.999999999500001e-11 1.00000000005e-10 0.8427007929497149 0.4795001221869535
# expect: 5.0 1024.0
# expect: isqrt() argument must be nonnegative
# expect: n must be a non-negative integer
