# re: sub/subn with templates, callables and count, CPython 3.7+ empty-match rules, split with groups and maxsplit, escape, template errors
import re

# sub with string templates
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k> (\g<0>) \g<1>', 'a=1 b=2'))
print(repr(re.sub(r'-', r'\n', 'a-b')), repr(re.sub('x', r'\t\\', 'axb')), repr(re.sub('x', r'[\0\101]', 'x')))
print(re.sub('a', r'\-\.\&', 'cat'), re.sub(r'(a)|b', r'[\1]', 'abc'), re.sub('x', '', 'axbxc'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'), re.sub(r'(\d)(\d)?', r'<\2>', '1 23'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1), re.sub('A', 'b', 'aAa', flags=re.I))
print(re.subn(r'\s+', ' ', 'a  b \t c'), re.subn('z', 'y', 'abc'), re.subn('a', 'b', 'aaa', 2))

# callable replacement
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper() if len(m['w']) > 2 else '', 'the big ox ran'))
print(re.subn(r'x', lambda m: '[%d]' % m.start(), 'axbxx'))

# empty matches (CPython 3.7+ rules)
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'\b', '|', 'hi there'))
print(re.sub('a|', '-', 'bab'), re.subn('(?=b)', '^', 'abab'), re.sub('$', '!', 'ab\n'))
print(re.findall('', 'ab'), re.findall('x*', 'axxb'), re.findall(r'|a', 'aba'), [m.span() for m in re.finditer(r'\b', 'a b')])

# split
print(re.split(r',\s*', 'a, b,c,   d'), re.split(', ', 'a, b, c'), re.split('x', 'axbxc', 1))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\s+', '  lead and trail  '))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split(r'(?=b)', 'abab'), re.split('', 'ab'))
print(re.split('z', 'abc'), re.split('a', ''), re.split('', ''), re.split(r'(a)?b', 'cbab'))
print(re.compile(r'\d').split('a1b2c3', 2), re.split('a', 'bab', -1))

# escape
print(re.escape('a.b*c?d'), re.escape('1+1=2 (yes) [ok] {x} ^$|\\ #~&-'), re.escape('héllo_wörld'))
print(re.escape('\t\n'), re.match(re.escape('a.b(c)'), 'a.b(c)'), re.escape(b'a.b'))

# template errors
for pat, repl in [('(a)', r'\2'), ('(a)', r'\g<2>'), ('(a)', r'\g<x>'), ('(a)', r'\g<1'), ('(a)', r'\g'),
                  ('(a)', r'\g<>'), ('(a)', r'\g<-1>'), ('(a)', r'\q'), ('(a)', 'x\\'), ('(a)', r'\777')]:
    try:
        print(re.sub(pat, repl, 'a'))
    except re.error as e:
        print('error:', e)
    except IndexError as e:
        print('IndexError:', e)
# expect: world hello, day good
# expect: 1:a (a=1) a 2:b (b=2) b
# expect: 'a\nb' 'a\t\\b' '[\x00A]'
# expect: c\-\.\&t [a][]c abc
# expect: a10b20 <> <3>
# expect: bbaa baaa bbb
# expect: ('a b c', 2) ('abc', 0) ('bba', 2)
# expect: a2 b44 c666
# expect: THE BIG  RAN
# expect: ('a[1]b[3][4]', 3)
# expect: -a-b--d- -a-b-c- |hi| |there|
# expect: -b--b- ('a^ba^b', 2) ab!
# expect: !
# expect: ['', '', ''] ['', 'xx', '', ''] ['', 'a', '', '', 'a', ''] [(0, 0), (1, 1), (2, 2), (3, 3)]
# expect: ['a', 'b', 'c', 'd'] ['a', 'b', 'c'] ['a', 'bxc']
# expect: ['a', ',', 'b', ',', 'c'] ['a', ',', None, 'b', None, ';', 'c'] ['', 'lead', 'and', 'trail', '']
# expect: ['Words', 'words', 'words', ''] ['Words', ', ', 'words', ', ', 'words', '.', '']
# expect: ['Words', 'words, words.'] ['0', '3', '9']
# expect: ['', 'a', ' ', 'b', ''] ['', 'a', '', 'b', 'c', ''] ['a', 'ba', 'b'] ['', 'a', 'b', '']
# expect: ['abc'] [''] ['', ''] ['c', None, '', 'a', '']
# expect: ['a', 'b', 'c3'] ['bab']
# expect: a\.b\*c\?d 1\+1=2\ \(yes\)\ \[ok\]\ \{x\}\ \^\$\|\\\ \#\~\&\- héllo_wörld
# expect: \	\
# expect:  <re.Match object; span=(0, 6), match='a.b(c)'> b'a\\.b'
# expect: error: invalid group reference 2 at position 1
# expect: error: invalid group reference 2 at position 3
# expect: IndexError: unknown group name 'x'
# expect: error: missing >, unterminated name at position 3
# expect: error: missing < at position 2
# expect: error: missing group name at position 3
# expect: error: bad character in group name '-1' at position 3
# expect: error: bad escape \q at position 0
# expect: error: bad escape (end of pattern) at position 1
# expect: error: octal escape value \777 outside of range 0-0o377 at position 0
