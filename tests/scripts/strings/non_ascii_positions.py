# str: indexing, slicing, find/startswith/count with bounds on non-ASCII text (character positions, not bytes)
s = ("héllo wörld, " * 8000)
n = 0
for i in range(0, len(s), 7):
    if s[i] == "ö": n += 1
x = [s[i:i+5] for i in range(0, len(s), 997)]
a = "abc," * 25000
for i in range(2000): a.find(",", i)
for i in range(2000): a.startswith("c,", i)
print(n, x[:3], len(s), s[-3:], s[::-50000], s[5:1], s.find("ö", 100), s.find("w", 5, 20), s.startswith("wö", 6), s.rfind("h"), s.count("é", 10, 100))
print("é"[0], "aé"[1:], "日本語"[1], "日本語"[-1], "日本語"[::-1], "日本語"[5:], "日本語".find("語"), "日本語".index("本", 1))
# expect: 1143 ['héllo', 'ld, h', ' wörl'] 104000 d,   dr  111 6 True 103987 7
# expect: é é 本 語 語本日  2 1
