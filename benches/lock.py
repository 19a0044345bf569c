# Lock throughput: acquire/release pairs, first uncontended in one thread, then two
# threads contending for one lock. Timed as a whole by the runner.
import threading

lock = threading.Lock()
N = 900_000

def uncontended(n):
    for _ in range(n):
        lock.acquire()
        lock.release()

counter = 0

def contended(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

uncontended(N)
threads = [threading.Thread(target=contended, args=(N // 2,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == N
