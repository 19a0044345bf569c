# `from X import Y` and `from X import Y as Z` bind names directly.
from time import sleep
from time import perf_counter as clock
from threading import Thread as T, Lock
sleep(0)
print(callable(clock), T.__name__)  # expect: True Thread
lock = Lock()
print(lock.acquire(), lock.locked())  # expect: True True
