# Wake-up latency: how late a thread sleeping 10 ms at a time gets back to running
# while another thread computes. Prints the median lateness in milliseconds. CPython
# 3.11 makes the woken thread wait for its 5 ms switch interval; gilpy hands the GIL over
# within one slice of instructions (DESIGN.md, rule 6). tests/gil.rs runs this too.
import threading
import time

stop = False

def spin():
    n = 0
    while not stop:
        n += 1

lateness = []

def sleeper():
    for _ in range(60):
        begin = time.perf_counter()
        time.sleep(0.01)
        lateness.append(time.perf_counter() - begin - 0.01)

cpu = threading.Thread(target=spin)
cpu.start()
s = threading.Thread(target=sleeper)
s.start()
s.join()
stop = True
cpu.join()
lateness.sort()
print("median_wakeup_ms=%.3f" % (lateness[len(lateness) // 2] * 1000))
