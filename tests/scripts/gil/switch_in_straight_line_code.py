# gilpy-only
# args: --switch-interval 1
# A switch can fall between ANY two instructions, not only at backward jumps and calls
# as in CPython 3.10+: these increments have neither between them, yet two threads
# running them side by side lose updates. (The spin on `go` lines both threads up.)
import threading

go = False
counter = 0

def worker():
    global counter
    while not go:
        pass
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1
    counter += 1

threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
go = True
for t in threads:
    t.join()
print(counter < 20)                 # expect: True
