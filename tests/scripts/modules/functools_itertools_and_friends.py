# functools, itertools, operator, heapq, bisect, string and contextlib, written in Python
# in stdlib/lib.
import functools, itertools, operator, heapq, bisect, string, contextlib
from functools import reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
p = partial(int, base=2); print(p("1010"), partial(pow, 2)(10))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner
@deco
def double_me(x):
    """Doubles."""
    return x
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
from itertools import count, cycle, repeat, accumulate, chain, islice, product, permutations, combinations, groupby, zip_longest, starmap, takewhile, dropwhile, pairwise, combinations_with_replacement
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(chain([1], (2, 3), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=2))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in groupby("aaabccd")], [(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))])
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(pairwise("abcd")))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("xyz"), operator.attrgetter("real")(3), operator.methodcaller("upper")("hi"), operator.abs(-2))
h = []
for x in [5, 1, 8, 3, 2]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3]))
data = [9, 4, 7, 1]; heapq.heapify(data); print(data)
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 5)); bisect.insort(a, 4); print(a)
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello big world"), len(string.punctuation))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
# expect: 10 120
# expect: 10 1024
# expect: 42 double_me Doubles. 3
# expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# expect: True True True 1
# expect: [3, 2, 1]
# expect: [10, 15, 20, 25] ['a', 'b', 'a', 'b', 'a'] ['x', 'x', 'x']
# expect: [1, 3, 6, 10] [1, 2, 6] [1, 2, 3, 'a', 'b'] [1, 2, 3]
# expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)] 9
# expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a'), ('a', 'b'), ('b', 'b')]
# expect: [('a', ['a', 'a', 'a']), ('b', ['b']), ('c', ['c', 'c']), ('d', ['d'])] [(1, 2), (2, 1), (3, 2)]
# expect: [('a', 1), ('b', '-'), ('c', '-')] [8, 9]
# expect: [1, 2] [3, 1] [('a', 'b'), ('b', 'c'), ('c', 'd')]
# expect: 6 ('x', 'z') 3 HI 2
# expect: [2, 3, 8, 5] 1 [2, 3, 8, 5] [8, 5] [1, 3]
# expect: [1, 4, 7, 9]
# expect: 1 3 3
# expect: [1, 3, 3, 4, 7]
# expect: abcde 0123456789 Hello Big World 32
# expect: <b>
# expect: inside B
# expect: </b>
# expect: suppressed
# expect: <i>
# expect: </i>
# expect: propagated boom
