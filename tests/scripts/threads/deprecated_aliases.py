# The camelCase aliases still work and warn on stderr, worded as CPython 3.11 words it,
# pointing at the caller's line.
import threading

t = threading.Thread(target=print, name="worker")
t.setDaemon(True)
print(t.isDaemon(), t.getName())   # expect: True worker
t.setName("renamed")
print(t.name)                      # expect: renamed
# expect stderr:   t.setDaemon(True)
# expect stderr:   t.setName("renamed")
