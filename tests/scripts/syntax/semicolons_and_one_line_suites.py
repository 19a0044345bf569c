# Several simple statements on a line, and a suite on the header's own line.
a = 1; b = 2; print(a + b)          # expect: 3
if a < b: print("one-line if")      # expect: one-line if
for i in range(3): print(i, end=" ")
print()                             # expect: 0 1 2
def f(): return "one-line def"
print(f())                          # expect: one-line def
while a < 3: a += 1
print(a)                            # expect: 3
