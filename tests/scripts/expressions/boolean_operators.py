# `and` and `or` return one of their operands, not a bool, and short-circuit.
print(0 or "default")               # expect: default
print("" and 1)                     # expect:
print(3 and 4)                      # expect: 4
print(None or [])                   # expect: []
print(1 or 1 / 0)                   # expect: 1
print(0 and 1 / 0)                  # expect: 0
print(not 0, not "x", not [])       # expect: True False True
print(not None)                     # expect: True

def loud(value):
    print("evaluating", value)
    return value

print(loud(0) or loud(2) or loud(3))
# expect: evaluating 0
# expect: evaluating 2
# expect: 2
print(bool(0.0), bool([0]), bool({}), bool(""), bool(" "))  # expect: False True False False True
