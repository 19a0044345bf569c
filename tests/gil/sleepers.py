# Rule 4: time.sleep releases the GIL, so 4 threads sleeping 0.5 s overlap.
import threading
import time

begin = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("elapsed=%f" % (time.perf_counter() - begin))
