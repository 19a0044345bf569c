# threading.local keeps attributes per thread (a native object with one dict per thread).
import threading
data = threading.local()
data.name = "main"
results = {}
seen = []
def worker(n):
    # Collected, not printed: two threads printing at once may interleave their
    # writes (under CPython too).
    seen.append(hasattr(data, "name"))
    data.name = f"worker-{n}"
    data.count = n * 10
    results[n] = (data.name, data.count)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(seen)
print(sorted(results.items()), data.name, hasattr(data, "count"))
try:
    data.missing
except AttributeError as e:
    print(e)
del data.name
print(hasattr(data, "name"), type(data).__name__)
# expect: [False, False, False]
# expect: [(0, ('worker-0', 0)), (1, ('worker-1', 10)), (2, ('worker-2', 20))] main False
# expect: '_thread._local' object has no attribute 'missing'
# expect: False _local
