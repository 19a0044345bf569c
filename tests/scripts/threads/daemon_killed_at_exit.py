# The program ends when only daemon threads are left, taking them with it: the daemon
# never gets to print, and the script does not wait 30 seconds.
import threading
import time

def background():
    time.sleep(30)
    print("daemon survived")

threading.Thread(target=background, daemon=True).start()
print("main done")                  # expect: main done
