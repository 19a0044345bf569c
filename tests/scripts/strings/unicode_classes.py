# Unicode character classes (str.is* predicates, isspace in split/strip, non-ASCII digits in int/float, repr/ascii escapes, identifiers) as CPython 3.11 / Unicode 14 sees them.
def code_points():
    for i in range(0xD800):
        yield chr(i)
    for i in range(0xE000, 0x30000):
        yield chr(i)


def count(name):
    pred = getattr(str, name)
    return sum(1 for c in code_points() if pred(c))


for name in ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace",
             "isprintable", "isupper", "islower", "istitle", "isidentifier"]:
    print(name, count(name))

# Characters that continue but cannot start an identifier.
print("id_continue", sum(1 for c in code_points() if ("a" + c).isidentifier()))

# A checksum of which characters are printable, so a shifted range is caught too.
total = 0
for c in code_points():
    if not c.isprintable():
        total = (total * 31 + ord(c)) % 1000000007
print("nonprintable checksum", total)

for c in ["½", "²", "\x1c", "\u0345", "٣", "ⅷ", "a", "A", "ǅ", "5", " ", "\u2003",
          "\u200b", "\xa0", "_", "·", "\u0e50", "\U0001d7ce", "\U0001d7d8", "〇", "ª"]:
    flags = [name for name in ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum",
                               "isspace", "isprintable", "isupper", "islower", "istitle",
                               "isidentifier"] if getattr(c, name)()]
    print(ascii(c), flags)

print("ǅungla".istitle(), "ǅUngla".istitle(), "Ǆ".isupper(), "ǅ".isupper(), "ǆa".islower())
print("ᾈ".istitle(), "ΆΈ".isupper(), "ﬁ".islower())
print("中a x".title(), "ⓐbc".title())
print("".isprintable(), "abc\n".isprintable(), "abc déf".isprintable())

# split/strip use isspace.
print("a\x1cb\x1dc\u2003d\x85e".split())
print("a\x1cb\x1dc".rsplit(None, 1))
print(repr("\x1c\x1f  x \u3000".strip()))

# Non-ASCII decimal digits in int() and float().
print(int("٣"), int("١٢٣"), int("\u0e52\u0e50"), int("𝟘𝟙𝟚"), float("١.٥"))
print(int(" \u2003٤٢\u3000"), int("٤٢", 8))
for bad in ["½", "²", "ⅷ"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)

for s in ["\u2003", "\u200b", "é", "\x7f", "\x00", "\x1c", "\x85", "\xa0", "\xad",
          "\u0378", "\u2028", "\u2029", "\ue000", "\U000e0001", "\U0010ffff",
          "\U0001f600", "\u3000", "中文", "a b", "\ufeff", "\u061c", "\U0001d173",
          "it's", "\"'", "\U00020000", "\U000f0000"]:
    print(repr(s), ascii(s), repr([s]))
print(f"{chr(0x2003)!r} {chr(0xe9)!a}")
print("%r %a" % ("\u200b", "\u00e9\u200b"))

# Identifiers in source code: XID_Start / XID_Continue, CPython's error messages.
for src in ["\u24d0 = 1", "a\xb7b = 2", "x\u0345 = 3", "\u0345x = 3", "\u03c0 = 3",
            "x = \xbd", "a\xa0= 1", "a\u200b = 1", "\u2e2f = 1", "\u0e50x = 1"]:
    try:
        ns = {}
        exec(src, ns)
        print(ascii(src), "ok", ascii(sorted(k for k in ns if k != "__builtins__")))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError:", e.msg, e.offset)
# expect: isdecimal 660
# expect: isdigit 788
# expect: isnumeric 1872
# expect: isalpha 126817
# expect: isalnum 128608
# expect: isspace 29
# expect: isprintable 139337
# expect: isupper 1951
# expect: islower 2471
# expect: istitle 1982
# expect: isidentifier 127036
# expect: id_continue 129874
# expect: nonprintable checksum 687249273
# expect: '\xbd' ['isnumeric', 'isalnum', 'isprintable']
# expect: '\xb2' ['isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: '\x1c' ['isspace']
# expect: '\u0345' ['isprintable', 'islower']
# expect: '\u0663' ['isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: '\u2177' ['isnumeric', 'isalnum', 'isprintable', 'islower', 'isidentifier']
# expect: 'a' ['isalpha', 'isalnum', 'isprintable', 'islower', 'isidentifier']
# expect: 'A' ['isalpha', 'isalnum', 'isprintable', 'isupper', 'istitle', 'isidentifier']
# expect: '\u01c5' ['isalpha', 'isalnum', 'isprintable', 'istitle', 'isidentifier']
# expect: '5' ['isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: ' ' ['isspace', 'isprintable']
# expect: '\u2003' ['isspace']
# expect: '\u200b' []
# expect: '\xa0' ['isspace']
# expect: '_' ['isprintable', 'isidentifier']
# expect: '\xb7' ['isprintable']
# expect: '\u0e50' ['isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: '\U0001d7ce' ['isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: '\U0001d7d8' ['isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isprintable']
# expect: '\u3007' ['isnumeric', 'isalnum', 'isprintable', 'isidentifier']
# expect: '\xaa' ['isalpha', 'isalnum', 'isprintable', 'islower', 'isidentifier']
# expect: True False True False True
# expect: True True True
# expect: 中A X Ⓐbc
# expect: True False True
# expect: ['a', 'b', 'c', 'd', 'e']
# expect: ['a\x1cb', 'c']
# expect: 'x'
# expect: 3 123 20 12 1.5
# expect: 42 34
# expect: invalid literal for int() with base 10: '½'
# expect: invalid literal for int() with base 10: '²'
# expect: invalid literal for int() with base 10: 'ⅷ'
# expect: '\u2003' '\u2003' ['\u2003']
# expect: '\u200b' '\u200b' ['\u200b']
# expect: 'é' '\xe9' ['é']
# expect: '\x7f' '\x7f' ['\x7f']
# expect: '\x00' '\x00' ['\x00']
# expect: '\x1c' '\x1c' ['\x1c']
# expect: '\x85' '\x85' ['\x85']
# expect: '\xa0' '\xa0' ['\xa0']
# expect: '\xad' '\xad' ['\xad']
# expect: '\u0378' '\u0378' ['\u0378']
# expect: '\u2028' '\u2028' ['\u2028']
# expect: '\u2029' '\u2029' ['\u2029']
# expect: '\ue000' '\ue000' ['\ue000']
# expect: '\U000e0001' '\U000e0001' ['\U000e0001']
# expect: '\U0010ffff' '\U0010ffff' ['\U0010ffff']
# expect: '😀' '\U0001f600' ['😀']
# expect: '\u3000' '\u3000' ['\u3000']
# expect: '中文' '\u4e2d\u6587' ['中文']
# expect: 'a b' 'a b' ['a b']
# expect: '\ufeff' '\ufeff' ['\ufeff']
# expect: '\u061c' '\u061c' ['\u061c']
# expect: '\U0001d173' '\U0001d173' ['\U0001d173']
# expect: "it's" "it's" ["it's"]
# expect: '"\'' '"\'' ['"\'']
# expect: '𠀀' '\U00020000' ['𠀀']
# expect: '\U000f0000' '\U000f0000' ['\U000f0000']
# expect: '\u2003' '\xe9'
# expect: '\u200b' '\xe9\u200b'
# expect: '\u24d0 = 1' SyntaxError: invalid character 'ⓐ' (U+24D0) 1
# expect: 'a\xb7b = 2' ok ['a\xb7b']
# expect: 'x\u0345 = 3' ok ['x\u0345']
# expect: '\u0345x = 3' SyntaxError: invalid character 'ͅ' (U+0345) 1
# expect: '\u03c0 = 3' ok ['\u03c0']
# expect: 'x = \xbd' SyntaxError: invalid character '½' (U+00BD) 5
# expect: 'a\xa0= 1' SyntaxError: invalid non-printable character U+00A0 2
# expect: 'a\u200b = 1' SyntaxError: invalid non-printable character U+200B 2
# expect: '\u2e2f = 1' SyntaxError: invalid character 'ⸯ' (U+2E2F) 1
# expect: '\u0e50x = 1' SyntaxError: invalid character '๐' (U+0E50) 1
