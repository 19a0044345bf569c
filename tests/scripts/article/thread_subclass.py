# From the article (shared/seed/python-concurrency.txt), verbatim between the header
# and the expectations at the end.
# gilpy-only: the first two lines come from two threads. CPython usually prints them in
# this order too, but on a loaded machine its 5 ms GIL drop request can let the second
# thread print first; gilpy's FIFO hand-off fixes the order (DESIGN.md, rules 5 and 6).

"""
Alternative threading approach: Inheriting from Thread class
---
Suitable for more complex threading implementations
"""
import time
import threading

class CustomThread1(threading.Thread):
    def __init__(self, params, name):
        super().__init__(name=name)  # Set thread name
        self.param1 = params[0]
        self.param2 = params[1]

    def run(self):
        print(self.param1)
        time.sleep(2)
        print(self.param2)

class CustomThread2(threading.Thread):
    def run(self):
        print('Alternative thread - part 1')
        time.sleep(4)
        print('Alternative thread - part 2')

if __name__ == '__main__':
    worker1 = CustomThread1(('First parameter', 'Second parameter'), 'custom_thread_1')
    worker2 = CustomThread2()

    # Set as daemon thread - will terminate when other threads end
    worker2.setDaemon(True)

    worker1.start()
    worker2.start()

    start_time = time.time()
    # Block main thread until worker1 completes
    worker1.join()
    end_time = time.time()
    print('Program completed. Thread blocking time: {}'.format(round(end_time - start_time, 2)))

# expect: First parameter
# expect: Alternative thread - part 1
# expect: Second parameter
# expect matches: Program completed\. Thread blocking time: [12]\.\d+
