# Computing threads do not run in parallel.
#
#   cargo run --release -- examples/cpu.py
#   cargo run --release -- --switch-interval 1 examples/cpu.py
#
# The same work twice: first one piece after the other in the main thread, then the two
# pieces in two threads at once. Only the thread holding the GIL executes bytecode, so
# the threaded run takes as long as the sequential one (ratio about 1.0, where two cores
# running in parallel would give 0.5). At interval 1 the threaded run is much slower:
# the GIL changes hands after every instruction, and each hand-over costs a few
# microseconds, more than the instruction itself.
import threading
import time

N = 200_000

def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total

work(N // 10)  # warm up, so the first measured loop is not the slow one

begin = time.perf_counter()
work(N)
work(N)
sequential = time.perf_counter() - begin

begin = time.perf_counter()
threads = [threading.Thread(target=work, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - begin

print("sequential: %.3f s" % sequential)
print("2 threads:  %.3f s" % threaded)
print("ratio threaded / sequential: %.2f" % (threaded / sequential))
