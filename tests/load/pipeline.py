# A pipeline of 4 threads joined by queues moves 100,000 items: none may be lost.
import queue, threading, time

N = 100_000
STOP = object()
q1, q2, q3 = queue.Queue(maxsize=100), queue.Queue(maxsize=100), queue.Queue()

def produce():
    for i in range(N):
        q1.put(i)
    q1.put(STOP)

def stage(src, dst, f):
    while True:
        item = src.get()
        if item is STOP:
            dst.put(STOP)
            return
        dst.put(f(item))

results = []
def consume():
    while True:
        item = q3.get()
        if item is STOP:
            return
        results.append(item)

start = time.perf_counter()
threads = [
    threading.Thread(target=produce),
    threading.Thread(target=stage, args=(q1, q2, lambda x: x * 2)),
    threading.Thread(target=stage, args=(q2, q3, lambda x: x + 1)),
    threading.Thread(target=consume),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("items", len(results), "sum", sum(results), "expected", N * N, "in order", results == sorted(results))
print("seconds", time.perf_counter() - start)
