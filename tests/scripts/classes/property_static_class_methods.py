# property with setter, staticmethod and classmethod.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._degrees = value

    @staticmethod
    def describe():
        return "a temperature"

    @classmethod
    def unit(cls):
        return cls.scale

t = Temperature(20)
t.degrees = 25
print(t.degrees)                     # expect: 25
print(Temperature.describe(), t.describe())   # expect: a temperature a temperature
print(Temperature.unit(), t.unit())  # expect: C C
try:
    t.degrees = -300
except ValueError as e:
    print("error:", e)               # expect: error: below absolute zero
t.degrees = -500                     # expect runtime error: ValueError: below absolute zero
