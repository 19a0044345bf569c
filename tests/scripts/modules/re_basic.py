# re: search/match/fullmatch/findall/finditer, literals, dot, classes, escapes, anchors, quantifiers, alternation, pos/endpos and long inputs
import re

# module-level functions
print(re.search(r'\d+', 'order 66 and 99'))
print(re.search(r'\d+', 'no digits here'))
print(re.match(r'\w+', 'hello world'), re.match(r'\d', 'hello'))
print(re.fullmatch(r'\w+', 'hello'), re.fullmatch(r'\w+', 'hello world'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'))
print(re.findall(r'\w+', 'The quick, brown fox.'))
print(re.findall(r'(\w)(\d)', 'a1 b2 cc d4'))
print(re.findall(r'(\w)\d', 'a1 b2 cc d4'))
print([m.span() for m in re.finditer(r'o+', 'foo boo o')])
print([m.group() for m in re.finditer(r'\d', 'a1b22c')])

# literals, dot, classes
print(re.findall(r'a.c', 'abc a\nc axc'))
print(re.findall(r'[aeiou]', 'education'), re.findall(r'[^aeiou ]+', 'hello big world'))
print(re.findall(r'[a-f0-9]+', 'zz deadbeef 42 xyz'), re.findall(r'[-+]?\d+', '+1 -2 3-4'))
print(re.findall(r'[]x]', 'a]x'), re.findall(r'[\]\\]', 'a]\\b'), re.findall(r'[.*+]', 'a.b*c+'))
print(re.findall(r'[\d\s]+', 'ab 12 3x'), re.findall(r'[^\W\d_]+', 'ab12_cd'))

# escapes
print(re.findall(r'\d+', '12 ab 345'), re.findall(r'\D+', '12 ab 345'))
print(re.findall(r'\s+', 'a \t\nb'), re.findall(r'\S+', ' a bb  c '))
print(re.findall(r'\w+', 'héllo wörld naïve_1 ٣٤'), re.findall(r'\W+', 'a, b!c'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat cats'), re.findall(r'\Bcat\B', 'concatenate cat'))
print(re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00 ABCA\x00'), re.findall(r'\t|\n', 'a\tb\nc'))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'cab'), re.search(r'ab\Z', 'cab'), re.search(r'ab\Z', 'ab\n'))
print(re.findall(r'\.\*\?\(\)', 'x.*?()y'), re.findall(r'\$\d+\.\d{2}', 'pay $12.50 or $3.99'))

# anchors
print(re.findall(r'^\w+', 'one two\nthree four'), re.findall(r'\w+$', 'one two\nthree four'))
print(re.findall(r'^\w+', 'one two\nthree four', re.M), re.findall(r'\w+$', 'one two\nthree four\n', re.M))
print(re.search('a$', 'a\n'), re.search('^$', ''), re.findall('$', 'a\nb\n'), re.findall('(?m)^', 'a\nb\n'))

# quantifiers
print(re.findall(r'a*', 'baaac'), re.findall(r'a+', 'baaacaa'), re.findall(r'ab?', 'a ab abb'))
print(re.findall(r'\d{3}', '12345678'), re.findall(r'\d{2,3}', '12345678'), re.findall(r'\d{2,}', '1 12 12345'))
print(re.findall(r'x{,2}', 'xxxxx'), re.findall(r'a{0}b', 'ab b'), re.findall(r'x{2}y', 'xxy xy'))
print(re.findall(r'a{,}', 'aaa'), re.findall(r'a{x}', 'a{x}'), re.findall(r'a{1', 'a{1'), re.findall(r'{}', '{}'))
print(re.search(r'<.*>', '<a><b>'), re.search(r'<.*?>', '<a><b>'), re.search(r'a+?', 'aaa'))
print(re.search(r'\d{2,4}?', '12345'), re.search(r'a??b', 'ab'), re.search(r'(a|b)*?c', 'ababc'))
print(re.match(r'(a+)+b', 'aaaaab'), re.match(r'(\w+)\s(\w+)', 'hello world!'))

# alternation
print(re.findall(r'cat|dog|bird', 'dog cat fish bird'), re.findall(r'a|ab|abc', 'abc'))
print(re.search(r'(?:ab|a)(?:bc|c)?$', 'abc'), re.findall(r'x(?:a|b|c)y', 'xay xby xdy'))

# pos / endpos
p = re.compile(r'\w+')
print(p.search('hello world', 3), p.search('hello world', 0, 3), p.match('hello world', 6))
print(p.findall('one two three', 4, 11), p.fullmatch('hello world', 6), p.search('abc', 10))
print(re.compile(r'^b').search('ab', 1), re.compile(r'(?m)^b').search('a\nb', 1), re.compile('$').search('abc', 0, 2))
m = p.search('  xyz  ', 1, 5)
print(m, m.pos, m.endpos, m.string)

# long inputs do not exhaust the recursion limit
big = 'word ' * 20000
print(len(re.findall(r'\w+', big)), re.match(r'a*', 'a' * 10000).end(), re.match(r'(?:ab)*', 'ab' * 5000).end())
print(re.match(r'(a|b)*c', 'ab' * 3000 + 'c').span(), re.search(r'x', 'y' * 50000 + 'x').start())
print(re.match(r'(?:a|b)*?c', 'ab' * 3000 + 'c').end(), re.match(r'"(?:[^"\\]|\\.)*"', '"' + 'a\\"' * 3000 + '"').end())
print(re.match(r'.*', 'x' * 20000).end(), re.match(r'.*?$', 'x' * 20000).end(), len(re.split(r',\s*', 'a, b,' * 5000)))
# expect: <re.Match object; span=(6, 8), match='66'>
# expect: None
# expect: <re.Match object; span=(0, 5), match='hello'> None
# expect: <re.Match object; span=(0, 5), match='hello'> None
# expect: <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 3), match='aaa'>
# expect: ['The', 'quick', 'brown', 'fox']
# expect: [('a', '1'), ('b', '2'), ('d', '4')]
# expect: ['a', 'b', 'd']
# expect: [(1, 3), (5, 7), (8, 9)]
# expect: ['1', '2', '2']
# expect: ['abc', 'axc']
# expect: ['e', 'u', 'a', 'i', 'o'] ['h', 'll', 'b', 'g', 'w', 'rld']
# expect: ['deadbeef', '42'] ['+1', '-2', '3', '-4']
# expect: [']', 'x'] [']', '\\'] ['.', '*', '+']
# expect: [' 12 3'] ['ab', 'cd']
# expect: ['12', '345'] [' ab ']
# expect: [' \t\n'] ['a', 'bb', 'c']
# expect: ['héllo', 'wörld', 'naïve_1', '٣٤'] [', ', '!']
# expect: ['cat', 'cat'] ['cat']
# expect: ['ABCA\x00', 'ABCA\x00'] ['\t', '\n']
# expect: <re.Match object; span=(0, 2), match='ab'> None <re.Match object; span=(1, 3), match='ab'> None
# expect: ['.*?()'] ['$12.50', '$3.99']
# expect: ['one'] ['four']
# expect: ['one', 'three'] ['two', 'four']
# expect: <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 0), match=''> ['', ''] ['', '', '']
# expect: ['', 'aaa', '', ''] ['aaa', 'aa'] ['a', 'ab', 'ab']
# expect: ['123', '456'] ['123', '456', '78'] ['12', '12345']
# expect: ['xx', 'xx', 'x', ''] ['b', 'b'] ['xxy']
# expect: ['aaa', ''] ['a{x}'] ['a{1'] ['{}']
# expect: <re.Match object; span=(0, 6), match='<a><b>'> <re.Match object; span=(0, 3), match='<a>'> <re.Match object; span=(0, 1), match='a'>
# expect: <re.Match object; span=(0, 2), match='12'> <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 5), match='ababc'>
# expect: <re.Match object; span=(0, 6), match='aaaaab'> <re.Match object; span=(0, 11), match='hello world'>
# expect: ['dog', 'cat', 'bird'] ['a']
# expect: <re.Match object; span=(0, 3), match='abc'> ['xay', 'xby']
# expect: <re.Match object; span=(3, 5), match='lo'> <re.Match object; span=(0, 3), match='hel'> <re.Match object; span=(6, 11), match='world'>
# expect: ['two', 'thr'] <re.Match object; span=(6, 11), match='world'> None
# expect: None <re.Match object; span=(2, 3), match='b'> <re.Match object; span=(2, 2), match=''>
# expect: <re.Match object; span=(2, 5), match='xyz'> 1 5   xyz  
# expect: 20000 10000 10000
# expect: (0, 6001) 50000
# expect: 6001 9002
# expect: 20000 20000 10001
