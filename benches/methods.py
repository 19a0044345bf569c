# Method calls and attribute access on instances.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self

    def value(self):
        return self.count

def run(n):
    c = Counter()
    for i in range(n):
        c.add(i).add(1)
    return c.value()

run(3_000_000)
