# Threads have names: given, or numbered "Thread-N (target)"; current_thread() tells
# a thread which it is.
import threading

def report():
    print("running in", threading.current_thread().name)

t = threading.Thread(target=report, name="worker")
print(t.name)                       # expect: worker
t.start()
t.join()                            # expect: running in worker
print(threading.current_thread().name)  # expect: MainThread
t.name = "renamed"
print(t.name, t.getName())          # expect: renamed renamed
auto = threading.Thread(target=report)
print(auto.name)                    # expect: Thread-1 (report)
plain = threading.Thread()
print(plain.name)                   # expect: Thread-2
