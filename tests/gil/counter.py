# Two threads increment a global N times each, with or without a Lock around it.
# Usage: counter.py N unlocked|locked. Prints total= and expected=.
import sys
import threading

N = int(sys.argv[1])
LOCKED = sys.argv[2] == "locked"
counter = 0
lock = threading.Lock()

def unlocked():
    global counter
    for _ in range(N):
        counter += 1

def locked():
    global counter
    for _ in range(N):
        with lock:
            counter += 1

threads = [threading.Thread(target=locked if LOCKED else unlocked) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total=%d" % counter)
print("expected=%d" % (2 * N))
