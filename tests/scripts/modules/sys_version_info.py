# sys.version_info: a named tuple of its own type (fields, indexing, comparisons, repr).
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, v[0], v[-2], len(v), isinstance(v, tuple))
print(v >= (3, 8), v < (3, 12), v > (3, 11), v[:2] == (3, 11), (3, 8) <= v, v == tuple(v), v != (3,))
print(type(v).__name__, type(v).__module__, v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
print(f"{v.major}.{v.minor}", "{0[0]}.{0[1]}".format(v), "%s.%s" % v[:2], v.micro == v[2], type(v.micro).__name__)
major, minor, *rest = v
print(major, minor, rest[1:], list(v)[3:], v.index(11), v.count(3), hash(v) == hash(tuple(v)))
print(repr(v).replace(str(v.micro), "M"), str(v) == repr(v), (v + (1,))[5:], type(v[:2]).__name__)
for stmt in ["v.major = 4", "v.foo = 1", "type(v)()", "del v.minor", "v.__dict__", "v[5]"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
# expect: (3, 11) 3 11 final 0 3 final 5 True
# expect: True True True True True True True
# expect: version_info sys 5 5 0
# expect: 3.11 3.11 3.11 True int
# expect: 3 11 ['final', 0] ['final', 0] 1 1 True
# expect: sys.version_info(major=3, minor=11, micro=M, releaselevel='final', serial=0) True (1,) tuple
# expect: v.major = 4 -> AttributeError readonly attribute
# expect: v.foo = 1 -> AttributeError 'sys.version_info' object has no attribute 'foo'
# expect: type(v)() -> TypeError cannot create 'sys.version_info' instances
# expect: del v.minor -> AttributeError readonly attribute
# expect: v.__dict__ -> AttributeError 'sys.version_info' object has no attribute '__dict__'
# expect: v[5] -> IndexError tuple index out of range
