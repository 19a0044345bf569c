# csv: reader (quoting, embedded delimiters/newlines, doubled quotes, escapechar, skipinitialspace, QUOTE_NONE/NONNUMERIC, strict errors, line_num, field_size_limit), writer (quoting modes, escaping, return values, errors), dialect parameter validation messages, round trips.
import csv
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


def read(data, **kw):
    return list(csv.reader(data, **kw))


# --- reader: basics and quoting
print(read(['a,b,c', '1,2,3']))
print(read(['a,b,c\r\n', '1,2,3\n', '\n', '', 'x\r']))
print(read(['"a,b",c', '"say ""hi""",d', '"",e', ',,']))
print(read(io.StringIO('a,"multi\nline",b\r\n"x\r\ny",z\r\n')))
print(read(io.StringIO('"unterminated\nfield')))
print(read(['a,"b"c,d', '"x" ,y']))
print(read(['a;b;"c;d"'], delimiter=';'))
print(read(["a|'b|c'|d"], delimiter='|', quotechar="'"))
print(read(['a, b,  "c, d"'], skipinitialspace=True))
print(read(['a, b,  "c, d"']))
print(read(['a  b   c'], delimiter=' ', skipinitialspace=True))
print(read(['a\\,b,c\\"d,"e\\"f"'], escapechar='\\'))
print(read(['a,b\\'], escapechar='\\'))
print(read(['a,"b\\', 'c"'], escapechar='\\'))
print(read(['"a""b"', '"c"d"'], doublequote=False))
print(read(['"a"b",c'], quoting=csv.QUOTE_NONE))
print(read(['1,"2",,3.5, 4,-1e3'], quoting=csv.QUOTE_NONNUMERIC))
show(lambda: read(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
print(read(['a\tb\t"c\td"'], dialect='excel-tab'))
print(read(['a\tb'], dialect=csv.excel_tab))
print(read(['\0,x']))

# --- reader: errors
show(lambda: read(['a,"b"c'], strict=True))
show(lambda: read(['"a'], strict=True))
show(lambda: read(['a\rb']))
show(lambda: read(['a\nb']))
show(lambda: read([b'a,b']))
show(lambda: read([1]))
show(lambda: csv.reader(5))
show(lambda: read([], dialect='nope'))
show(lambda: read([], delimiter=''))
show(lambda: read([], delimiter=',,'))
show(lambda: read([], delimiter=None))
show(lambda: read([], quotechar=5))
show(lambda: read([], quoting=9))
show(lambda: read([], quotechar=None, quoting=csv.QUOTE_ALL))
show(lambda: read([], lineterminator=None))
show(lambda: read([], bogus=1))

# --- reader: line_num and iteration
r = csv.reader(['a,b', '"c', 'd",e', '', 'f'])
print(r.line_num)
for row in r:
    print(r.line_num, row)
print(type(r).__name__, iter(r) is r)
r = csv.reader([])
show(lambda: next(r))

# --- field_size_limit
old = csv.field_size_limit()
print(old, csv.field_size_limit(5), csv.field_size_limit())
print(read(['abcde,"vwxyz"']))
show(lambda: read(['abcdef']))
show(lambda: read(['"abcdef"']))
print(csv.field_size_limit(old))
show(lambda: csv.field_size_limit('x'))

# --- writer
def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    results = [w.writerow(row) for row in rows]
    return results, s.getvalue()

print(write([['a', 'b'], [1, 2.5, None, True], []]))
print(write([['a,b', 'c"d', 'e\nf', 'g\rh', ' i ', '']]))
print(write([['']]), write([[None]]), write([['', '']]))
print(write([['a', 1, 2.0, None, '3']], quoting=csv.QUOTE_ALL))
print(write([['a', 1, 2.0, None, '3', True]], quoting=csv.QUOTE_NONNUMERIC))
print(write([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(write([['c"d', 'e\\f', 'g,h']], escapechar='\\'))
print(write([['c"d']], doublequote=False, escapechar='\\'))
show(lambda: write([['c"d']], doublequote=False))
show(lambda: write([['a,b']], quoting=csv.QUOTE_NONE))
show(lambda: write([['']], quoting=csv.QUOTE_NONE))
show(lambda: write([5]))
show(lambda: csv.writer(None))
print(write([['a;b', 'c d']], delimiter=';', lineterminator='\n'))
print(write([['x', 'y']], dialect='unix'))
print(write([['x', 'y']], dialect=csv.excel_tab))
print(write([('gen%d' % i for i in range(3))]))
s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['a', 1], ('b', 2), iter(['c', 3])]), repr(s.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting == csv.QUOTE_MINIMAL)

# --- round trip
rows = [['plain', 'with,comma', 'with "quotes"', 'multi\nline', '', ' sp '], ['1', '2', '3', '4', '5', '6']]
s = io.StringIO()
csv.writer(s).writerows(rows)
print(list(csv.reader(io.StringIO(s.getvalue()))) == rows)
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerows(rows)
    print(q, list(csv.reader(io.StringIO(s.getvalue()))) == rows)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
# expect: [['a', 'b', 'c'], ['1', '2', '3']]
# expect: [['a', 'b', 'c'], ['1', '2', '3'], [], [], ['x']]
# expect: [['a,b', 'c'], ['say "hi"', 'd'], ['', 'e'], ['', '', '']]
# expect: [['a', 'multi\nline', 'b'], ['x\r\ny', 'z']]
# expect: [['unterminated\nfield']]
# expect: [['a', 'bc', 'd'], ['x ', 'y']]
# expect: [['a', 'b', 'c;d']]
# expect: [['a', 'b|c', 'd']]
# expect: [['a', 'b', 'c, d']]
# expect: [['a', ' b', '  "c', ' d"']]
# expect: [['a', 'b', 'c']]
# expect: [['a,b', 'c"d', 'e"f']]
# expect: [['a', 'b\n']]
# expect: [['a', 'b\nc']]
# expect: [['a"b"'], ['cd"']]
# expect: [['"a"b"', 'c']]
# expect: [[1.0, '2', '', 3.5, 4.0, -1000.0]]
# expect: ValueError: could not convert string to float: 'x'
# expect: [['a', 'b', 'c\td']]
# expect: [['a', 'b']]
# expect: [['\x00', 'x']]
# expect: Error: ',' expected after '"'
# expect: Error: unexpected end of data
# expect: Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
# expect: Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
# expect: Error: iterator should return strings, not bytes (the file should be opened in text mode)
# expect: Error: iterator should return strings, not int (the file should be opened in text mode)
# expect: TypeError: 'int' object is not iterable
# expect: Error: unknown dialect
# expect: TypeError: "delimiter" must be a 1-character string
# expect: TypeError: "delimiter" must be a 1-character string
# expect: TypeError: "delimiter" must be string, not NoneType
# expect: TypeError: "quotechar" must be string or None, not int
# expect: TypeError: bad "quoting" value
# expect: TypeError: quotechar must be set if quoting enabled
# expect: TypeError: lineterminator must be set
# expect: TypeError: 'bogus' is an invalid keyword argument for this function
# expect: 0
# expect: 1 ['a', 'b']
# expect: 3 ['cd', 'e']
# expect: 4 []
# expect: 5 ['f']
# expect: reader True
# expect: StopIteration: 
# expect: 131072 131072 5
# expect: [['abcde', 'vwxyz']]
# expect: Error: field larger than field limit (5)
# expect: Error: field larger than field limit (5)
# expect: 5
# expect: TypeError: limit must be an integer
# expect: ([5, 13, 2], 'a,b\r\n1,2.5,,True\r\n\r\n')
# expect: ([31], '"a,b","c""d","e\nf","g\rh", i ,\r\n')
# expect: ([4], '""\r\n') ([4], '""\r\n') ([3], ',\r\n')
# expect: ([22], '"a","1","2.0","","3"\r\n')
# expect: ([23], '"a",1,2.0,"","3",True\r\n')
# expect: ([16], 'a\\,b,c\\"d,e\\\\f\r\n')
# expect: ([19], '"c""d",e\\\\f,"g,h"\r\n')
# expect: ([6], 'c\\"d\r\n')
# expect: Error: need to escape, but no escapechar set
# expect: Error: need to escape, but no escapechar set
# expect: Error: single empty field record must be quoted
# expect: Error: iterable expected, not int
# expect: TypeError: argument 1 must have a "write" method
# expect: ([10], '"a;b";c d\n')
# expect: ([8], '"x","y"\n')
# expect: ([5], 'x\ty\r\n')
# expect: ([16], 'gen0,gen1,gen2\r\n')
# expect: None 'a,1\r\nb,2\r\nc,3\r\n'
# expect: , '\r\n' True
# expect: True
# expect: 0 True
# expect: 1 True
# expect: 2 True
# expect: 0 1 2 3 1.0
# expect: True _csv
