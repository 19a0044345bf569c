# functools: cached_property (incl. subclass, del, override), singledispatch (annotation/explicit/MRO dispatch, registry), singledispatchmethod, partialmethod, total_ordering, cache
import functools
from functools import cached_property, singledispatch, singledispatchmethod, partialmethod, total_ordering, cache

class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        """The area."""
        self.calls += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.calls)
print('area' in c.__dict__, c.__dict__['area'])
del c.area
print(c.area, c.calls)
c.area = 99
print(c.area)
print(type(Circle.area).__name__, Circle.area.__doc__)

class Sub(Circle):
    pass

s = Sub(3)
print(s.area, s.area, s.calls)

@singledispatch
def show(obj):
    return f"object {obj!r}"

@show.register
def _(obj: int):
    return f"int {obj}"

@show.register(list)
def _(obj):
    return f"list of {len(obj)}"

def show_float(obj):
    return f"float {obj:.2f}"
show.register(float, show_float)

class MyInt(int):
    pass

print(show(1), show(MyInt(5)), show([1, 2]), show(2.5), show("s"), show(True))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(str) is show.registry[object])
print(sorted(k.__name__ for k in show.registry.keys()))
print(show.__name__)
try:
    show()
except TypeError as e:
    print(e)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"

    @fmt.register(str)
    def _(self, arg):
        return f"str {arg.upper()}"

f = Formatter()
print(f.fmt(3), f.fmt("hi"), f.fmt(1.5))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().misses)
# expect: 12 12 1
# expect: True 12
# expect: 12 2
# expect: 99
# expect: cached_property The area.
# expect: 27 27 1
# expect: int 1 int 5 list of 2 float 2.50 object 's' int True
# expect: True True
# expect: ['float', 'int', 'list', 'object']
# expect: show
# expect: show requires at least 1 positional argument
# expect: int 3 str HI ? 1.5
# expect: True
# expect: False
# expect: True True False
# expect: 1548008755920 61
