# A Lock (unlike an RLock) may be released by a thread that did not acquire it, which
# makes it usable as a signal: the worker waits until main releases.
import threading

gate = threading.Lock()
gate.acquire()
events = []

def worker():
    gate.acquire()
    events.append("worker passed the gate")

t = threading.Thread(target=worker)
t.start()
events.append("main opens the gate")
gate.release()
t.join()
print(events)                       # expect: ['main opens the gate', 'worker passed the gate']
