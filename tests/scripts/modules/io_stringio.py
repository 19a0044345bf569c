# io.StringIO and BytesIO: print(file=...), redirecting sys.stdout, read/readline/iteration,
# seek/tell/truncate, context manager, closed-file and type errors worded as CPython's.
import io, sys
s = io.StringIO()
print("hello", 42, file=s)
s.write("line2\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), end="")
print(s.read())
r = io.StringIO("a\nb\nc")
print(list(r), r.read(), io.StringIO("x\ny\n").readlines())
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", [1, 2])
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO("abc") as f:
    print(f.read(2), f.read(), f.closed)
print(f.closed)
try: f.read()
except ValueError as e: print(e)
try: io.StringIO().write(5)
except TypeError as e: print(e)
b = io.BytesIO(b"xyz"); b.seek(0, 2); b.write(b"!"); print(b.getvalue(), b.tell())
t = io.StringIO("hello"); t.seek(2); t.write("LL"); print(t.getvalue()); t.truncate(3); print(t.getvalue())
# expect: 'hello 42\nline2\n' 15
# expect: hello 42
# expect: line2
# expect: 
# expect: ['a\n', 'b\n', 'c']  ['x\n', 'y\n']
# expect: 'captured [1, 2]\n'
# expect: ab c False
# expect: True
# expect: I/O operation on closed file
# expect: string argument expected, got 'int'
# expect: b'xyz!' 4
# expect: heLLo
# expect: heL
