# A data race you can see.
#
#   cargo run --release -- --switch-interval 1 examples/race.py
#   cargo run --release -- --switch-interval 1000000000 examples/race.py
#
# Two threads add 1 to a global counter 100,000 times each, with no lock. `counter += 1`
# is four instructions (see `gilpy --dis examples/race.py`): LOAD_GLOBAL, LOAD_CONST,
# BINARY_OP, STORE_GLOBAL. At interval 1 the GIL changes hands between them, so one
# thread stores a value the other has already overwritten and updates are lost: the
# total falls short, by the SAME amount on every run, because gilpy's hand-over order is
# deterministic. With a huge interval each thread runs its loop undisturbed and the
# total is exact. (CPython 3.10+ only switches at backward jumps and calls, so there
# this program prints the exact total almost always — the race is still there.)
import threading

N = 100_000
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

expected = 2 * N
print("expected", expected, "got", counter, "lost", expected - counter)
