# print and str() use __str__ (falling back to __repr__); containers show their items'
# __repr__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Named(Point):
    def __str__(self):
        return "a point at %s,%s" % (self.x, self.y)

p = Point(1, 2)
print(p)                            # expect: Point(1, 2)
print([p, Point("a", 3)])           # expect: [Point(1, 2), Point('a', 3)]
n = Named(3, 4)
print(n)                            # expect: a point at 3,4
print(str(n), repr(n))              # expect: a point at 3,4 Point(3, 4)
print([n])                          # expect: [Point(3, 4)]
print("%s / %r" % (n, n))           # expect: a point at 3,4 / Point(3, 4)
print("{} {!r}".format(n, n))       # expect: a point at 3,4 Point(3, 4)
