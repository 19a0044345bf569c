# collections.deque: both ends after many pops and appends, maxlen trimming from either side, the middle methods after popleft
from collections import deque
d = deque()
for i in range(100):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
for _ in range(40):
    d.popleft()
print(len(d), d[0], d[-1], d[10], list(d)[:5])
d.rotate(3); print(list(d)[:5], d.index(50), 50 in d, d.count(0))
d.rotate(-5); print(list(d)[:5])
del d[2]; d[0] = 'x'; d.insert(1, 'y'); d.remove(60)
print(list(d)[:6], len(d))
b = deque(range(10), maxlen=5)
print(b, b.maxlen)
b.appendleft(-1); print(b)
b.append(99); print(b)
b.extendleft([7, 8]); print(b)
b.extend(range(3)); print(b)
e = deque()
for i in range(1000):
    e.appendleft(i)
print(e[0], e[-1], len(e), sum(e))
while e:
    e.pop()
    if e: e.popleft()
print(e, bool(e), len(e))
try: e.popleft()
except IndexError as ex: print(ex)
try: e.pop()
except IndexError as ex: print(ex)
f = deque([1, 2, 3]); f.popleft(); g = f.copy(); g.appendleft(0)
print(f, g, f == deque([2, 3]), f + g, list(reversed(g)))
f += [4, 5]; print(f); f.reverse(); print(f); f.clear(); print(f)
big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
print(total)
# expect: 94 6 99 16 [6, 7, 8, 9, 10]
# expect: [97, 98, 99, 6, 7] 47 True 0
# expect: [8, 9, 10, 11, 12]
# expect: ['x', 'y', 9, 11, 12, 13] 93
# expect: deque([5, 6, 7, 8, 9], maxlen=5) 5
# expect: deque([-1, 5, 6, 7, 8], maxlen=5)
# expect: deque([5, 6, 7, 8, 99], maxlen=5)
# expect: deque([8, 7, 5, 6, 7], maxlen=5)
# expect: deque([6, 7, 0, 1, 2], maxlen=5)
# expect: 999 0 1000 499500
# expect: deque([]) False 0
# expect: pop from an empty deque
# expect: pop from an empty deque
# expect: deque([2, 3]) deque([0, 2, 3]) True deque([2, 3, 0, 2, 3]) [3, 2, 0]
# expect: deque([2, 3, 4, 5])
# expect: deque([5, 4, 3, 2])
# expect: deque([])
# expect: 4999950000
