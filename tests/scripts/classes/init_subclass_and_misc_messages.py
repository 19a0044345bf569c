# __init_subclass__ with class keywords; bytes.decode encodings; big-int true division
# (correctly rounded, OverflowError when too large); CPython's wording for a few errors.
class Plugin:
    registry = []
    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin, kind="special"): pass
print(Plugin.registry, A.kind, B.kind)
try:
    class C(object, x=1): pass
except TypeError as e: print(e)
print(b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
try: b"\xff".decode("ascii")
except UnicodeDecodeError as e: print(e)
try: 10**400 / 3
except OverflowError as e: print(e)
print(10**400 / 10**399, (10**30 + 1) / 10**15)
try: b"a" + "b"
except TypeError as e: print(e)
try: "{".format()
except ValueError as e: print(e)
try: sorted([3, 1], foo=1)
except TypeError as e: print(e)
try: del (1, 2)[0]
except TypeError as e: print(e)
# expect: ['A', 'B'] generic special
# expect: C.__init_subclass__() takes no keyword arguments
# expect: café abc
# expect: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
# expect: integer division result too large for a float
# expect: 10.0 1000000000000000.0
# expect: can't concat str to bytes
# expect: Single '{' encountered in format string
# expect: 'foo' is an invalid keyword argument for sort()
# expect: 'tuple' object doesn't support item deletion
