# __init__ sets up instance attributes; methods receive the instance as self.
class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value

c = Counter()
c.increment().increment(5)
print(c.get())                      # expect: 6
d = Counter(10)
print(d.value, c.value)             # expect: 10 6
m = d.increment
m()
print(d.get())                      # expect: 11
print(Counter.get(d))               # expect: 11
d.label = "added later"
print(d.label)                      # expect: added later
