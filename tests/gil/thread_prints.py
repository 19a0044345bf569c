# Rule 4: print releases the GIL around its writes, so two threads' output may
# interleave, but nothing is lost or corrupted. Each thread prints its letter 300 times.
import threading

def shout(letter):
    for _ in range(300):
        print(letter)

threads = [threading.Thread(target=shout, args=(c,)) for c in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
