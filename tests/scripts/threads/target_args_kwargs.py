# Thread(target=..., args=..., kwargs=...) calls target(*args, **kwargs) in the new
# thread; join waits for it to finish.
import threading

results = []

def work(a, b, scale=1):
    results.append((a + b) * scale)

t1 = threading.Thread(target=work, args=(1, 2))
t2 = threading.Thread(target=work, args=(3,), kwargs={"b": 4, "scale": 10})
t1.start()
t1.join()
t2.start()
t2.join()
print(results)                      # expect: [3, 70]
t3 = threading.Thread(target=work, args=[5, 5])
t3.start()
t3.join()
print(results[-1])                  # expect: 10
