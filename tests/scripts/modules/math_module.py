# The math module's basic functions and constants.
import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1))  # expect: 4.0 2 3
print(round(math.pi, 5))            # expect: 3.14159
