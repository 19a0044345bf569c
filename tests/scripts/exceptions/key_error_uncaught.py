d = {"a": 1}
print(d["a"])                       # expect: 1
print(d["missing"])                 # expect runtime error: KeyError: 'missing'
