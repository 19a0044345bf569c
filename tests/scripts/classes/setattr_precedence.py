# __setattr__/__delattr__ defined in Python run before properties; object.__setattr__ honours them.
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 10
    @property
    def ro(self): return "ro"
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
p = P()
p.x = 4
print(p.x, p._x)
for stmt in ["p.ro = 1", "del p.ro", "del p._x", "del p._x", "p.y = 2; del p.y; print(hasattr(p, 'y'))"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "->", e)
class Q:
    def __delattr__(self, name):
        raise AttributeError("no deleting " + name)
q = Q(); q.a = 1
try:
    del q.a
except AttributeError as e:
    print(e, q.a)
# expect: setattr _x 0
# expect: setattr x 4
# expect: setattr _x 40
# expect: 40 40
# expect: setattr ro 1
# expect: p.ro = 1 -> property 'ro' of 'P' object has no setter
# expect: delattr ro
# expect: del p.ro -> property 'ro' of 'P' object has no deleter
# expect: delattr _x
# expect: del p._x ok
# expect: delattr _x
# expect: del p._x -> 'P' object has no attribute '_x'
# expect: setattr y 2
# expect: delattr y
# expect: False
# expect: p.y = 2; del p.y; print(hasattr(p, 'y')) ok
# expect: no deleting a 1
