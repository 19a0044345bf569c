# open(): text and binary files, write/writelines/read/readline/readlines/iteration, append,
# seek/tell, universal newlines, UTF-8, context managers, and the errors CPython raises.
import os
base = os.path.join(os.getenv("TMPDIR", "/tmp"), "gilpy-files-%d" % os.getpid())
os.mkdir(base)
def P(name): return os.path.join(base, name)
with open(P("data.txt"), "w") as f:
    print(f.name == P("data.txt"), f.mode, f.closed, f.writable(), f.readable())
    n = f.write("line one\nline two\n")
    f.writelines(["three\n", "four"])
    print("wrote", n)
print(f.closed, repr(f).replace(base, '.'))
with open(P("data.txt")) as f:
    print(repr(f.readline()), repr(f.read(4)), repr(f.read()))
with open(P("data.txt")) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
print(open(P("data.txt")).readlines(), open(P("data.txt")).read().splitlines())
with open(P("data.txt"), "a") as f:
    f.write("\nappended")
print(open(P("data.txt")).read().split("\n")[-1], os.path.getsize(P("data.txt")))
with open(P("bin.dat"), "wb") as f:
    f.write(b"\x00\x01abc\n")
    print(repr(f).replace(base, "."))
with open(P("bin.dat"), "rb") as f:
    print(f.read(), f.tell(), f.seek(2), f.read(3), repr(f).replace(base, '.'))
with open(P("crlf.txt"), "wb") as f:
    f.write(b"a\r\nb\rc\n")
print(open(P("crlf.txt")).readlines(), open(P("crlf.txt"), "rb").read())
f = open(P("data.txt"))
f.close()
for bad in [lambda: open("no/such/file.txt"), lambda: open(P("data.txt"), "rw"), lambda: open(P("data.txt"), "q"),
            lambda: open(P("data.txt"), "rbt"), lambda: f.read(), lambda: open(P("data.txt")).write("x"),
            lambda: open(P("data.txt"), "w").read(), lambda: open(P("x.txt"), "w").write(5),
            lambda: open(P("x.bin"), "wb").write("s"), lambda: open(".", "r"), lambda: open(P("data.txt"), "x"),
            lambda: open(3.5), lambda: open(P("data.txt"), "rb", encoding="utf-8")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, "."))
with open(P("uni.txt"), "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(P("uni.txt"), encoding="utf-8") as f:
    s = f.read(); print(s, len(s))
g = open(P("unclosed.txt"), "w")
g.write("kept\n" * 3)
print(sorted(x for x in os.listdir(base) if x.endswith((".txt", ".dat"))))
for name in os.listdir(base):
    os.remove(P(name))
os.rmdir(base)
print(os.path.exists(base))
# expect: True w False True False
# expect: wrote 18
# expect: True <_io.TextIOWrapper name='./data.txt' mode='w' encoding='UTF-8'>
# expect: 'line one\n' 'line' ' two\nthree\nfour'
# expect: 0 line one
# expect: 1 line two
# expect: 2 three
# expect: 3 four
# expect: ['line one\n', 'line two\n', 'three\n', 'four'] ['line one', 'line two', 'three', 'four']
# expect: appended 37
# expect: <_io.BufferedWriter name='./bin.dat'>
# expect: b'\x00\x01abc\n' 6 2 b'abc' <_io.BufferedReader name='./bin.dat'>
# expect: ['a\n', 'b\n', 'c\n'] b'a\r\nb\rc\n'
# expect: FileNotFoundError [Errno 2] No such file or directory: 'no/such/file.txt'
# expect: ValueError must have exactly one of create/read/write/append mode
# expect: ValueError invalid mode: 'q'
# expect: ValueError can't have text and binary mode at once
# expect: ValueError I/O operation on closed file.
# expect: UnsupportedOperation not writable
# expect: UnsupportedOperation not readable
# expect: TypeError write() argument must be str, not int
# expect: TypeError a bytes-like object is required, not 'str'
# expect: IsADirectoryError [Errno 21] Is a directory: '.'
# expect: FileExistsError [Errno 17] File exists: './data.txt'
# expect: TypeError expected str, bytes or os.PathLike object, not float
# expect: ValueError binary mode doesn't take an encoding argument
# expect: héllo wörld ✓
# expect:  14
# expect: ['bin.dat', 'crlf.txt', 'data.txt', 'unclosed.txt', 'uni.txt', 'x.txt']
# expect: False
