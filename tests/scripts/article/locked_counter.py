# From the article (shared/seed/python-concurrency.txt), verbatim between the header
# and the expectations at the end.

"""
Locking ensures that a computation and assignment operation completes before yielding resources
---
Thread locking is conceptually similar to transaction locks in databases, making potentially unsafe operations atomic
"""
import threading
lock = threading.Lock()  # Create a lock
counter = 0

def increment():
    global counter
    for i in range(1000000):
        lock.acquire()  # Acquire lock
        counter += 1
        lock.release()  # Release lock

def decrement():
    global counter
    for i in range(1000000):
        lock.acquire()
        counter -= 1
        lock.release()

if __name__ == '__main__':
    print('Starting')
    t1 = threading.Thread(target=increment)
    t2 = threading.Thread(target=decrement)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(counter)
    print('Completed')

# Two million lock operations; the lock makes every update count.
# expect: Starting
# expect: 0
# expect: Completed
