# is_alive() is true between start() and the end of run(); join(timeout) returns after
# at most the timeout, leaving the thread running.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.5,))
print(t.is_alive())                 # expect: False
t.start()
print(t.is_alive())                 # expect: True
begin = time.perf_counter()
t.join(0.05)
waited = time.perf_counter() - begin
print(t.is_alive(), waited < 0.4)   # expect: True True
t.join()
print(t.is_alive())                 # expect: False
t.join()
print("joining a finished thread returns at once")  # expect: joining a finished thread returns at once
