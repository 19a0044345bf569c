# Calling run() directly runs the target in the CURRENT thread; only start() makes a
# new one.
import threading

def where():
    print(threading.current_thread().name)

t = threading.Thread(target=where, name="never-started")
t.run()                             # expect: MainThread
print(t.is_alive())                 # expect: False
