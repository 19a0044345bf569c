# re: groups, named groups, backreferences, the Match API (group, groups, groupdict, span, lastindex, lastgroup, expand, repr) and Pattern attributes
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Jane Doe rest')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?'))
print(m[0], m['first'], m[2], m[3])
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r'\2, \g<first> [\g<0>] \g<3>|\n|'))
print(bool(m), m.re.groups, m.re.groupindex['last'], sorted(m.re.groupindex.items()))
for bad in [4, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['x']
except IndexError as e:
    print('IndexError', e)

# lastindex / lastgroup
print(re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|b', 'b').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match(r'(?P<x>a)(b)', 'ab').lastgroup, re.match('a', 'a').lastgroup)
print(re.match(r'(a)(?:b)', 'ab').lastindex, re.match(r'(?P<o>(?P<i>a))', 'a').lastgroup)

# groups in repeats keep the last iteration
print(re.match(r'(\w)+', 'abc').groups(), re.match(r'(a|b)*', 'abba').group(1), re.match(r'(a)*', 'b').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups(), re.match(r'(a*)*', 'b').groups())
print(re.match(r'(a*)+', 'b').span(1), re.match(r'(a|)+', 'aa').groups(), re.match(r'(?:a(b)?)+', 'aba').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(ab)+?', 'ababab').span(1), re.match(r'(a)(?:x|(b))', 'ax').groups())

# nested and empty groups
print(re.match(r'((a)(b(c)))', 'abc').groups(), re.match(r'()', 'x').groups(), re.match(r'(a)?(b)?', 'b').groups('z'))
print(re.search(r'(\d+)-(\d+)', 'call 555-1234 now').group(2, 1))

# backreferences
print(re.findall(r'(\w)\1', 'aabbcd eef'), re.search(r'(?P<w>\w+) (?P=w)', 'it is is ok'))
print(re.search(r'(\w+)\s+\1\b', 'this is the the end'), re.match(r'(a)|\1', 'x'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)?\1', 'b'), re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.findall(r'<(\w+)>.*?</\1>', '<b>bold</b> <i>it</i> <b>x</i>'))

# Pattern objects
p = re.compile(r'(?P<key>\w+)=(?P<val>\d*)')
print(p, p.pattern, p.flags, p.groups, p.groupindex['val'], dict(p.groupindex))
print(re.compile('a+'), re.compile(r'\d', re.I), re.compile('x', re.M | re.S), re.compile('(?x)x', re.A))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') is re.compile('a'))
print(re.compile(p) is p, re.compile("it's"), re.compile('a\nb'), re.compile(r'\d+').flags)
print(p.search('x a=1 b=22').groupdict(), [m.groupdict() for m in p.finditer('a=1,b=,c=3')])
print(p.match('  k=9', 2), p.fullmatch('k=9x', 0, 3), p.findall('a=1 b=2'), p.split('x a=1 y'))
print(type(p).__name__, type(p.match('a=1')).__name__)
# expect: <re.Match object; span=(0, 8), match='Jane Doe'>
# expect: Jane Doe Jane Doe Jane Doe ('Jane', 'Doe', 'Jane Doe')
# expect: ('Jane', 'Doe', None) ('Jane', 'Doe', '-') {'first': 'Jane', 'last': 'Doe'} {'first': 'Jane', 'last': 'Doe'}
# expect: Jane Doe Jane Doe None
# expect: 0 8 (0, 8) 5 8 (-1, -1) -1
# expect: 2 last 0 13 Jane Doe rest re.compile('(?P<first>\\w+) (?P<last>\\w+)(?: (\\d+))?')
# expect: ((0, 8), (0, 4), (5, 8), (-1, -1))
# expect: Doe, Jane [Jane Doe] |
# expect: |
# expect: True 3 2 [('first', 1), ('last', 2)]
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: IndexError no such group
# expect: 2 1 None
# expect: y None None
# expect: 1 o
# expect: ('c',) a (None,)
# expect: ('a',) ('a', 'b') ('',)
# expect: (0, 0) ('',) ('b',)
# expect: ('b', 'a') (0, 2) ('a', None)
# expect: ('abc', 'a', 'bc', 'c') ('',) ('z', 'b')
# expect: ('1234', '555')
# expect: ['a', 'b', 'e'] <re.Match object; span=(3, 8), match='is is'>
# expect: <re.Match object; span=(2, 7), match='is is'> None
# expect: <re.Match object; span=(0, 2), match='aA'> None <re.Match object; span=(0, 11), match='abcdefghijj'>
# expect: ['b', 'i']
# expect: re.compile('(?P<key>\\w+)=(?P<val>\\d*)') (?P<key>\w+)=(?P<val>\d*) 32 2 2 {'key': 1, 'val': 2}
# expect: re.compile('a+') re.compile('\\d', re.IGNORECASE) re.compile('x', re.MULTILINE|re.DOTALL) re.compile('(?x)x', re.VERBOSE|re.ASCII)
# expect: True False True
# expect: True re.compile("it's") re.compile('a\nb') 32
# expect: {'key': 'a', 'val': '1'} [{'key': 'a', 'val': '1'}, {'key': 'b', 'val': ''}, {'key': 'c', 'val': '3'}]
# expect: <re.Match object; span=(2, 5), match='k=9'> <re.Match object; span=(0, 3), match='k=9'> [('a', '1'), ('b', '2')] ['x ', 'a', '1', ' y']
# expect: Pattern Match
