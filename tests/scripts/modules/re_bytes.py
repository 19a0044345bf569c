# re: bytes patterns: matching, groups, findall/split/sub, IGNORECASE and escape
import re

p = re.compile(rb'(?P<k>\w+)=(?P<v>\d+)')
print(p, p.pattern, p.flags, p.groups)
m = p.search(b'x: key=42;')
print(m, m.group(), m.group('k'), m.groups(), m.groupdict(), m.span(2), m.string)
print(p.findall(b'a=1 b=2'), re.findall(rb'\d+', b'1 22 333'), re.split(rb',\s*', b'a, b,c'))
print(re.sub(rb'(\w+)@(\w+)', rb'\2 at \1', b'me@home'), re.subn(b'a', b'-', b'banana'), re.sub(b'x', lambda m: b'[' + m.group() + b']', b'axb'))
print(re.findall(rb'\w+', 'héllo'.encode('utf-8')), re.findall(rb'[\x80-\xff]+', 'héllo'.encode('utf-8')))
print(re.match(b'abc', b'ABC', re.I), re.fullmatch(rb'\x00\xff', b'\x00\xff'), re.search(rb'\bb', b'a b'))
print(re.compile(b'a', re.I), re.escape(b'1.5*x'), [m.span() for m in re.finditer(b'a*', b'baa')])
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print(e)
# expect: re.compile(b'(?P<k>\\w+)=(?P<v>\\d+)') b'(?P<k>\\w+)=(?P<v>\\d+)' 0 2
# expect: <re.Match object; span=(3, 9), match=b'key=42'> b'key=42' b'key' (b'key', b'42') {'k': b'key', 'v': b'42'} (7, 9) b'x: key=42;'
# expect: [(b'a', b'1'), (b'b', b'2')] [b'1', b'22', b'333'] [b'a', b'b', b'c']
# expect: b'home at me' (b'b-n-n-', 3) b'a[x]b'
# expect: [b'h', b'llo'] [b'\xc3\xa9']
# expect: <re.Match object; span=(0, 3), match=b'ABC'> <re.Match object; span=(0, 2), match=b'\x00\xff'> <re.Match object; span=(2, 3), match=b'b'>
# expect: re.compile(b'a', re.IGNORECASE) b'1\\.5\\*x' [(0, 0), (1, 3), (3, 3)]
# expect: cannot use UNICODE flag with a bytes pattern
