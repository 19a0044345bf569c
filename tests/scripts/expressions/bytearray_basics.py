# bytearray: construction, mutation, slices, operators, shared bytes methods, errors, subclasses
# construction
print(bytearray(), bytearray(3), bytearray(b'hi'), bytearray('h\xe9', 'utf-8'))
print(bytearray('abc', 'ascii'), bytearray([65, 66, 67]), bytearray(range(3)))
print(bytearray(bytearray(b'xy')), bytearray(x for x in (1, 2)), bytearray(source=b'kw'))
b = bytearray(b'hello')
print(type(b), type(b).__name__, isinstance(b, bytearray), isinstance(b, bytes))
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(repr(b), str(b), f"{b}")
print(bytearray(b"it's"), bytearray(b'a\x00\xff\n'))

# mutation
b.append(33)
b.extend(b' you')
b.extend([32, 33])
b.extend(bytearray(b'?'))
print(b)
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 46)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('o'))
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, len(c))

# item and slice assignment
b = bytearray(b'abcdef')
b[0] = 65
b[-1] = ord('F')
print(b)
b[1:3] = b'XYZ'
print(b)
b[1:4] = []
print(b)
b[::2] = b'12'
print(b)
b[:0] = bytearray(b'<<')
b[len(b):] = [62, 62]
print(b)
b[2:2] = range(97, 100)
print(b)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
b[:] = b'reset'
print(b)
b[::-1] = b'RESET'
print(b)

# operators
b = bytearray(b'ab')
print(b + b'cd', b'cd' + b, b + bytearray(b'!'), type(b'x' + b).__name__)
print(b * 3, 3 * b, b * 0, b * -1)
b += b'cd'
print(b)
b2 = b
b2 += bytearray(b'e')
print(b, b is b2)
b *= 2
print(b, b2)
print(b'ab' in bytearray(b'xaby'), 97 in bytearray(b'a'), 98 in bytearray(b'a'), bytearray(b'b') in b'abc')
print(bytearray(b'') in bytearray(b'x'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') == bytearray(b'a'))
print(bytearray(b'a') != b'a', bytearray(b'a') == 'a', bytearray(b'a') < b'b', b'b' > bytearray(b'a'))
print(bytearray(b'ab') <= bytearray(b'ab'), bytearray(b'ab') >= b'b', sorted([bytearray(b'b'), bytearray(b'a')]))
print(bool(bytearray()), bool(bytearray(b'\x00')))
print(list(bytearray(b'abc')), [x for x in bytearray(b'\x01\x02')], sum(bytearray(b'\x01\x02')))
print(bytes(bytearray(b'to bytes')), list(reversed(bytearray(b'abc'))))
print(max(bytearray(b'azb')), bytearray(b'%d-%s-%b') % (5, b'x', bytearray(b'y')))
print(b'%s|%c' % (bytearray(b'ba'), bytearray(b'c')))

# methods shared with bytes
s = bytearray(b'  Hello World  ')
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b' Hd'))
print(s.upper(), s.lower(), s.swapcase(), s.title(), bytearray(b'abc').capitalize())
print(s.split(), s.split(b'o'), s.rsplit(None, 1), bytearray(b'a\nb\r\nc').splitlines())
print(s.find(b'o'), s.rfind(b'o'), s.find(111), s.index(b'W'), s.count(b'l'), s.count(bytearray(b'l')))
print(s.startswith(b'  H'), s.endswith((b'x', bytearray(b'  '))), s.replace(b'l', b'L'), s.replace(b'l', b'', 2))
print(bytearray(b',').join([b'a', bytearray(b'b'), b'c']), b'-'.join([bytearray(b'x'), b'y']))
print(bytearray(b'a=b').partition(b'='), bytearray(b'a=b=c').rpartition(bytearray(b'=')))
print(bytearray(b'ab').center(6, b'*'), bytearray(b'ab').ljust(4), bytearray(b'ab').rjust(4, b'0'), bytearray(b'-5').zfill(4))
print(bytearray(b'abc').isalpha(), bytearray(b'123').isdigit(), bytearray(b'Ab').istitle(), bytearray(b' ').isspace())
print(bytearray(b'pre_x').removeprefix(b'pre_'), bytearray(b'x.py').removesuffix(b'.py'), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'\xde\xad\xbe\xef').hex(), bytearray(b'\xde\xad').hex(':'), bytearray.fromhex('de ad be ef'))
print(type(bytearray.fromhex('00')).__name__, bytes.fromhex('41'), bytearray(b'caf\xc3\xa9').decode(), bytearray(b'abc').decode('ascii'))
print(str(bytearray(b'xyz'), 'utf-8'), b'abcabc'.split(bytearray(b'b')), b'abc'.find(bytearray(b'c')))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), ord(bytearray(b'A')))
print(bytearray(b'a b c').split(maxsplit=1), bytearray(b'abc').isascii())

# errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: bytearray('abc'))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: bytearray(1.5))
t(lambda: bytearray(b'x', 'utf-8'))
t(lambda: bytearray(['a']))
t(lambda: bytearray(b'abc')[3])
t(lambda: bytearray(b'abc')['x'])
t(lambda: bytearray().pop())
t(lambda: bytearray(b'a').pop(5))
t(lambda: bytearray(b'a').remove(98))
t(lambda: bytearray(b'a').append(256))
t(lambda: bytearray(b'a').append('b'))
t(lambda: bytearray(b'a').extend(5))
t(lambda: bytearray(b'a') + 'b')
t(lambda: bytearray(b'a') * 'b')
t(lambda: 'a' in bytearray(b'a'))
t(lambda: hash(bytearray(b'a')))
t(lambda: {bytearray(b'a'): 1})
t(lambda: bytearray(b'a') < 'a')
t(lambda: bytearray(b'\xff').decode())
def setitem(b, k, v):
    b[k] = v
t(lambda: setitem(bytearray(b'abc'), 5, 1))
t(lambda: setitem(bytearray(b'abc'), 0, 300))
t(lambda: setitem(bytearray(b'abc'), slice(0, 1), 5))
t(lambda: setitem(bytearray(b'abc'), slice(None, None, 2), b'x'))
def delitem(b, k):
    del b[k]
t(lambda: delitem(bytearray(b'abc'), 3))
print(bytearray.__hash__ is None, bytearray.__name__)

# subclasses and files
class B(bytearray):
    def total(self):
        return sum(self)
x = B(b'abc')
y = x
x += b'd'
print(type(x).__name__, x is y, x.total(), len(x), b'z' + x, x + b'z', x == b'abcd', isinstance(x, bytearray))
import os
path = os.path.join(os.getenv('TMPDIR', '/tmp'), 'gilpy-bytearray-%d.bin' % os.getpid())
with open(path, 'wb') as f:
    print(f.write(bytearray(b'written')))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
# expect: bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'hi') bytearray(b'h\xc3\xa9')
# expect: bytearray(b'abc') bytearray(b'ABC') bytearray(b'\x00\x01\x02')
# expect: bytearray(b'xy') bytearray(b'\x01\x02') bytearray(b'kw')
# expect: <class 'bytearray'> bytearray True False
# expect: 5 104 111 bytearray(b'el') bytearray(b'olleh') bytearray(b'hlo')
# expect: bytearray(b'hello') bytearray(b'hello') bytearray(b'hello')
# expect: bytearray(b"it\'s") bytearray(b'a\x00\xff\n')
# expect: bytearray(b'hello! you !?')
# expect: bytearray(b'>hello! you !<?.')
# expect: 46 62 60 bytearray(b'hello! you !?')
# expect: bytearray(b'hell! you !?')
# expect: bytearray(b'?! uoy !lleh')
# expect: bytearray(b'?! uoy !lleh') bytearray(b'') 0
# expect: bytearray(b'AbcdeF')
# expect: bytearray(b'AXYZdeF')
# expect: bytearray(b'AdeF')
# expect: bytearray(b'1d2F')
# expect: bytearray(b'<<1d2F>>')
# expect: bytearray(b'<<abc1d2F>>')
# expect: bytearray(b'<abc1d2F>')
# expect: bytearray(b'acdF')
# expect: bytearray(b'aF')
# expect: bytearray(b'reset')
# expect: bytearray(b'TESER')
# expect: bytearray(b'abcd') b'cdab' bytearray(b'ab!') bytes
# expect: bytearray(b'ababab') bytearray(b'ababab') bytearray(b'') bytearray(b'')
# expect: bytearray(b'abcd')
# expect: bytearray(b'abcde') True
# expect: bytearray(b'abcdeabcde') bytearray(b'abcdeabcde')
# expect: True True False True
# expect: True
# expect: True True True
# expect: False False True True
# expect: True False [bytearray(b'a'), bytearray(b'b')]
# expect: False True
# expect: [97, 98, 99] [1, 2] 3
# expect: b'to bytes' [99, 98, 97]
# expect: 122 bytearray(b'5-x-y')
# expect: b'ba|c'
# expect: bytearray(b'Hello World') bytearray(b'Hello World  ') bytearray(b'  Hello World') bytearray(b'ello Worl')
# expect: bytearray(b'  HELLO WORLD  ') bytearray(b'  hello world  ') bytearray(b'  hELLO wORLD  ') bytearray(b'  Hello World  ') bytearray(b'Abc')
# expect: [bytearray(b'Hello'), bytearray(b'World')] [bytearray(b'  Hell'), bytearray(b' W'), bytearray(b'rld  ')] [bytearray(b'  Hello'), bytearray(b'World')] [bytearray(b'a'), bytearray(b'b'), bytearray(b'c')]
# expect: 6 9 6 8 3 3
# expect: True True bytearray(b'  HeLLo WorLd  ') bytearray(b'  Heo World  ')
# expect: bytearray(b'a,b,c') b'x-y'
# expect: (bytearray(b'a'), bytearray(b'='), bytearray(b'b')) (bytearray(b'a=b'), bytearray(b'='), bytearray(b'c'))
# expect: bytearray(b'**ab**') bytearray(b'ab  ') bytearray(b'00ab') bytearray(b'-005')
# expect: True True True True
# expect: bytearray(b'x') bytearray(b'x') bytearray(b'a   b')
# expect: deadbeef de:ad bytearray(b'\xde\xad\xbe\xef')
# expect: bytearray b'A' café abc
# expect: xyz [b'a', b'ca', b'c'] 2
# expect: 256 65
# expect: [bytearray(b'a'), bytearray(b'b c')] True
# expect: TypeError: string argument without an encoding
# expect: ValueError: negative count
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: cannot convert 'float' object to bytearray
# expect: TypeError: encoding without a string argument
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: IndexError: bytearray index out of range
# expect: TypeError: bytearray indices must be integers or slices, not str
# expect: IndexError: pop from empty bytearray
# expect: IndexError: pop index out of range
# expect: ValueError: value not found in bytearray
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: can't extend bytearray with int
# expect: TypeError: can't concat str to bytearray
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: unhashable type: 'bytearray'
# expect: TypeError: unhashable type: 'bytearray'
# expect: TypeError: '<' not supported between instances of 'bytearray' and 'str'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: IndexError: bytearray index out of range
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
# expect: ValueError: attempt to assign bytes of size 1 to extended slice of size 2
# expect: IndexError: bytearray index out of range
# expect: True bytearray
# expect: B True 394 4 b'zabcd' bytearray(b'abcdz') True True
# expect: 7
# expect: b'written'
