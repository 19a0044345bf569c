# Augmented assignment on ints, strings and lists (+= on a list mutates it in place).
x = 10
x += 5; print(x)                    # expect: 15
x -= 3; print(x)                    # expect: 12
x *= 2; print(x)                    # expect: 24
x //= 5; print(x)                   # expect: 4
x %= 3; print(x)                    # expect: 1
x **= 10; print(x)                  # expect: 1
x /= 4; print(x)                    # expect: 0.25
s = "ab"
s += "cd"; print(s)                 # expect: abcd
a = [1]
alias = a
a += [2, 3]
print(alias)                        # expect: [1, 2, 3]
t = (1,)
t2 = t
t += (2,)
print(t, t2)                        # expect: (1, 2) (1,)
d = {"k": 1}
d["k"] += 1
print(d)                            # expect: {'k': 2}
