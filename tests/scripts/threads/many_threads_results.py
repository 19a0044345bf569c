# Many threads, each writing its own slot: every result arrives, whatever the order.
import threading

results = [None] * 20

def square(i):
    results[i] = i * i

threads = [threading.Thread(target=square, args=(i,)) for i in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)                      # expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361]
print(threading.active_count())     # expect: 1
