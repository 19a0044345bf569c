# `with lock:` acquires and releases, also when the block raises.
import threading

lock = threading.Lock()
with lock:
    print("inside", lock.locked())  # expect: inside True
print("outside", lock.locked())     # expect: outside False
try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released after raise:", not lock.locked())  # expect: released after raise: True
