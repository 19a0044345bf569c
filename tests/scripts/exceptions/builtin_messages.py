# The messages of common built-in exceptions, word for word as in CPython.
def message(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(message(lambda: 1 / 0))       # expect: ZeroDivisionError: division by zero
print(message(lambda: 1 // 0))      # expect: ZeroDivisionError: integer division or modulo by zero
print(message(lambda: 1 % 0))       # expect: ZeroDivisionError: integer modulo by zero
print(message(lambda: 1.0 / 0))     # expect: ZeroDivisionError: float division by zero
print(message(lambda: [1][5]))      # expect: IndexError: list index out of range
print(message(lambda: (1,)[5]))     # expect: IndexError: tuple index out of range
print(message(lambda: "ab"[5]))     # expect: IndexError: string index out of range
print(message(lambda: {}["k"]))     # expect: KeyError: 'k'
print(message(lambda: {}[1]))       # expect: KeyError: 1
print(message(lambda: int("x")))    # expect: ValueError: invalid literal for int() with base 10: 'x'
print(message(lambda: float("y")))  # expect: ValueError: could not convert string to float: 'y'
print(message(lambda: [].pop()))    # expect: IndexError: pop from empty list
print(message(lambda: [1].index(3)))  # expect: ValueError: 3 is not in list
print(message(lambda: [1].remove(3)))  # expect: ValueError: list.remove(x): x not in list
print(message(lambda: undefined_name))  # expect: NameError: name 'undefined_name' is not defined
print(message(lambda: None.attr))   # expect: AttributeError: 'NoneType' object has no attribute 'attr'
print(message(lambda: "s".nope))    # expect: AttributeError: 'str' object has no attribute 'nope'
print(message(lambda: 5()))         # expect: TypeError: 'int' object is not callable
print(message(lambda: len(5)))      # expect: TypeError: object of type 'int' has no len()
print(message(lambda: 3[0]))        # expect: TypeError: 'int' object is not subscriptable
print(message(lambda: [x for x in 5]))  # expect: TypeError: 'int' object is not iterable
print(message(lambda: {[]: 1}))     # expect: TypeError: unhashable type: 'list'
print(message(lambda: (1,).append)) # expect: AttributeError: 'tuple' object has no attribute 'append'
