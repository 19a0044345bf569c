# `from X import *` binds every public name of X.
from time import *
t = time()
sleep(0.001)
print(time() > t)                   # expect: True
print(callable(perf_counter))       # expect: True
