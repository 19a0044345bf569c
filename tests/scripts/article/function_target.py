# From the article (shared/seed/python-concurrency.txt), verbatim between the header
# and the expectations at the end.
# gilpy-only: the first two lines come from two threads. CPython usually prints them in
# this order too, but on a loaded machine its 5 ms GIL drop request can let the second
# thread print first; gilpy's FIFO hand-off fixes the order (DESIGN.md, rules 5 and 6).

import time
import threading

def task_one(param1, param2):
    print(param1)
    time.sleep(2)
    print(param2)

def task_two():
    print('Second task - part 1')
    time.sleep(4)
    print('Second task - part 2')

if __name__ == '__main__':
    worker1 = threading.Thread(target=task_one, args=('Task 1 - Part 1', 'Task 1 - Part 2',))
    worker2 = threading.Thread(target=task_two)

    # Set as daemon thread - will terminate when main thread ends
    worker2.setDaemon(True)

    worker1.start()
    worker2.start()

    start_time = time.time()
    # Block main thread until worker1 completes
    worker1.join()
    end_time = time.time()
    print('Program completed. Thread blocking time: {}'.format(round(end_time-start_time, 2)))

# The daemon worker2 is still sleeping when the program ends, so "Second task - part 2"
# never appears. The blocking time is about 2 s; its last digit depends on the machine.
# expect: Task 1 - Part 1
# expect: Second task - part 1
# expect: Task 1 - Part 2
# expect matches: Program completed\. Thread blocking time: [12]\.\d+
