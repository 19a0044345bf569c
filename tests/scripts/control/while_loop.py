# while re-tests its condition each time; while-else runs when the loop ends normally.
n = 0
while n < 3:
    print("n =", n)
    n += 1
# expect: n = 0
# expect: n = 1
# expect: n = 2
while n > 100:
    print("never")
else:
    print("else after a false condition")  # expect: else after a false condition
i = 10
while True:
    i -= 3
    if i < 0:
        break
print(i)                            # expect: -2
