# split on whitespace or a separator (with maxsplit); join with a separator.
print("a b  c\td\n".split())        # expect: ['a', 'b', 'c', 'd']
print("a,b,,c".split(","))          # expect: ['a', 'b', '', 'c']
print("k=v=w".split("=", 1))        # expect: ['k', 'v=w']
print("".split(), "".split(","))    # expect: [] ['']
print("a b c".rsplit(" ", 1))       # expect: ['a b', 'c']
print("line1\nline2\n".splitlines())  # expect: ['line1', 'line2']
print("-".join(["x", "y", "z"]))    # expect: x-y-z
print("".join(["a", "b"]))          # expect: ab
print(", ".join(str(n) for n in range(3)))  # expect: 0, 1, 2
print("-".join([1, 2]))             # expect runtime error: TypeError: sequence item 0: expected str instance, int found
