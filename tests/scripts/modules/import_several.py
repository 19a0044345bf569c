# `import X, Y` imports both; importing again returns the same module object.
import sys, threading
import sys as system
print(sys is system)                # expect: True
print(sys.argv)                     # expect: ['import_several.py']
print(threading.current_thread().name)  # expect: MainThread
print(type(sys.modules).__name__, "threading" in sys.modules)  # expect: dict True
