# Precedence across operator families: arithmetic > comparison > not > and > or.
print(1 + 2 == 3 and not 4 < 3)     # expect: True
print(not 1 == 2)                   # expect: True
print(True or False and False)      # expect: True
print((True or False) and False)    # expect: False
print(2 * 3 % 4)                    # expect: 2
print(-3 ** 2 + 1)                  # expect: -8
print(1 + 2 if False else 3 * 4)    # expect: 12
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 4, 256 >> 3)  # expect: 2 7 5 -7 16 32
