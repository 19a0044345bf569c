# Nothing runs when the file does not parse: the print is never reached.
print("never printed")
x = = 1                             # expect syntax error: invalid syntax
