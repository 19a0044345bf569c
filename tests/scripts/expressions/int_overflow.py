# Python ints never wrap: results past 64 bits become big integers, and big integers
# mix freely with small ones.
big = 9223372036854775807           # 2**63 - 1, the largest i64
print(big + 1)                      # expect: 9223372036854775808
print(-big - 2)                     # expect: -9223372036854775809
print(big * big)                    # expect: 85070591730234615847396907784232501249
print(2 ** 64)                      # expect: 18446744073709551616
print(2 ** 100)                     # expect: 1267650600228229401496703205376
print((2 ** 100) // 3)              # expect: 422550200076076467165567735125
print((2 ** 100) % 7)               # expect: 2
print((2 ** 64) - (2 ** 64) + 1)    # expect: 1
print(2 ** 64 > big)                # expect: True
print(2 ** 64 == 18446744073709551616)  # expect: True
print(-(2 ** 63))                   # expect: -9223372036854775808
print(abs(-(2 ** 70)))              # expect: 1180591620717411303424
f = 1
for i in range(1, 26):
    f *= i
print(f)                            # expect: 15511210043330985984000000
print(f // 10 ** 20)                # expect: 155112
print(str(2 ** 65)[:5], len(str(2 ** 65)))  # expect: 36893 20
print(2 ** 64 / 2 ** 62)            # expect: 4.0
print(int("99999999999999999999") + 1)  # expect: 100000000000000000000
print(hash(2 ** 64) == hash(2 ** 64))   # expect: True
