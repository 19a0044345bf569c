# string: Template (substitute, safe_substitute, $$ and ${name}, errors, get_identifiers, is_valid, subclass delimiter/idpattern), capwords, Formatter and the constants
import string
from string import Template, Formatter

t = Template("$who likes ${what}, costs $$5 and $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea"}, price=3, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.template, Template.delimiter, Template.idpattern)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost $", "a $!", "x ${bad name}", "line1\nli $3"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(Template(bad).safe_substitute(x=1)))
print(t.get_identifiers(), t.is_valid(), Template("$ok $").is_valid(), Template("$a $b $a ${c}").get_identifiers())
print(Template("$ümlaut $_x1").safe_substitute(_x1="y"))

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% %{age}").substitute(name="Al", age=7))

class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"

print(Dotted("$user.name!").substitute({"user.name": "Zed"}))
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"))
f = Formatter()
print(f.format("{0} and {name!r:>6} {1[0]} {x.real}", 1, [2, 3], name="n", x=4))
print(f.format("{:{w}.{p}f}|{{literal}}", 3.14159, w=8, p=2))
print(list(f.parse("a{0}b{x!s:>3}{{}}c")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format("{} {:x}", "abc", 255))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
# expect: tim likes kung pao, costs $5 and $10
# expect: ann likes coffee, costs $5 and $3
# expect: bob likes ${what}, costs $5 and $${price}
# expect: $who likes ${what}, costs $$5 and $$${price} $ (?a:[_a-z][_a-z0-9]*)
# expect: KeyError 'what'
# expect: ValueError Invalid placeholder in string: line 1, col 6
# expect: 'cost $'
# expect: ValueError Invalid placeholder in string: line 1, col 3
# expect: 'a $!'
# expect: ValueError Invalid placeholder in string: line 1, col 3
# expect: 'x ${bad name}'
# expect: ValueError Invalid placeholder in string: line 2, col 4
# expect: 'line1\nli $3'
# expect: ['who', 'what', 'price'] True False ['a', 'b', 'c']
# expect: $ümlaut y
# expect: Al is % 7
# expect: Zed!
# expect: Hello World A-B-C
# expect: 1 and    'n' 2 4
# expect:     3.14|{literal}
# expect: [('a', '0', '', None), ('b', 'x', '>3', 's'), ('{', None, None, None), ('}', None, None, None), ('c', None, None, None)]
# expect: 1-2
# expect: ABC FF
# expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
# expect: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' ' \t\n\r\x0b\x0c' 100
