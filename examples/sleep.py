# Blocking calls release the GIL.
#
#   cargo run --release -- examples/sleep.py
#
# Five threads each sleep for one second. time.sleep hands the GIL over before it
# blocks and queues for it again after, so the sleeps overlap: the whole program takes
# about one second, not five. This is why threads help I/O-bound programs even under a
# GIL.
import threading
import time

N = 5

woke = []  # one append is a single call into native code: no lock needed

def nap(i):
    time.sleep(1)
    woke.append((i, time.perf_counter() - begin))

begin = time.perf_counter()
threads = [threading.Thread(target=nap, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - begin
for i, at in sorted(woke):
    print("thread %d woke after %.2f s" % (i, at))
print("%d threads slept 1 s each; total %.2f s (sequentially: %d s)" % (N, elapsed, N))
