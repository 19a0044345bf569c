# str.maketrans / str.translate (the classic Caesar cipher) and slice objects' attributes.
def caesar(text, k):
    a = "abcdefghijklmnopqrstuvwxyz"
    table = str.maketrans(a + a.upper(), a[k:] + a[:k] + a.upper()[k:] + a.upper()[:k])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
print("hello".translate(str.maketrans("el", "ip", "o")), "abc".translate({97: "AA", 98: None}))
print("leet".translate(str.maketrans({"e": "3", "t": 7})))
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None, -1).indices(10), slice(None, None, -1).indices(4))
# expect: Khoor, Zruog! Hello, World!
# expect: hipp AAc
# expect: l33
# expect: 1 10 2 (1, 5, 2) (0, 9, 1) (3, -1, -1)
