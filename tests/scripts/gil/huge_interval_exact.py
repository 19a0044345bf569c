# gilpy-only
# args: --switch-interval 1000000000
# A thread hands the GIL over only when its interval has run out or it blocks; with an
# interval longer than the program, each thread runs its loop to the end undisturbed
# and the unlocked counter is exact.
import threading

N = 100000
counter = 0

def increment():
    global counter
    for _ in range(N):
        counter += 1

threads = [threading.Thread(target=increment) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)                      # expect: 200000
