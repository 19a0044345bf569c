# str.format with automatic, numbered and named fields, and attribute/index access.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1} before {0}".format("a", "b"))  # expect: b before a
print("{0}{0}{0}".format("ab"))     # expect: ababab
print("{name} is {age}".format(name="Ann", age=30))  # expect: Ann is 30
print("{0[1]} {p[x]}".format([7, 8], p={"x": "dict"}))  # expect: 8 dict
print("{{literal braces}} {}".format("ok"))  # expect: {literal braces} ok
print("{} {}".format(None, [1, "a"]))  # expect: None [1, 'a']
print("{!r} {!s}".format("q", "q"))  # expect: 'q' q
