# for over range objects: one, two and three arguments, negative steps, empty ranges.
print([i for i in range(5)])        # expect: [0, 1, 2, 3, 4]
total = 0
for i in range(2, 10, 3):
    total += i
print(total)                        # expect: 15
for i in range(10, 0, -4):
    print(i)
# expect: 10
# expect: 6
# expect: 2
for i in range(0):
    print("never")
for i in range(5, 2):
    print("never")
print(i)                            # expect: 2
