# dict look-ups, get with a default, views, pop, update and setdefault.
d = {"a": 1, "b": 2}
print(d["a"], d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(list(d.keys()), list(d.values()))  # expect: ['a', 'b'] [1, 2]
print(list(d.items()))              # expect: [('a', 1), ('b', 2)]
print("a" in d, "z" not in d, len(d))  # expect: True True 2
d["c"] = 3
print(d)                            # expect: {'a': 1, 'b': 2, 'c': 3}
print(d.pop("b"), d)                # expect: 2 {'a': 1, 'c': 3}
print(d.pop("zz", "default"))       # expect: default
d.update({"d": 4, "a": 10})
print(d)                            # expect: {'a': 10, 'c': 3, 'd': 4}
print(d.setdefault("e", 5), d.setdefault("a", 0))  # expect: 5 10
del d["c"]
print(d)                            # expect: {'a': 10, 'd': 4, 'e': 5}
print(dict(x=1, y=2), dict([("k", "v")]))  # expect: {'x': 1, 'y': 2} {'k': 'v'}
print({1: "int", 1.0: "float"})     # expect: {1: 'float'}
print({(1, 2): "tuple key"}[(1, 2)])  # expect: tuple key
d.pop("missing")                    # expect runtime error: KeyError: 'missing'
