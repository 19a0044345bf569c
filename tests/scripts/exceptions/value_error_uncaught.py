print(int("42") + 1)                # expect: 43
print(int("x"))                     # expect runtime error: ValueError: invalid literal for int() with base 10: 'x'
