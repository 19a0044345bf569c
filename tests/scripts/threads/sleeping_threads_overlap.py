# time.sleep releases the GIL: five threads sleeping 0.3 s each finish in well under the
# 1.5 s they would take one after another.
import threading
import time

begin = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.3,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - begin
print(elapsed >= 0.29, elapsed < 1.2)  # expect: True True
