# A thread cannot join itself (it would wait forever).
import threading
threading.current_thread().join()   # expect runtime error: RuntimeError: cannot join current thread
