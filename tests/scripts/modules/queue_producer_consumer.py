# queue.Queue moves items between threads in order; task_done/join track completion.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 10)
        q.task_done()

t = threading.Thread(target=consumer)
t.start()
for i in range(10):
    q.put(i)
q.put(None)
q.join()
t.join()
print(results)        # expect: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
print(q.empty(), q.qsize())   # expect: True 0
try:
    q.get_nowait()
except queue.Empty:
    print("empty")    # expect: empty
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])   # expect: [2, 1, 0]
pq = queue.PriorityQueue()
for i in [5, 1, 4, 2, 3]:
    pq.put(i)
print([pq.get() for _ in range(5)])     # expect: [1, 2, 3, 4, 5]
