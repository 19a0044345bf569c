# The same race, fixed with a Lock.
#
#   cargo run --release -- --switch-interval 1 examples/locked.py
#
# As in race.py two threads add 1 to a counter (50,000 times each here: every
# contended acquire costs hand-overs, and this should stay quick at interval 1), but the
# read-modify-write sits inside `with lock:`. The GIL may still change hands between
# any two instructions; a thread that finds the lock taken blocks (handing the GIL on)
# until the holder releases it, so no update is lost at any switch interval. Compare
# the running time with race.py: every contended acquire is a hand-off.
import threading

N = 50_000
counter = 0
lock = threading.Lock()

def increment():
    global counter
    for _ in range(N):
        with lock:
            counter += 1

threads = [threading.Thread(target=increment) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = 2 * N
print("expected", expected, "got", counter, "lost", expected - counter)
