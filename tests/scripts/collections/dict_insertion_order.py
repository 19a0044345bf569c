# Dicts keep insertion order; overwriting keeps a key's place, deleting and re-adding
# moves it to the end.
d = {}
for key in ["zeta", "alpha", "mu"]:
    d[key] = len(key)
print(d)                            # expect: {'zeta': 4, 'alpha': 5, 'mu': 2}
d["zeta"] = 0
print(list(d))                      # expect: ['zeta', 'alpha', 'mu']
del d["zeta"]
d["zeta"] = 1
print(list(d))                      # expect: ['alpha', 'mu', 'zeta']
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)                       # expect: {'m': 1, 'i': 4, 's': 4, 'p': 2}
