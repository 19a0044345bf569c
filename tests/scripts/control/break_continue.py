# break leaves the innermost loop; continue skips to its next iteration.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 6:
        break
    print(i)
# expect: 1
# expect: 3
# expect: 5
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
# expect: 0 0
# expect: 1 0
# expect: 2 0
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
# expect: n 1
# expect: n 3
# expect: n 4
# expect: n 5
