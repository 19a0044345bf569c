# Special methods make instances work with operators and built-ins.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

v = Vec(1, 2) + Vec(3, 4)
print(v)                            # expect: Vec(4, 6)
print(v * 2)                        # expect: Vec(8, 12)
print(v == Vec(4, 6), v != Vec(0, 0))  # expect: True True
print(len(v), v[0], v[1])           # expect: 2 4 6
