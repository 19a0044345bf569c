# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags, re.error messages and positions, type errors, purge
import re

# flag values combine as ints
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.I | re.M), re.I | re.M == 10, isinstance(re.S, int))
print(re.IGNORECASE == re.I, re.MULTILINE == re.M, re.DOTALL == re.S, re.VERBOSE == re.X, re.ASCII == re.A, re.NOFLAG == 0)
print(re.I, re.I | re.M, repr(re.S | re.X))

# IGNORECASE
print(re.findall('hello', 'Hello HELLO hello', re.I), re.findall('[a-c]+', 'ABCdef', re.IGNORECASE))
print(re.findall('[^a-c]+', 'ABCdef', re.I), re.search(r'(?i)straße', 'STRAẞE'), re.findall('(?i)σ', 'Σσς'))
print(re.match(r'(?i)[k]', '\u212a'), re.findall(r'(?i)\w+', 'ÀÉ àé'), re.findall('É', 'éÉ', re.I))
print(re.findall('é', 'éÉ', re.I | re.A), re.findall('e', 'eE', re.I | re.A))

# MULTILINE and DOTALL
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M), re.findall(r'^\w+$', 'a\nb', re.M))
print(re.search('line.second', text), re.search('line.second', text, re.S), re.findall('.+', text, re.S))
print(re.findall(r'(?s).', 'a\nb'), re.findall(r'(?m)^$', 'a\n\nb\n'), re.findall(r'\A\w', text, re.M))

# VERBOSE
p = re.compile(r'''
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac> \d+ ) )?   # optional fraction
    \ units             # escaped space
    [ #]                # class keeps space and hash
''', re.X)
print(p.match('12.5 units#').groupdict(), p.match('7 units ').groupdict())
print(re.findall(r'(?x) a b | c  d  # alternatives', 'ab cd abcd'), re.match(r'(?x)a\ b', 'a b'))

# ASCII
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\d+', '12 ٣٤', re.A), re.findall(r'(?a)\s', 'a\u2003b c'))
print(re.findall(r'\bé', 'é é'), re.findall(r'\bé', 'é é', re.A))

# inline and scoped flags
print(re.compile('(?i)abc').flags, re.compile('(?im)abc').flags, re.compile('(?i)(?m)a').flags, re.compile('(?a)x').flags)
print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I), re.findall('(?s:.)a|.b', '\na\nb'))
print(re.findall(r'(?x: a b ) c', 'abc ab c'), re.findall(r'(?m:^x)|^y', 'y\nx\ny'), re.findall(r'(?i:[a-c])d', 'Ad BD cd'))

# errors: message, position, line and column
bad = ['(abc', 'abc)', '*a', 'a**', 'a{2}{3}', '[a-', '[z-a]', r'\q', '(?P<1>a)', '(?P<n>a)(?P<n>b)', '(?P=x)',
       r'(a)\2', r'(a\1)', '(?<x)', '(?', '(?i', '(?-i)', 'a|(?i)b', r'(?<=a+)b', r'\x4', '\\', 'x{3,1}', '(?#abc',
       '(?P<a', '(?(2)a|b)', r'[\d-z]', '+', '?', 'a|*', '(*)', 'ab\n(c', 'a\n  *', r'(?i)(?P<g>x)\k']
for pat in bad:
    try:
        re.compile(pat)
        print('compiled', repr(pat))
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
print(issubclass(re.error, Exception), re.error.__name__)

# type and value errors
for call in [lambda: re.compile(5), lambda: re.search('a', 5), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
             lambda: re.compile(re.compile('a'), re.I), lambda: re.compile('a', re.L), lambda: re.compile('a', re.A | re.U)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# the cache
p1 = re.compile('cache me')
re.purge()
print(re.compile('cache me') == p1, re.compile('cache me').search('do cache me'))
# expect: 2 8 16 64 256 10 True True
# expect: True True True True True True
# expect: re.IGNORECASE re.IGNORECASE|re.MULTILINE re.DOTALL|re.VERBOSE
# expect: ['Hello', 'HELLO', 'hello'] ['ABC']
# expect: ['def'] <re.Match object; span=(0, 6), match='STRAẞE'> ['Σ', 'σ', 'ς']
# expect: <re.Match object; span=(0, 1), match='K'> ['ÀÉ', 'àé'] ['é', 'É']
# expect: ['é'] ['e', 'E']
# expect: ['first', 'second', 'third'] ['line', 'line', 'third'] ['a', 'b']
# expect: None <re.Match object; span=(6, 17), match='line\nsecond'> ['first line\nsecond line\nthird']
# expect: ['a', '\n', 'b'] ['', ''] ['f']
# expect: {'int': '12', 'frac': '5'} {'int': '7', 'frac': None}
# expect: ['ab', 'cd', 'ab', 'cd'] <re.Match object; span=(0, 3), match='a b'>
# expect: ['h', 'llo', 'w', 'rld'] ['12'] [' ']
# expect: ['é', 'é'] []
# expect: 34 42 42 256
# expect: ['ab', 'Ab'] ['ab', 'Ab'] ['\na']
# expect: ['ab c'] ['y', 'x'] ['Ad', 'cd']
# expect: '(abc' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# expect: 'abc)' -> unbalanced parenthesis at position 3 | unbalanced parenthesis 3 1 4 True
# expect: '*a' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a**' -> multiple repeat at position 2 | multiple repeat 2 1 3 True
# expect: 'a{2}{3}' -> multiple repeat at position 4 | multiple repeat 4 1 5 True
# expect: '[a-' -> unterminated character set at position 0 | unterminated character set 0 1 1 True
# expect: '[z-a]' -> bad character range z-a at position 1 | bad character range z-a 1 1 2 True
# expect: '\\q' -> bad escape \q at position 0 | bad escape \q 0 1 1 True
# expect: '(?P<1>a)' -> bad character in group name '1' at position 4 | bad character in group name '1' 4 1 5 True
# expect: '(?P<n>a)(?P<n>b)' -> redefinition of group name 'n' as group 2; was group 1 at position 12 | redefinition of group name 'n' as group 2; was group 1 12 1 13 True
# expect: '(?P=x)' -> unknown group name 'x' at position 4 | unknown group name 'x' 4 1 5 True
# expect: '(a)\\2' -> invalid group reference 2 at position 4 | invalid group reference 2 4 1 5 True
# expect: '(a\\1)' -> cannot refer to an open group at position 2 | cannot refer to an open group 2 1 3 True
# expect: '(?<x)' -> unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2 True
# expect: '(?' -> unexpected end of pattern at position 2 | unexpected end of pattern 2 1 3 True
# expect: '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# expect: '(?-i)' -> missing : at position 4 | missing : 4 1 5 True
# expect: 'a|(?i)b' -> global flags not at the start of the expression at position 2 | global flags not at the start of the expression 2 1 3 True
# expect: '(?<=a+)b' -> look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# expect: '\\x4' -> incomplete escape \x4 at position 0 | incomplete escape \x4 0 1 1 True
# expect: '\\' -> bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0 1 1 True
# expect: 'x{3,1}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# expect: '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# expect: '(?P<a' -> missing >, unterminated name at position 4 | missing >, unterminated name 4 1 5 True
# expect: '(?(2)a|b)' -> invalid group reference 2 at position 3 | invalid group reference 2 3 1 4 True
# expect: '[\\d-z]' -> bad character range \d-z at position 1 | bad character range \d-z 1 1 2 True
# expect: '+' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: '?' -> nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# expect: 'a|*' -> nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# expect: '(*)' -> nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# expect: 'ab\n(c' -> missing ), unterminated subpattern at position 3 (line 2, column 1) | missing ), unterminated subpattern 3 2 1 True
# expect: compiled 'a\n  *'
# expect: '(?i)(?P<g>x)\\k' -> bad escape \k at position 12 | bad escape \k 12 1 13 True
# expect: missing ), unterminated subpattern at position 0 b'(a'
# expect: True error
# expect: TypeError first argument must be string or compiled pattern
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError cannot use a string pattern on a bytes-like object
# expect: TypeError cannot use a bytes pattern on a string-like object
# expect: ValueError cannot process flags argument with a compiled pattern
# expect: ValueError cannot use LOCALE flag with a str pattern
# expect: ValueError ASCII and UNICODE flags are incompatible
# expect: True <re.Match object; span=(3, 11), match='cache me'>
