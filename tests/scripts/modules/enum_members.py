# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, aliases, auto, lookups and errors, tuple values with __init__, @unique, the functional API
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def favourite(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, f"{Color.BLUE}")
print(Color(2), Color["BLUE"], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED.describe(), Color.favourite())
print(Color, type(Color), isinstance(Color.RED, Color), type(Color.RED))
print(Color.__members__)
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e)
try: Color.RED in Color
except TypeError as e: print("TypeError", e)
d = {Color.RED: "r"}; print(d[Color.CRIMSON])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, f"{Num.TWO:>3}", sorted([Num.TWO, Num.ONE]), {1: "x"}[Num.ONE])
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print(list(Auto), Auto.C.value)
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y.upper(), S.X == "x")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), list(rw), Perm.R in rw, Perm.X in rw, repr(Perm(0)), bool(Perm(0)), repr(Perm(7)))
print(repr(rw & Perm.R), repr(~Perm.R))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in F])
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP.R | IP.W), IP.R | 2, int(IP.R))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal)
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(Shape.TRI, Shape(4))
for c in reversed(Color): print(c.name, end=" ")
print()
class Weekday(Enum):
    MON = 1
    TUE = 2
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next())
# expect: Color.RED <Color.RED: 1> RED 1 Color.BLUE
# expect: Color.GREEN Color.BLUE [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True
# expect: True True False RED is 1 Color.GREEN
# expect: <enum 'Color'> <class 'enum.EnumType'> True <enum 'Color'>
# expect: {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'BLUE': <Color.BLUE: 3>, 'CRIMSON': <Color.RED: 1>}
# expect: ValueError 7 is not a valid Color
# expect: KeyError 'PINK'
# expect: r
# expect: 1 <Num.TWO: 2> 2 True   2 [<Num.ONE: 1>, <Num.TWO: 2>] x
# expect: [<Auto.A: 1>, <Auto.B: 2>, <Auto.C: 3>] 3
# expect: x <S.X: 'x'> WHY True
# expect: <Perm.R|W: 6> Perm.R|W [<Perm.R: 4>, <Perm.W: 2>] True False <Perm: 0> False <Perm.R|W|X: 7>
# expect: <Perm.R: 4> <Perm.W|X: 3>
# expect: [1, 2, 4]
# expect: <IP.R|W: 6> 6 4
# expect: (5.976e+24, 6378140.0) 9.803 3.303e+23
# expect: duplicate values found in <enum 'Dup'>: B -> A
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>, <Animal.CAT: 3>] 2 <enum 'Animal'>
# expect: Shape.TRI Shape.SQUARE
# expect: BLUE GREEN RED 
# expect: Weekday.TUE Weekday.MON
