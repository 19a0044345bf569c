# main_thread(), current_thread(), get_ident() and active_count() agree with each other.
import threading

main = threading.main_thread()
print(main is threading.current_thread(), main.name)  # expect: True MainThread
seen = {}

def record():
    seen["ident"] = threading.get_ident()
    seen["current"] = threading.current_thread()
    seen["count"] = threading.active_count()

t = threading.Thread(target=record)
t.start()
t.join()
print(seen["current"] is t, seen["ident"] == t.ident)  # expect: True True
print(t.ident != threading.get_ident())  # expect: True
print(seen["count"], threading.active_count())  # expect: 2 1
print(type(t.ident).__name__)       # expect: int
print(t in threading.enumerate(), main in threading.enumerate())  # expect: False True
