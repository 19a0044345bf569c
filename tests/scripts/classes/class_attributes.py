# Class attributes are shared by all instances until an instance assigns its own.
class Config:
    retries = 3
    names = []

a = Config()
b = Config()
print(a.retries, b.retries)         # expect: 3 3
a.retries = 5
print(a.retries, b.retries, Config.retries)  # expect: 5 3 3
Config.retries = 9
print(a.retries, b.retries)         # expect: 5 9
a.names.append("shared")
print(b.names)                      # expect: ['shared']

class Tracker:
    created = 0
    def __init__(self):
        Tracker.created += 1

Tracker(); Tracker()
print(Tracker.created)              # expect: 2
