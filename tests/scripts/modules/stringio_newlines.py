# io.StringIO newline modes (None, '', '\r', '\r\n'), writes in the middle and at the end, many small writes, BytesIO with bytearray
import io, time
print(list(io.StringIO('a\r\nb\rc\n', newline='')), list(io.StringIO('a\r\nb\rc\n')), list(io.StringIO('a\r\nb\rc\n', newline=None)))
s = io.StringIO(newline='\r\n'); s.write('x\ny\n'); print(repr(s.getvalue()), list(io.StringIO('p\r\nq', newline='\r\n')))
s = io.StringIO('hello'); s.write('J'); print(s.getvalue(), s.tell(), s.read())
s = io.StringIO(); n = s.write('abc'); s.seek(1); s.write('X'); print(n, s.getvalue(), s.tell()); s.seek(0, 2); s.write('!'); print(s.getvalue())
t0 = time.perf_counter(); s = io.StringIO()
for i in range(50000): s.write('line %d\n' % i)
v = s.getvalue(); print(len(v), v[:12].replace('\n', '|'))
s.seek(0); print(s.readline(), end=''); print(len(s.readlines()))
b = io.BytesIO(); b.write(b'ab'); b.write(b'cd'); print(b.getvalue(), b.tell()); b.seek(0); print(b.read(3), b.readline())
try: io.StringIO(newline='x')
except ValueError as e: print(e)
b = io.BytesIO(); b.write(bytearray(b'xy')); print(b.getvalue())
# expect: ['a\r\n', 'b\r', 'c\n'] ['a\r\n', 'b\rc\n'] ['a\n', 'b\n', 'c\n']
# expect: 'x\r\ny\r\n' ['p\r\r\n', 'q']
# expect: Jello 1 ello
# expect: 3 aXc 2
# expect: aXc!
# expect: 538890 line 0|line 
# expect: line 0
# expect: 49999
# expect: b'abcd' 4
# expect: b'abc' b'd'
# expect: illegal newline value: 'x'
# expect: b'xy'
