# A backslash at the end of a line joins it with the next.
x = 1 + \
    2 + \
        3
print(x)                            # expect: 6
if x == 6 and \
   x > 5:
    print("joined condition")       # expect: joined condition
s = "abc" \
    "def"
print(s)                            # expect: abcdef
