# bytes methods: search, split/join, strip, replace, case, predicates, hex/fromhex, padding, in, *, errors.
data = b"hello world, hello bytes"
print(data.find(b"hello"), data.find(b"hello", 1), data.rfind(b"hello"), data.find(b"zz"))
print(data.find(104), data.rfind(111), data.find(b"o", 5, 10), data.find(b"", 30), data.find(b"o", -6))
print(data.index(b"world"), data.rindex(b"l"), data.count(b"l"), data.count(b"hello", 1), data.count(b""))
print(data.startswith(b"hello"), data.startswith((b"x", b"world"), 6), data.endswith(b"bytes"), data.endswith(b"hello", 0, 5))
print(b"abc".startswith(b"", 3), b"abc".startswith(b"", 4), b"abc".endswith((b"bc",)))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"a,b".split(sep=b",", maxsplit=0))
print(b"  one two\tthree\n".split(), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(None, 1), b"a\x0bb".split(), b"".split())
print(b"line1\nline2\r\nline3\rend".splitlines(), b"x\ny\n".splitlines(True), b"x\ny\n".splitlines(keepends=False))
print(b", ".join([b"spam", b"eggs"]), b"".join(x for x in [b"a", b"b"]), b"-".join([]))
print(b"  pad \t\n".strip(), b"xxhixx".strip(b"x"), b"  left".lstrip(), b"right..".rstrip(b"."), b"abc".strip(None))
print(b"aaaa".replace(b"a", b"b"), b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"Hello World".upper(), b"Hello World".lower(), b"hELLO wORLD".capitalize(), b"they're bill's".title(), b"AbC".swapcase())
print(b"\xe9a".upper(), b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t\x0b".isspace())
print(b"ABC1".isupper(), b"abc1".islower(), b"123".isupper(), b"".isalpha(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"\x00\xffab".hex(), b"abcdef".hex(":"), b"abcdef".hex(b"-", 2), b"abcde".hex(" ", -2), b"abcde".hex(":", 2), b"".hex(":"))
print(bytes.fromhex("48 65 6c6c 6f"), bytes.fromhex(""), bytes.fromhex(" aa\tBB\n"), b"x".fromhex("41"))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(b"ab".center(5), b"abc".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"abc".center(2))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"abc".zfill(2), b"a\tbc\td".expandtabs(), b"a\tb\nc\td".expandtabs(4))
print(b"prefix_x".removeprefix(b"prefix_"), b"x.txt".removesuffix(b".txt"))
print(b"a" in b"abc", b"bc" in b"abc", b"" in b"", 97 in b"abc", 100 in b"abc", True in b"\x01")
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1, b"a" + b"b")
print(b"a" < b"b", b"abc" <= b"abd", b"b" > b"abc", b"a" >= b"a", b"a" == b"a", b"a" != b"b", sorted([b"b", b"a", b"ab"]))
print(b"%d-%s|%5.2f|%-4x|%c%c|%r" % (5, b"x", 3.14159, 255, 65, b"B", "\xe9"), b"%(k)s %%" % {b"k": b"v"})
print(bytes.upper(b"x"), type(b"x".split()[0]).__name__)
errors = [
    lambda: b"".join([1]),
    lambda: b"".join([b"a", "b"]),
    lambda: 300 in b"abc",
    lambda: -1 in b"abc",
    lambda: "a" in b"abc",
    lambda: b"abc".index(b"z"),
    lambda: b"abc".rindex(122),
    lambda: b"abc".find("a"),
    lambda: b"abc".find(256),
    lambda: b"abc".find(),
    lambda: b"abc".find(b"a", "1"),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".startswith(("a",)),
    lambda: b"abc".split(b""),
    lambda: b"abc".split("b"),
    lambda: b"abc".split(b"b", 1, 2),
    lambda: b"abc".strip("a"),
    lambda: b"abc".replace("a", b"b"),
    lambda: b"abc".replace(b"a"),
    lambda: b"abc".upper(1),
    lambda: b"abc".partition(b""),
    lambda: b"abc".center(9, b"xy"),
    lambda: b"abc".ljust("9"),
    lambda: b"abc".hex("::"),
    lambda: b"abc".hex(1),
    lambda: bytes.fromhex("zz"),
    lambda: bytes.fromhex("abc"),
    lambda: bytes.fromhex(b"aa"),
    lambda: b"a" * "b",
    lambda: b"a" < "b",
    lambda: bytes.upper("a"),
    lambda: b"%s" % "x",
    lambda: b"%d" % (1, 2),
    lambda: b"%c" % 256,
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: 0 13 13 -1
# expect: 0 17 7 -1 -1
# expect: 6 16 5 1 25
# expect: True True True True
# expect: True False True
# expect: [b'a', b'b', b'', b'c'] [b'a', b'b,,c'] [b'a,b,', b'c'] [b'a,b']
# expect: [b'one', b'two', b'three'] [b'a', b'b  '] [b'  a', b'b'] [b'a', b'b'] []
# expect: [b'line1', b'line2', b'line3', b'end'] [b'x\n', b'y\n'] [b'x', b'y']
# expect: b'spam, eggs' b'ab' b''
# expect: b'pad' b'hi' b'left' b'right' b'abc'
# expect: b'bbbb' b'bbaa' b'-a-b-c-' b'-a-bc'
# expect: b'HELLO WORLD' b'hello world' b'Hello world' b"They'Re Bill'S" b'aBc'
# expect: b'\xe9A' True False True True True
# expect: True True False False True False
# expect: 00ff6162 61:62:63:64:65:66 6162-6364-6566 6162 6364 65 61:6263:6465 
# expect: b'Hello' b'' b'\xaa\xbb' b'A'
# expect: (b'key', b'=', b'value=x') (b'key=value', b'=', b'x') (b'abc', b'', b'') (b'', b'', b'abc')
# expect: b'  ab ' b'*abc**' b'ab..' b'  ab' b'abc'
# expect: b'00042' b'-0042' b'+007' b'abc' b'a       bc      d' b'a   b\nc   d'
# expect: b'x' b'x'
# expect: True True True True False True
# expect: b'ababab' b'ababab' b'' b'' b'ab'
# expect: True True True True True True [b'a', b'ab', b'b']
# expect: b"5-x| 3.14|ff  |AB|'\\xe9'" b'v %'
# expect: b'X' bytes
# expect: TypeError: sequence item 0: expected a bytes-like object, int found
# expect: TypeError: sequence item 1: expected a bytes-like object, str found
# expect: ValueError: byte must be in range(0, 256)
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: subsection not found
# expect: ValueError: subsection not found
# expect: TypeError: argument should be integer or bytes-like object, not 'str'
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: find() takes at least 1 argument (0 given)
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: empty separator
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: split() takes at most 2 arguments (3 given)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: replace expected at least 2 arguments, got 1
# expect: TypeError: bytes.upper() takes no arguments (1 given)
# expect: ValueError: empty separator
# expect: TypeError: center() argument 2 must be a byte string of length 1, not bytes
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: sep must be length 1.
# expect: TypeError: object of type 'int' has no len()
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 3
# expect: TypeError: fromhex() argument must be str, not bytes
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: TypeError: descriptor 'upper' for 'bytes' objects doesn't apply to a 'str' object
# expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: TypeError: not all arguments converted during bytes formatting
# expect: OverflowError: %c arg not in range(256)
