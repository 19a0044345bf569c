# `import X` binds the module; its functions are attributes.
import time
start = time.time()
time.sleep(0.01)
print(type(start).__name__)         # expect: float
print(time.time() >= start)         # expect: True
t1 = time.perf_counter()
t2 = time.perf_counter()
print(t2 >= t1)                     # expect: True
print(type(time.monotonic()).__name__)  # expect: float
print(time.__name__)                # expect: time
