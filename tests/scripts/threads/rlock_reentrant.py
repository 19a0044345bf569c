# An RLock can be acquired again by the thread that holds it; it is free only after as
# many releases as acquires.
import threading

rlock = threading.RLock()

def nested(depth):
    with rlock:
        if depth:
            return nested(depth - 1)
        return "reached the bottom"

print(nested(3))                    # expect: reached the bottom
print(rlock.acquire(), rlock.acquire())  # expect: True True
rlock.release()

other = []
t = threading.Thread(target=lambda: other.append(rlock.acquire(blocking=False)))
t.start()
t.join()
print(other)                        # expect: [False]
rlock.release()
t = threading.Thread(target=lambda: other.append(rlock.acquire(blocking=False)))
t.start()
t.join()
print(other)                        # expect: [False, True]
