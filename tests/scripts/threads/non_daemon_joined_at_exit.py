# At exit the main thread waits for non-daemon threads even when nobody joins them.
import threading
import time

def late():
    time.sleep(0.3)
    print("worker finished")

threading.Thread(target=late).start()
print("main reached the end")
# expect: main reached the end
# expect: worker finished
