# concurrent.futures: ThreadPoolExecutor (map, submit, as_completed, shutdown, names, default
# max_workers), Future (result/exception/cancel/callbacks/timeouts), wait() modes, errors.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading, time

def square(n):
    time.sleep(0.01 * (n % 3))
    return n * n

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = {ex.submit(square, i): i for i in range(6)}
    print(sorted((futs[f], f.result()) for f in as_completed(futs)))
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.done(), f.cancelled(), f.exception(), repr(f).split(" state=")[1])

def boom(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    f = ex.submit(boom, 7)
    try:
        f.result()
    except ValueError as e:
        print("caught", e, type(f.exception()).__name__, repr(f).split(" state=")[1])
    names = set(ex.map(lambda _: threading.current_thread().name, range(8)))
    print(sorted(names) and all(n.startswith("pool_") for n in names))

ex = ThreadPoolExecutor(max_workers=1)
slow = ex.submit(time.sleep, 0.2)
queued = [ex.submit(square, i) for i in range(3)]
time.sleep(0.05)  # let the worker start the slow call
print(queued[0].cancel(), queued[0].cancelled(), slow.cancel(), slow.running() or slow.done())
done, not_done = wait([slow] + queued[1:], return_when=FIRST_COMPLETED)
print(slow in done, len(done) >= 1)
done, not_done = wait(queued[1:], return_when=ALL_COMPLETED)
print(len(done), len(not_done), [f.result() for f in queued[1:]])
try:
    queued[0].result()
except concurrent.futures.CancelledError:
    print("CancelledError")
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(time.sleep, 0.5), ex.submit(boom, 1)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    try:
        ex.submit(time.sleep, 1).result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        print("timed out", concurrent.futures.TimeoutError is TimeoutError)
    try:
        list(ex.map(time.sleep, [0.3], timeout=0.05))
    except TimeoutError:
        print("map timed out")

calls = []
f = concurrent.futures.Future()
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result(42)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls)
try:
    f.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (__import__("os").cpu_count() or 1) + 4))
r = ex.submit(lambda: "not shut down")
print(r.result())
# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: [(0, 0), (1, 1), (2, 4), (3, 9), (4, 16), (5, 25)]
# expect: 1024 True False None finished returned int>
# expect: caught bad 7 ValueError finished raised ValueError>
# expect: True
# expect: True True False True
# expect: True True
# expect: 2 0 [1, 4]
# expect: CancelledError
# expect: cannot schedule new futures after shutdown
# expect: 1 1
# expect: timed out True
# expect: map timed out
# expect: [42, 'late']
# expect: InvalidStateError FINISHED
# expect: max_workers must be greater than 0
# expect: True
# expect: not shut down
