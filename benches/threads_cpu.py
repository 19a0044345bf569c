# Two CPU-bound threads vs the same work done sequentially, best of three runs each.
# Prints the ratio of the times, threaded / sequential: about 1.0 under a GIL (no
# parallel speed-up; true parallelism would give 0.5), more when hand-overs are costly.
# tests/gil.rs runs this too (rule 1).
import threading
import time

N = 1_000_000

def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

def sequential(n):
    work(n)
    work(n)

def threaded(n):
    threads = [threading.Thread(target=work, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

def best_time(f, n):
    times = []
    for _ in range(3):
        begin = time.perf_counter()
        f(n)
        times.append(time.perf_counter() - begin)
    return min(times)

work(N // 10)  # warm-up: the first run of a loop is slower
print("threaded/sequential=%.3f" % (best_time(threaded, N) / best_time(sequential, N)))
