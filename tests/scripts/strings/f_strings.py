# f-strings evaluate expressions in place and accept the same format specs.
name, value = "pi", 3.14159
print(f"{name} = {value:.2f}")      # expect: pi = 3.14
print(f"{1 + 2} {name.upper()!r}")  # expect: 3 'PI'
width = 6
print(f"[{name:>{width}}]")         # expect: [    pi]
print(f"{{braces}} {[x * 2 for x in range(3)]}")  # expect: {braces} [0, 2, 4]
