# daemon defaults to the creating thread's flag (False from the main thread), can be
# given to the constructor or set before start().
import threading

print(threading.Thread().daemon)    # expect: False
print(threading.Thread(daemon=True).daemon)  # expect: True
t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.daemon, t.isDaemon())       # expect: True True
t.start()
t.join()
t.daemon = False                    # expect runtime error: RuntimeError: cannot set daemon status of active thread
