# math.remainder/ulp/nextafter and the C library's asinh/acosh/atanh; code object attributes (co_argcount, co_varnames, ...)
import math
print(math.remainder(10, 3), math.remainder(-7.5, 2), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0))
print(math.asinh(0.41), math.acosh(1.7), math.atanh(0.37))
for a in [(1, 0), (math.inf, 2)]:
    try: print(math.remainder(*a))
    except ValueError as e: print(e)
def f(a, b, /, c, *args, d=4, **kw):
    x = 1
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals, co.co_firstlineno, co.co_flags & 0x0c)
def outer():
    y = 2
    def inner(): return y
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer.__code__.co_qualname)
# expect: 1.0 0.5 2.220446049250313e-16 5e-324 1.99584030953472e+292 1.0000000000000002 0.9999999999999999
# expect: 0.3993040010559239 1.123230982587296 0.38842309971829614
# expect: math domain error
# expect: math domain error
# expect: f 3 2 1 ('a', 'b', 'c', 'd', 'args', 'kw', 'x') 7 8 12
# expect: ('y',) ('y',) outer
