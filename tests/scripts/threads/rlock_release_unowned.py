# Releasing an RLock that the current thread does not hold is an error.
import threading
threading.RLock().release()         # expect runtime error: RuntimeError: cannot release un-acquired lock
