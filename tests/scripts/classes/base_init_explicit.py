# Calling Base.__init__(self, ...) explicitly, the style the article's WorkerThread uses.
class Base:
    def __init__(self, x):
        self.x = x

class Derived(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

d = Derived(1, 2)
print(d.x, d.y)                     # expect: 1 2

class NoInit(Base):
    pass

print(NoInit(7).x)                  # expect: 7
