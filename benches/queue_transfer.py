# queue.Queue throughput: a producer thread puts items, a consumer thread gets them.
# Timed as a whole by the runner. (Not named queue.py: that would shadow the module.)
import queue
import threading

N = 200_000
q = queue.Queue(maxsize=1000)

def producer():
    for i in range(N):
        q.put(i)
    q.put(None)

def consumer():
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    assert total == N * (N - 1) // 2

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
