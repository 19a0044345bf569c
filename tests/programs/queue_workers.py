# From the article (shared/seed/python-concurrency.txt), verbatim below this header.
# run() calls self.process_tasks, which is a module-level function, so every
# worker dies with AttributeError and main then spins forever waiting for the queue to
# empty. tests/cli.rs checks exactly that behaviour, which is CPython's.

import queue
import threading
import time

termination_flag = 0

class WorkerThread(threading.Thread):
    def __init__(self, thread_id, name, task_queue):
        threading.Thread.__init__(self)
        self.thread_id = thread_id
        self.name = name
        self.task_queue = task_queue
        
    def run(self):
        print("Starting thread: " + self.name)
        self.process_tasks(self.name, self.task_queue)
        print("Exiting thread: " + self.name)

def process_tasks(thread_name, task_queue):
    while not termination_flag:
        queue_lock.acquire()
        if not task_queue.empty():
            data = task_queue.get()
            queue_lock.release()
            print("%s processing %s" % (thread_name, data))
        else:
            queue_lock.release()
        time.sleep(1)

thread_list = ["Worker-1", "Worker-2", "Worker-3"]
task_list = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]
queue_lock = threading.Lock()
task_queue = queue.Queue(10)
threads = []
thread_id = 1

# Create new threads
for t_name in thread_list:
    thread = WorkerThread(thread_id, t_name, task_queue)
    thread.start()
    threads.append(thread)
    thread_id += 1

# Populate queue
queue_lock.acquire()
for item in task_list:
    task_queue.put(item)
queue_lock.release()

# Wait for queue to empty
while not task_queue.empty():
    pass

# Signal threads to exit
termination_flag = 1

# Wait for all threads to complete
for t in threads:
    t.join()
print("Main thread exiting")
