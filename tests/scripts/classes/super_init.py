# super().__init__(...) runs the parent's initialiser on the same instance.
class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

s = Square(3)                       # expect: Shape.__init__ square
print(s.name, s.area())             # expect: square 9
