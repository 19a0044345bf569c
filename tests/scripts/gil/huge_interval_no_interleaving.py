# gilpy-only
# args: --switch-interval 1000000000
# With nothing blocking inside the loops and an interval longer than the program, the
# first thread to enter its loop finishes it before the other gets the GIL: the log
# changes hands exactly once.
import threading

log = []

def record(tag):
    for _ in range(2000):
        log.append(tag)

threads = [threading.Thread(target=record, args=(tag,)) for tag in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
changes = sum(1 for a, b in zip(log, log[1:]) if a != b)
print(len(log), changes)            # expect: 4000 1
