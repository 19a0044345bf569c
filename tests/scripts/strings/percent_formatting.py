# printf-style % formatting.
print("%s has %d items" % ("cart", 3))  # expect: cart has 3 items
print("%s processing %s" % ("Worker-1", "Alpha"))  # expect: Worker-1 processing Alpha
print("%5.2f|" % 3.14159)           # expect:  3.14|
print("%-6s|" % "ab")               # expect: ab    |
print("%05d" % 42)                  # expect: 00042
print("%r and %s" % ("x", "x"))     # expect: 'x' and x
print("100%%" % ())                 # expect: 100%
print("%d%%" % 50)                  # expect: 50%
print("%x %o %e" % (255, 8, 1500.0))  # expect: ff 10 1.500000e+03
print("%s" % [1, 2])                # expect: [1, 2]
print("%s" % (1,))                  # expect: 1
print("%(name)s is %(age)d" % {"name": "Bo", "age": 4})  # expect: Bo is 4
print("%d" % 3.9)                   # expect: 3
print("%s %s" % ("only one",))      # expect runtime error: TypeError: not enough arguments for format string
