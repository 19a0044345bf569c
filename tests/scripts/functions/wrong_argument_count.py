# Calling with the wrong number of arguments raises TypeError with CPython's wording.
def pair(a, b):
    return a, b

try:
    pair(1)
except TypeError as e:
    print(e)                        # expect: pair() missing 1 required positional argument: 'b'
try:
    pair(1, 2, 3)
except TypeError as e:
    print(e)                        # expect: pair() takes 2 positional arguments but 3 were given
try:
    pair(1, c=3)
except TypeError as e:
    print(e)                        # expect: pair() got an unexpected keyword argument 'c'
pair()                              # expect runtime error: TypeError: pair() missing 2 required positional arguments: 'a' and 'b'
