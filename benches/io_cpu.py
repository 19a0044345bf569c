# The convoy effect: an I/O-bound thread (many short blocking calls) next to a CPU-bound
# one. Counts the blocking calls completed in 0.4 s alone and in 0.4 s beside a
# computing thread, and prints the percentage retained. In CPython 3.11 every blocking
# call costs the I/O thread a 5 ms wait for the GIL afterwards, so it keeps a few
# percent; gilpy should keep most of it.
import threading
import time

PERIOD = 0.4
stop = False

def io_ops():
    count = 0
    end = time.perf_counter() + PERIOD
    while time.perf_counter() < end:
        time.sleep(0.0001)
        count += 1
    return count

def spin():
    n = 0
    while not stop:
        n += 1

alone = io_ops()
cpu = threading.Thread(target=spin)
cpu.start()
beside_cpu = io_ops()
stop = True
cpu.join()
print("io_retained_pct=%.1f" % (100.0 * beside_cpu / alone))
