# 10,000 threads started and joined one after another; resident memory after the first
# 1,000 and after all of them (Linux /proc).
import threading, time

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

done = []
start = time.perf_counter()
for i in range(10_000):
    t = threading.Thread(target=done.append, args=(i,))
    t.start()
    t.join()
    if i == 999:
        print("rss_after_1000_kb", rss_kb())
print("rss_after_10000_kb", rss_kb())
print("finished", len(done), "alive", threading.active_count())
print("seconds", time.perf_counter() - start)
