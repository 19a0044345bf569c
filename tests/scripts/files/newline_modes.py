# open(newline=...): '' keeps line ends and splits lines at \r, \n and \r\n (as csv needs), '\r'/'\r\n' end lines there and translate \n on writing
import os, io, csv
with open('nl_test.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
print(repr(open('nl_test.txt', newline='').read()))
print(list(open('nl_test.txt', newline='')))
print(list(open('nl_test.txt')), repr(open('nl_test.txt').read()))
print(list(open('nl_test.txt', newline='\r')), list(open('nl_test.txt', newline='\r\n')))
with open('nl_test.txt', 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open('nl_test.txt', 'rb').read())
with open('nl_test.txt', 'w', newline='') as f:
    csv.writer(f).writerows([['a', 'multi\nline'], ['b', 'c']])
with open('nl_test.txt', newline='') as f:
    print(list(csv.reader(f)))
print(open('nl_test.txt', 'rb').read())
try: open('nl_test.txt', newline='x')
except ValueError as e: print(e)
os.remove('nl_test.txt')
# expect: 'a\r\nb\rc\n'
# expect: ['a\r\n', 'b\r', 'c\n']
# expect: ['a\n', 'b\n', 'c\n'] 'a\nb\nc\n'
# expect: ['a\r', '\nb\r', 'c\n'] ['a\r\n', 'b\rc\n']
# expect: b'x\r\ny\r\n'
# expect: [['a', 'multi\nline'], ['b', 'c']]
# expect: b'a,"multi\nline"\r\nb,c\r\n'
# expect: illegal newline value: x
