# A thread can be started only once, and joined only after it started.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)                        # expect: cannot join thread before it is started
t.start()
t.join()
t.start()                           # expect runtime error: RuntimeError: threads can only be started once
