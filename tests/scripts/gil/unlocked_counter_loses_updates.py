# gilpy-only
# args: --switch-interval 1
# With a switch allowed after every instruction, two threads running the unlocked
# `counter += 1` (LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL) overwrite each
# other's updates. The exact total depends on gilpy's instruction counts, so only the
# shortfall is checked here; tests/gil.rs checks that it is the same on every run.
import threading

N = 10000
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
print(counter < 2 * N)              # expect: True
print(counter > 0)                  # expect: True
