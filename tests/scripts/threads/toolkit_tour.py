# threading toolkit tour: Barrier (action, abort, reset, timeout), Timer, semaphores, errors, excepthook, local, Event, Condition.wait_for, RLock
import threading, time
b = threading.Barrier(3, action=lambda: print("action"), timeout=5)
out = []
def w(i):
    idx = b.wait()
    out.append(idx)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2)
def w2():
    try: b2.wait()
    except threading.BrokenBarrierError: print("broken in thread")
t = threading.Thread(target=w2); t.start(); time.sleep(0.05); b2.abort(); t.join()
print(b2.broken); b2.reset(); print(b2.broken)
try: threading.Barrier(2, timeout=0.05).wait()
except threading.BrokenBarrierError as e: print("timeout broken", repr(e))
tm = threading.Timer(0.05, print, args=("timer fired",)); tm.start(); tm.join()
tm2 = threading.Timer(10, print, args=("never",)); tm2.start(); tm2.cancel(); tm2.join(); print("cancelled", tm2.finished.is_set())
s = threading.BoundedSemaphore(2); s.acquire(); s.release()
try: s.release()
except ValueError as e: print(e)
s3 = threading.Semaphore(0); print(s3.acquire(timeout=0.01), s3.acquire(blocking=False))
try: threading.Semaphore(-1)
except ValueError as e: print(e)
print(threading.TIMEOUT_MAX)
t = threading.Thread(target=lambda: None, name="x"); 
try: t.join()
except RuntimeError as e: print(e)
t.start(); 
try: t.start()
except RuntimeError as e: print(e)
t.join()
print(repr(threading.current_thread()).split(" ")[0], threading.main_thread().name)
def hook(args): print("hook", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
t = threading.Thread(target=lambda: 1/0, name="bad"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
loc = threading.local(); loc.x = 1
def lw(): 
    loc.x = 2; print("thread x", loc.x)
t = threading.Thread(target=lw); t.start(); t.join(); print("main x", loc.x)
e = threading.Event(); print(e.wait(0.01), e.is_set()); e.set(); print(e.wait(), e.is_set()); e.clear(); print(e.is_set())
c = threading.Condition()
res = []
def cw():
    with c:
        r = c.wait_for(lambda: res, timeout=2); print("wait_for", r)
t = threading.Thread(target=cw); t.start(); time.sleep(0.02)
with c: res.append(1); c.notify_all()
t.join()
with c: print("wait timeout", c.wait(0.01))
rl = threading.RLock(); rl.acquire(); rl.acquire(); rl.release(); rl.release()
try: rl.release()
except RuntimeError as e: print(e)
print(type(threading.get_native_id()).__name__, threading.active_count(), len(threading.enumerate()))
t = threading.Thread(target=lambda: None); print(t.name.startswith("Thread-"), t.daemon)
t2 = threading.Thread(target=print, name="n", daemon=True); print(t2.daemon, t2.ident)
# expect: action
# expect: [0, 1, 2] 3 0 False
# expect: broken in thread
# expect: True
# expect: False
# expect: timeout broken BrokenBarrierError()
# expect: timer fired
# expect: cancelled True
# expect: Semaphore released too many times
# expect: False False
# expect: semaphore initial value must be >= 0
# expect: 9223372036.0
# expect: cannot join thread before it is started
# expect: threads can only be started once
# expect: <_MainThread(MainThread, MainThread
# expect: hook ZeroDivisionError division by zero bad
# expect: thread x 2
# expect: main x 1
# expect: False False
# expect: True True
# expect: False
# expect: wait_for [1]
# expect: wait timeout False
# expect: cannot release un-acquired lock
# expect: int 1 1
# expect: True False
# expect: True None
