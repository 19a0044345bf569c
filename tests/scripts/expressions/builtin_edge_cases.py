# Regressions found by comparing with python3: pow() with a negative exponent and a
# modulus, str.center's odd padding, bool & | ^ bool, super().__new__(cls), method
# error messages naming the type, attributes on a bare object(), str() argument count.
print(pow(3, -1, 7), pow(2, -2, 5), pow(5, 3, 13))
print(repr("abc".center(6)), repr("a".center(2)), repr("ab".center(5, "-")), repr("abc".center(8)))
print(True & False, True | False, True ^ True, True & 3)
class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(S() is S())
try:
    "a".upper(1)
except TypeError as e: print(e)
try:
    [].append()
except TypeError as e: print(e)
try:
    object().attr = 1
except AttributeError as e: print(e)
try: str(1, 2, 3, 4)
except TypeError as e: print(e)
# expect: 5 4 8
# expect: ' abc  ' 'a ' '--ab-' '  abc   '
# expect: False True False 1
# expect: True
# expect: str.upper() takes no arguments (1 given)
# expect: list.append() takes exactly one argument (0 given)
# expect: 'object' object has no attribute 'attr'
# expect: str() takes at most 3 arguments (4 given)
