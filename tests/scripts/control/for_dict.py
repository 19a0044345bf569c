# Iterating a dict yields keys in insertion order; items() yields pairs.
ages = {"carol": 35, "alice": 30, "bob": 25}
for name in ages:
    print(name)
# expect: carol
# expect: alice
# expect: bob
for name, age in ages.items():
    print(name, age)
# expect: carol 35
# expect: alice 30
# expect: bob 25
for age in ages.values():
    print(age, end=" ")
print()                             # expect: 35 30 25
