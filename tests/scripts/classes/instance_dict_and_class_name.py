# Instances keep their attributes in __dict__, in assignment order.
class Box:
    kind = "box"
    def __init__(self):
        self.width = 1
        self.height = 2

b = Box()
print(b.__dict__)                   # expect: {'width': 1, 'height': 2}
print(Box.__name__, b.__class__.__name__)  # expect: Box Box
print(type(b) is Box)               # expect: True
