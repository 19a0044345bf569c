# Comparison operators, chains (each operand evaluated once), and mixed types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5)  # expect: True True False False
print(1 == 1.0, 1 != 2)             # expect: True True
print(1 < 2 < 3)                    # expect: True
print(1 < 3 < 2)                    # expect: False
print(1 < 2 > 0 != 5)               # expect: True

def middle():
    print("evaluated")
    return 2

print(1 < middle() < 3)
# expect: evaluated
# expect: True
print("apple" < "banana", "Z" < "a")  # expect: True True
print([1, 2] < [1, 3], (1, 2) == (1, 2))  # expect: True True
print(1 == "1", None == 0)          # expect: False False
print(True == 1, False < True)      # expect: True True
print(2 ** 64 > 1.5)                # expect: True
