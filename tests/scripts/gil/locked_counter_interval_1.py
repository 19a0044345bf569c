# gilpy-only
# args: --switch-interval 1
# Even with a switch after every instruction, a Lock around the read-modify-write makes
# the total exact.
import threading

N = 3000
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
print(counter)                      # expect: 6000
