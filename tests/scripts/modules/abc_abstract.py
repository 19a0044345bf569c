# abc: ABC and ABCMeta refuse to instantiate classes with abstract methods (also abstract properties), subclasses that implement them work
import abc
class Shape2(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape2):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
for cls in (Shape2, Sq):
    try: cls(2)
    except TypeError as e: print(e)
print(Full(3).describe(), Full(3).perimeter(), isinstance(Full(1), Shape2), type(Shape2))
class Base(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def name(self): ...
try: Base()
except TypeError as e: print(e)
# expect: Shape2() takes no arguments
# expect: Can't instantiate abstract class Sq with abstract method perimeter
# expect: Full with area 9 12 True <class 'abc.ABCMeta'>
# expect: Can't instantiate abstract class Base with abstract method name
