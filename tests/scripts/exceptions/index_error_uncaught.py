items = [1, 2, 3]
print(items[-1])                    # expect: 3
print(items[3])                     # expect runtime error: IndexError: list index out of range
