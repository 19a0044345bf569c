# Indexing (negative counts from the end) and slicing (never raises) of strings.
s = "Python"
print(s[0], s[-1], s[2])            # expect: P n t
print(s[1:4], s[:2], s[3:], s[-3:])  # expect: yth Py hon hon
print(s[::2], s[::-1])              # expect: Pto nohtyP
print(s[10:], s[-100:2])            # expect:  Py
print(len(s), "th" in s)            # expect: 6 True
print("ab" * 3, "ab" + "cd")        # expect: ababab abcd
print(ord("A"), chr(97))            # expect: 65 a
print(str(42) + str(1.5) + str(None) + str(True))  # expect: 421.5NoneTrue
print("b" > "a", "abc" < "abd", "Z" < "a")  # expect: True True True
for ch in "hé":
    print(ch, end="|")
print()                             # expect: h|é|
