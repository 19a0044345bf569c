x = 1
print(x                             # expect syntax error: '(' was never closed
