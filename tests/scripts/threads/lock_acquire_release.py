# Lock.acquire: blocking, non-blocking and with a timeout; release; locked().
import threading
import time

lock = threading.Lock()
print(lock.locked())                # expect: False
print(lock.acquire())               # expect: True
print(lock.locked())                # expect: True
print(lock.acquire(False))          # expect: False
print(lock.acquire(blocking=False)) # expect: False
begin = time.perf_counter()
print(lock.acquire(timeout=0.05))   # expect: False
print(time.perf_counter() - begin >= 0.04)  # expect: True
lock.release()
print(lock.acquire(timeout=1))      # expect: True
lock.release()
lock.release()                      # expect runtime error: RuntimeError: release unlocked lock
