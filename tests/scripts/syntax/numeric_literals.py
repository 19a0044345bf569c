# Integer and float literal forms.
print(1_000_000)                    # expect: 1000000
print(0xff)                         # expect: 255
print(0XFF)                         # expect: 255
print(0o17)                         # expect: 15
print(0b101)                        # expect: 5
print(0b_1111_0000)                 # expect: 240
print(1e3)                          # expect: 1000.0
print(1.5e-3)                       # expect: 0.0015
print(.5)                           # expect: 0.5
print(5.)                           # expect: 5.0
print(1_0.2_5)                      # expect: 10.25
print(00)                           # expect: 0
print(-7)                           # expect: -7
print(123456789012345678901234567890)  # expect: 123456789012345678901234567890
print(0xffffffffffffffffffff)       # expect: 1208925819614629174706175
print(type(10**20).__name__)        # expect: int
