# fixes from a corpus of real programs: exact int/float comparison and dict keys, zip(strict=True), OSError(errno) subclasses, set operators on dict views, reversed views, __set_name__, __kwdefaults__, set.pop order
print(10**40 == 10.0**40, 10**40 < 10.0**40, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308, 10**20 == 1e20)
print(hash(10**20) == hash(1e20), {10**20: 'a'}.get(1e20))
try: print(list(zip([1], [3, 4], strict=True)))
except ValueError as e: print(e)
try: print(list(zip([1, 2], [3], strict=True)))
except ValueError as e: print(e)
try: print(list(zip([1, 2], [3, 4], [5], strict=True)))
except ValueError as e: print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [(2, "No such file"), (13, "denied"), (17, "exists"), (3, "nope"), (99, "other"), ("x",)]:
    e = OSError(*args)
    print(type(e).__name__, e, e.args)
print(type(OSError(2, "x", "f.txt")).__name__, OSError(2, "x", "f.txt"))
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}), sorted(d.items() & {("a", 1)}))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(d)))
print(d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "d"}, d.keys().isdisjoint({"x"}))
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"value of {self.name}"
class C:
    x = D()
    y = D()
print(C().x, C.y)
def f(a, *, b=2, c=3): pass
print(f.__kwdefaults__, (lambda: 0).__kwdefaults__)
s = {3}; s.add(1); s.add(2); s.remove(1); print(s.pop(), s)
s = set(range(20)); 
for i in range(0, 20, 3): s.discard(i)
print(s, s.pop(), s.pop())
# expect: False True False True True True True
# expect: True a
# expect: zip() argument 2 is longer than argument 1
# expect: zip() argument 2 is shorter than argument 1
# expect: zip() argument 3 is shorter than arguments 1-2
# expect: [(1, 3), (2, 4)]
# expect: FileNotFoundError [Errno 2] No such file (2, 'No such file')
# expect: PermissionError [Errno 13] denied (13, 'denied')
# expect: FileExistsError [Errno 17] exists (17, 'exists')
# expect: ProcessLookupError [Errno 3] nope (3, 'nope')
# expect: OSError [Errno 99] other (99, 'other')
# expect: OSError x ('x',)
# expect: FileNotFoundError [Errno 2] x: 'f.txt'
# expect: {'a'} ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q'] [('a', 1)]
# expect: ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)] ['c', 'b', 'a']
# expect: True True True
# expect: set_name C x
# expect: set_name C y
# expect: value of x value of y
# expect: {'b': 2, 'c': 3} None
# expect: 2 {3}
# expect: {4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19} 1 2
