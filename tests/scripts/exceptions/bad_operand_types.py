# Operators on unsupported type combinations raise TypeError with CPython's wording.
def message(f):
    try:
        f()
    except TypeError as e:
        return str(e)

print(message(lambda: 1 + "a"))     # expect: unsupported operand type(s) for +: 'int' and 'str'
print(message(lambda: "a" + 1))     # expect: can only concatenate str (not "int") to str
print(message(lambda: [1] + (2,)))  # expect: can only concatenate list (not "tuple") to list
print(message(lambda: None - 1))    # expect: unsupported operand type(s) for -: 'NoneType' and 'int'
print(message(lambda: "a" * "b"))   # expect: can't multiply sequence by non-int of type 'str'
print(message(lambda: 1 < "a"))     # expect: '<' not supported between instances of 'int' and 'str'
print(message(lambda: -"a"))        # expect: bad operand type for unary -: 'str'
print(message(lambda: {} + {}))     # expect: unsupported operand type(s) for +: 'dict' and 'dict'
counter = 0
counter += "1"                      # expect runtime error: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
