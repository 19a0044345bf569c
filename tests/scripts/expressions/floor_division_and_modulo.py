# // rounds toward negative infinity and % takes the sign of the divisor, unlike C.
print(-7 // 2)                      # expect: -4
print(-7 % 2)                       # expect: 1
print(7 // -2)                      # expect: -4
print(7 % -2)                       # expect: -1
print(-7 // -2)                     # expect: 3
print(-7 % -2)                      # expect: -1
print(-7.5 // 2)                    # expect: -4.0
print(-7.5 % 2)                     # expect: 0.5
print(divmod(-7, 2))                # expect: (-4, 1)
print(-(2 ** 70) // 3)              # expect: -393530540239137101142
print(-(2 ** 70) % 3)               # expect: 2
