# Format specs: precision, width, alignment, fill, sign, zero padding, grouping, bases.
print("{:.2f}".format(3.14159))     # expect: 3.14
print("{:.0f}".format(2.5))         # expect: 2
print("[{:>5}]".format("ab"))       # expect: [   ab]
print("[{:<5}]".format("ab"))       # expect: [ab   ]
print("[{:^6}]".format("ab"))       # expect: [  ab  ]
print("[{:*^7}]".format("ab"))      # expect: [**ab***]
print("[{:5}]".format(42))          # expect: [   42]
print("[{:5}]".format("s"))         # expect: [s    ]
print("{:05d}".format(42))          # expect: 00042
print("{:+d} {:+d}".format(3, -3))  # expect: +3 -3
print("{:,}".format(1234567))       # expect: 1,234,567
print("{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))  # expect: ff FF 10 101
print("{:#x}".format(255))          # expect: 0xff
print("{:8.3f}|".format(-1.5))      # expect:   -1.500|
print("{:e}".format(12345.678))     # expect: 1.234568e+04
print("{:%}".format(0.25))          # expect: 25.000000%
print("{:.1%}".format(0.125))       # expect: 12.5%
print("{:>{width}}".format("w", width=4))  # expect:    w
print(format(3.14159, ".3f"), format(7, "03d"))  # expect: 3.142 007
print("Time: {}".format(round(2.0049, 2)))  # expect: Time: 2.0
