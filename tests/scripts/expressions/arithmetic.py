# The arithmetic operators on ints and floats, and their precedence.
print(2 + 3 * 4)                    # expect: 14
print((2 + 3) * 4)                  # expect: 20
print(7 - 10)                       # expect: -3
print(7 / 2)                        # expect: 3.5
print(6 / 3)                        # expect: 2.0
print(7 // 2)                       # expect: 3
print(7 % 3)                        # expect: 1
print(2 ** 10)                      # expect: 1024
print(2 ** -1)                      # expect: 0.5
print(-2 ** 2)                      # expect: -4
print((-2) ** 2)                    # expect: 4
print(2 ** 3 ** 2)                  # expect: 512
print(-(-5))                        # expect: 5
print(+3)                           # expect: 3
print(1 + 2.0)                      # expect: 3.0
print(3 * 1.5)                      # expect: 4.5
print(True + True)                  # expect: 2
print(abs(-4), abs(-2.5))           # expect: 4 2.5
print(divmod(17, 5))                # expect: (3, 2)
print(pow(3, 4))                    # expect: 81
print(10 - 2 - 3)                   # expect: 5
print(100 / 10 / 5)                 # expect: 2.0
