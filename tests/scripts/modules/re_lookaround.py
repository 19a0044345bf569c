# re: lookahead, lookbehind, conditional groups, atomic groups, possessive repeats, nested repeats and everyday patterns
import re

# lookahead
print(re.findall(r'\w+(?=,)', 'a, b c, d'), re.findall(r'\d(?!px)', '1px 2em 3'), re.search(r'(?=(\w+))\w', 'abc').groups())
print(re.findall(r'(?=(\d\d))', '12345'), re.match(r'(?!abc)\w+', 'abd'), re.match(r'(?!abc)\w+', 'abc'))
print(re.findall(r'^(?=.*\d)(?=.*[a-z])\w{6,}$', 'abc123\nabcdef\n123456\nx1y2z3', re.M))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '9876543210'))

# lookbehind
print(re.findall(r'(?<=\$)\d+', 'cost $15 and $200, 30'), re.findall(r'(?<!\$)\b\d+', 'cost $15 and $200, 30'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx ex'), re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<!(a))b', 'cb').groups())
print(re.findall(r'(?<=\b)\w', 'hi yo'), re.search(r'(?<=a)b', 'ab', 1), re.findall(r'(?<![a-z])[A-Z]', 'aB C dE F'))
print(re.findall(r'(?<=a(?=b))b', 'ab ac'), re.findall(r'(?<=\d{3})-', '123-4-567-'))

# conditional groups
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
print(p.match('<user@host.com>'), p.match('user@host.com'), p.match('<user@host.com'), p.match('user@host.com>'))
print(re.findall(r'(?P<q>")?\w+(?(q)")', '"ab" cd "ef'), re.match(r'(a)?(?(1)b)c', 'c'))

# atomic groups and possessive quantifiers
print(re.match(r'(?>a*)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?>ab|a)c', 'abc'))
print(re.match(r'a++a', 'aaa'), re.match(r'a*+b', 'aab'), re.findall(r'\d?+\w', '1a b'), re.match(r'(?:ab)++', 'ababa'))

# comments and nested quantifiers
print(re.match(r'a(?#this is ignored)b', 'ab'), re.match(r'(?:a(?:b|c)*)+d', 'abcacbd'), re.match(r'(?:a*)*b', 'aab'))
print(re.match(r'((ab)*c)*d', 'ababcabcd').groups(), re.match(r'(a{2}){2,3}', 'aaaaaaa').span(), re.match(r'(?:x|y){3}z', 'xyxz'))
print(re.match(r'(a|b|ab)+c', 'ababc').groups(), re.match(r'(a+|b+)*?c', 'aabbc').groups(), re.match(r'(?:(a)|(b))+', 'ab').lastindex)
print(re.fullmatch(r'(\w+?)(\d*)', 'abc123').groups(), re.fullmatch(r'(.*)(\d+)', 'abc123').groups(), re.fullmatch(r'(.*?)(\d+)', 'abc123').groups())

# classic examples
email = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
print(email.findall('mail bob.smith+x@mail.example.com or alice@ex.org; not@valid'))
log = '2024-01-05 12:30:01 ERROR disk full\n2024-01-05 12:31:00 INFO ok\n'
print([m.groupdict() for m in re.finditer(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<msg>.*)$', log, re.M)])
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "hi \"you\"" and "bye"'), re.sub(r'\s+$', '', 'trailing   \n'))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'), re.findall(r'\b(\w)(\w*)\1\b', 'abca bob noon x'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower(), re.findall(r'0[xX][0-9a-fA-F]+|\d+', '0x1F 42 0XAB'))
# expect: ['a', 'c'] ['2', '3'] ('abc',)
# expect: ['12', '23', '34', '45'] <re.Match object; span=(0, 3), match='abd'> None
# expect: ['abc123', 'x1y2z3']
# expect: 1,234,567 9,876,543,210
# expect: ['15', '200'] ['30']
# expect: ['x', 'x'] ('a',) (None,)
# expect: ['h', 'y'] <re.Match object; span=(1, 2), match='b'> ['C', 'F']
# expect: ['b'] ['-', '-']
# expect: <re.Match object; span=(0, 15), match='<user@host.com>'> <re.Match object; span=(0, 13), match='user@host.com'> None None
# expect: ['"', '', ''] <re.Match object; span=(0, 1), match='c'>
# expect: None None <re.Match object; span=(0, 3), match='abc'>
# expect: None <re.Match object; span=(0, 3), match='aab'> ['1a', 'b'] <re.Match object; span=(0, 4), match='abab'>
# expect: <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 7), match='abcacbd'> <re.Match object; span=(0, 3), match='aab'>
# expect: ('abc', 'ab') (0, 6) <re.Match object; span=(0, 4), match='xyxz'>
# expect: ('b',) ('bb',) 2
# expect: ('abc', '123') ('abc12', '3') ('abc', '123')
# expect: ['bob.smith+x@mail.example.com', 'alice@ex.org']
# expect: [{'date': '2024-01-05', 'time': '12:30:01', 'level': 'ERROR', 'msg': 'disk full'}, {'date': '2024-01-05', 'time': '12:31:00', 'level': 'INFO', 'msg': 'ok'}]
# expect: ['hi \\"you\\"', 'bye'] trailing
# expect: ['One.', 'Two!', 'Three?', 'Four'] [('a', 'bc'), ('b', 'o'), ('n', 'oo')]
# expect: camel_case_string ['0x1F', '42', '0XAB']
