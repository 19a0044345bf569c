# gilpy-only
# args: --switch-interval 1
# Two computing threads at interval 1 take turns all the time: their entries in a
# shared log alternate many times.
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
print(len(log), changes > 100)      # expect: 4000 True
