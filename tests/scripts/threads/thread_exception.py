# An exception escaping a thread is reported on stderr as "Exception in thread NAME:"
# with its traceback; the thread ends, and the rest of the program goes on.
import threading

def fail():
    raise ValueError("boom in thread")

t = threading.Thread(target=fail, name="doomed")
t.start()
t.join()
print("main continues", t.is_alive())  # expect: main continues False
# expect stderr: Exception in thread doomed:
# expect stderr: Traceback (most recent call last):
# expect stderr: ValueError: boom in thread
