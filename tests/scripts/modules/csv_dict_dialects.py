# csv: DictReader (fieldnames, restkey/restval, line_num, blank rows), DictWriter (writeheader, extrasaction, restval), dialect registry (register/get/list/unregister), Dialect subclasses and validation errors, excel/excel_tab/unix_dialect, Sniffer.sniff and has_header.
import csv
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# --- DictReader
data = 'name,age,city\r\nann,30,Oslo\r\n\r\nbob,25\r\ncy,41,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(data))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(data), restkey='rest', restval='?')
print(list(r))
r = csv.DictReader(['1;2', '3;4;5'], fieldnames=['x', 'y'], delimiter=';')
print(r.fieldnames, list(r))
r = csv.DictReader([])
print(r.fieldnames, list(r))
r = csv.DictReader(['a,b'])
print(list(r), r.fieldnames)
r = csv.DictReader(['a\tb', '1\t2'], dialect='excel-tab')
print(list(r), r.dialect)
r = csv.DictReader(io.StringIO('k,v\n"x\ny",1\n'))
print(next(r), r.line_num, iter(r) is r)
r.fieldnames = ['K', 'V']
print(r.fieldnames)

# --- DictWriter
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['name', 'age', 'note'])
print(w.writeheader())
print(w.writerow({'name': 'ann', 'age': 30, 'note': 'likes, commas'}))
print(w.writerow({'name': 'bob'}))
print(w.writerows([{'age': 1}, {'note': 'q"uote'}]))
print(repr(s.getvalue()))
show(lambda: w.writerow({'name': 'x', 'bad': 1}))
show(lambda: w.writerow({'name': 'y', 3: 'int key'}))
w = csv.DictWriter(s, fieldnames=['a'], extrasaction='ignore', restval='-')
s.seek(0)
s.truncate()
w.writerow({'b': 2})
w.writerow({'a': 1, 'c': 3})
print(repr(s.getvalue()))
show(lambda: csv.DictWriter(s, ['a'], extrasaction='other'))
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writeheader()
w.writerow({'a': 1, 'b': None})
print(repr(s.getvalue()))

# --- dialect registry
print(sorted(csv.list_dialects()))
d = csv.get_dialect('excel')
print(type(d).__name__, d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
show(lambda: setattr(d, 'delimiter', ';'))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('semi')
print(d.delimiter, d.quoting, repr(d.lineterminator))
print(list(csv.reader(['a;"b;c"'], 'semi')))
s = io.StringIO()
csv.writer(s, 'semi').writerow(['a', 1])
print(repr(s.getvalue()))
csv.register_dialect('semi2', 'semi', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
d = csv.get_dialect('semi2')
print(d.delimiter, d.quoting, repr(d.lineterminator))
print('semi' in csv.list_dialects())
csv.unregister_dialect('semi')
csv.unregister_dialect('semi2')
print('semi' in csv.list_dialects())
show(lambda: csv.unregister_dialect('semi'))
show(lambda: csv.get_dialect('semi'))
show(lambda: csv.register_dialect(5, delimiter=';'))
show(lambda: csv.register_dialect('bad', delimiter='::'))

# --- Dialect subclasses
class pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

print(list(csv.reader(["a| 'b|c'|d"], pipes)))
s = io.StringIO()
csv.writer(s, pipes).writerow(['x|y', "it's"])
print(repr(s.getvalue()))
print(pipes()._valid, csv.excel()._valid)
csv.register_dialect('pipes', pipes)
print(csv.get_dialect('pipes').delimiter)
csv.unregister_dialect('pipes')

class broken(csv.Dialect):
    delimiter = ','
show(lambda: broken())
show(lambda: csv.Dialect())
class broken2(csv.excel):
    quoting = 17
show(lambda: broken2())
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
s = io.StringIO()
csv.writer(s, csv.unix_dialect).writerow(['a', 2])
csv.writer(s, csv.excel, quoting=csv.QUOTE_NONNUMERIC).writerow(['a', 2])
print(repr(s.getvalue()))

# --- Sniffer
sn = csv.Sniffer()
sample = 'name;age;city\r\nann;30;Oslo\r\nbob;25;Rome\r\n'
d = sn.sniff(sample)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(sn.has_header(sample))
sample2 = '"a","b ""x""","c"\n"1","2","3"\n'
d = sn.sniff(sample2)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace)
d = sn.sniff("x, 'y', z\n1, '2', 3\n")
print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace)
print(sn.has_header('1,2,3\n4,5,6\n7,8,9\n'))
print(sn.has_header('id,word\n1,apple\n2,pear\n'))
print(list(csv.reader(io.StringIO(sample), sn.sniff(sample))))
d = sn.sniff('a:b:c\n1:2:3\n', delimiters=':')
print(d.delimiter)
show(lambda: sn.sniff('abc\ndef\n'))
# expect: 0 ['name', 'age', 'city'] 1
# expect: 2 {'name': 'ann', 'age': '30', 'city': 'Oslo'}
# expect: 4 {'name': 'bob', 'age': '25', 'city': None}
# expect: 5 {'name': 'cy', 'age': '41', 'city': 'Rome', None: ['extra', 'more']}
# expect: [{'name': 'ann', 'age': '30', 'city': 'Oslo'}, {'name': 'bob', 'age': '25', 'city': '?'}, {'name': 'cy', 'age': '41', 'city': 'Rome', 'rest': ['extra', 'more']}]
# expect: ['x', 'y'] [{'x': '1', 'y': '2'}, {'x': '3', 'y': '4', None: ['5']}]
# expect: None []
# expect: [] ['a', 'b']
# expect: [{'a': '1', 'b': '2'}] excel-tab
# expect: {'k': 'x\ny', 'v': '1'} 3 True
# expect: ['K', 'V']
# expect: 15
# expect: 24
# expect: 7
# expect: None
# expect: 'name,age,note\r\nann,30,"likes, commas"\r\nbob,,\r\n,1,\r\n,,"q""uote"\r\n'
# expect: ValueError: dict contains fields not in fieldnames: 'bad'
# expect: ValueError: dict contains fields not in fieldnames: 3
# expect: '-\r\n1\r\n'
# expect: ValueError: extrasaction (other) must be 'raise' or 'ignore'
# expect: '"a","b"\n"1",""\n'
# expect: ['excel', 'excel-tab', 'unix']
# expect: Dialect , '"' None '\r\n' 0 True False False
# expect: AttributeError: attribute 'delimiter' of '_csv.Dialect' objects is not writable
# expect: ; 1 '\r\n'
# expect: [['a', 'b;c']]
# expect: '"a";"1"\r\n'
# expect: ; 0 '\n'
# expect: True
# expect: False
# expect: Error: unknown dialect
# expect: Error: unknown dialect
# expect: TypeError: dialect name must be a string
# expect: TypeError: "delimiter" must be a 1-character string
# expect: [['a', 'b|c', 'd']]
# expect: "'x|y'|'it''s'\n"
# expect: True True
# expect: |
# expect: Error: "quoting" must be an integer
# expect: Error: "delimiter" must be string, not NoneType
# expect: Error: bad "quoting" value
# expect: , '\t' '\n' 1
# expect: '"a","2"\n"a",2\r\n'
# expect: ; '"' False False '\r\n' 0
# expect: True
# expect: , '"' True False
# expect: ',' "'" True
# expect: False
# expect: True
# expect: [['name', 'age', 'city'], ['ann', '30', 'Oslo'], ['bob', '25', 'Rome']]
# expect: :
# expect: Error: Could not determine delimiter
