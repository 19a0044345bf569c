# Floats print as the shortest string that reads back as the same float (repr).
print(0.1 + 0.2)                    # expect: 0.30000000000000004
print(1 / 3)                        # expect: 0.3333333333333333
print(2.0)                          # expect: 2.0
print(1e16)                         # expect: 1e+16
print(1e15)                         # expect: 1000000000000000.0
print(1e-5)                         # expect: 1e-05
print(0.0001)                       # expect: 0.0001
print(123456789.0)                  # expect: 123456789.0
print(-0.0)                         # expect: -0.0
print(float("inf"), -float("inf"))  # expect: inf -inf
print(float("nan"))                 # expect: nan
print(3.14159)                      # expect: 3.14159
print(round(2.675, 2))              # expect: 2.67
print(round(0.5), round(1.5), round(2.5))  # expect: 0 2 2
print(round(3.7))                   # expect: 4
print(int(3.9), int(-3.9))          # expect: 3 -3
print(float(7))                     # expect: 7.0
print(10 / 4)                       # expect: 2.5
print(2 ** 0.5)                     # expect: 1.4142135623730951
print(str(1.0), repr(1.5))          # expect: 1.0 1.5
print([0.1, 1.0])                   # expect: [0.1, 1.0]
