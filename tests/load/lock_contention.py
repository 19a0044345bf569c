# 200 threads contend on one Lock for 100,000 increments in all.
import threading, time

THREADS, EACH = 200, 500
counter = 0
lock = threading.Lock()

def work():
    global counter
    for _ in range(EACH):
        with lock:
            counter += 1

start = time.perf_counter()
threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, "expected", THREADS * EACH)
print("seconds", time.perf_counter() - start)
