# Container reprs nest, quote strings, and mark one-element tuples.
data = {"name": "gil", "tags": ["a", "b"], "pos": (1,), "none": None, "ok": True}
print(data)                         # expect: {'name': 'gil', 'tags': ['a', 'b'], 'pos': (1,), 'none': None, 'ok': True}
print([[], {}, ()])                 # expect: [[], {}, ()]
print(["it's", 'say "x"'])          # expect: ["it's", 'say "x"']
print(str([1.5, -0.0]))             # expect: [1.5, -0.0]
xs = [1]
xs.append(xs)
print(xs)                           # expect: [1, [...]]
