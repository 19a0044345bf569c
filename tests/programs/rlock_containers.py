# From the article (shared/seed/python-concurrency.txt), verbatim below this header.
# Loops forever by design; tests/cli.rs runs it briefly and checks it neither
# crashes nor exits.

from threading import Thread, RLock
from time import sleep

lock = RLock()
containers = [0 for _ in range(10)]  # 10 containers

def fill_container():
    for x in range(10):
        if containers[x] == 0:
            sleep(0.1)  # Filling container takes time
            containers[x] += 1
            return x

def fill_with_lock(L):
    while(True):
        if L.acquire(False):  # Open the container
            fill_container()
            L.release()  # Close the container

threads = [Thread(target=fill_with_lock, args=[lock]) for _ in range(10)]
for t in threads:
    t.start()
