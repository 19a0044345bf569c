# json: JSONEncoder subclass default() via cls=, encode/iterencode, JSONDecoder hooks (object_hook, object_pairs_hook, parse_float/int/constant, cls=), raw_decode, JSONDecodeError messages and positions, dump/load
import json, io
from json import JSONEncoder, JSONDecoder, JSONDecodeError

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {"p": Point(1, 2), "s": {3, 1, 2}, "l": [Point(0, 0)], "n": None}
print(json.dumps(data, cls=PointEncoder))
print(json.dumps(data, cls=PointEncoder, indent=2, sort_keys=True))
enc = PointEncoder(separators=(",", ":"))
print(enc.encode([Point(5, 6), "x"]), enc.item_separator, enc.key_separator)
print("".join(enc.iterencode({"a": [1, 2]})))
print(JSONEncoder().encode({"k": [1.5, True, None, "é"]}), JSONEncoder(ensure_ascii=False).encode("é\n"))
print(JSONEncoder(indent=1).item_separator, repr(JSONEncoder().item_separator))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print(e)
try:
    json.dumps({"x": ...}, cls=PointEncoder)
except TypeError as e:
    print(e)

def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

back = json.loads(json.dumps(data, cls=PointEncoder), object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["s"], back["l"][0].y)
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda t: "F" + t, parse_int=lambda t: int(t) * 10))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda pairs: ("pairs", pairs)))
print(json.loads('[NaN, Infinity]', parse_constant=lambda name: "const " + name))

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
dec = JSONDecoder()
print(dec.decode(' [1, "two"] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx 5', 3))
try:
    dec.raw_decode(' 5')
except JSONDecodeError as e:
    print(e)
print(JSONDecoder(strict=False).decode('"tab\there"'))
for bad in ['', ' ', '{', '[1,2', '{"a":}', '{"a" "b"}', '[1 2]', 'nul', '"\\u12"', '"\\uZZZZ"',
            '"abc\x01"', '01', '1.', '-', '--1', '[1]]', '{"a": 1}{', '"\\', '{"a": [}']:
    try:
        json.loads(bad)
        print('ok', repr(bad))
    except JSONDecodeError as e:
        print(repr(bad), '->', e.msg, '|', e, '|', e.pos, e.lineno, e.colno)
e = JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, isinstance(e, ValueError), JSONDecodeError.__module__)
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\/ \\" \\\\ \\b\\f\\n\\r\\t"') == "😀 é / \" \\ \b\f\n\r\t")
f = io.StringIO()
json.dump({"a": [1, {"b": Point(3, 4)}]}, f, cls=PointEncoder, indent=1)
print(f.getvalue())
f.seek(0)
print(json.load(f, object_hook=as_point)["a"][1]["b"].x)
print(json.dumps("\x7f\x00\u2028é😀"), json.dumps("\x7f\x00\u2028é😀", ensure_ascii=False))
print(json.dumps({1: 2, 1.5: 3, True: 4, None: 5}, sort_keys=False), json.dumps([{}, [], {"a": {}}], indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", "=")), json.dumps(10**40), json.dumps(-0.0))
print(json.loads("[1, -2, 3.25, -4e-2, 5E+3, 0, -0, 0.5]"), json.loads(' {"k" : [ true , false , null ] } '))
big = {"users": [{"id": i, "name": "u%d" % i, "tags": ["a\n", "b"], "score": i / 4} for i in range(300)]}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=3)) == big)
# expect: {"p": {"__point__": [1, 2]}, "s": [1, 2, 3], "l": [{"__point__": [0, 0]}], "n": null}
# expect: {
# expect:   "l": [
# expect:     {
# expect:       "__point__": [
# expect:         0,
# expect:         0
# expect:       ]
# expect:     }
# expect:   ],
# expect:   "n": null,
# expect:   "p": {
# expect:     "__point__": [
# expect:       1,
# expect:       2
# expect:     ]
# expect:   },
# expect:   "s": [
# expect:     1,
# expect:     2,
# expect:     3
# expect:   ]
# expect: }
# expect: [{"__point__":[5,6]},"x"] , :
# expect: {"a":[1,2]}
# expect: {"k": [1.5, true, null, "\u00e9"]} "é\n"
# expect: , ', '
# expect: Object of type object is not JSON serializable
# expect: Object of type ellipsis is not JSON serializable
# expect: Point 1 2 [1, 2, 3] 0
# expect: ['F1.5', 20, 'F3e1']
# expect: ('pairs', [('a', 1), ('b', ('pairs', [('c', 2)]))])
# expect: ['const NaN', 'const Infinity']
# expect: {'A': {'B': 1}}
# expect: [1, 'two'] ({'a': 1}, 8) (5, 4)
# expect: Expecting value: line 1 column 1 (char 0)
# expect: tab	here
# expect: '' -> Expecting value | Expecting value: line 1 column 1 (char 0) | 0 1 1
# expect: ' ' -> Expecting value | Expecting value: line 1 column 2 (char 1) | 1 1 2
# expect: '{' -> Expecting property name enclosed in double quotes | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 1 1 2
# expect: '[1,2' -> Expecting ',' delimiter | Expecting ',' delimiter: line 1 column 5 (char 4) | 4 1 5
# expect: '{"a":}' -> Expecting value | Expecting value: line 1 column 6 (char 5) | 5 1 6
# expect: '{"a" "b"}' -> Expecting ':' delimiter | Expecting ':' delimiter: line 1 column 6 (char 5) | 5 1 6
# expect: '[1 2]' -> Expecting ',' delimiter | Expecting ',' delimiter: line 1 column 4 (char 3) | 3 1 4
# expect: 'nul' -> Expecting value | Expecting value: line 1 column 1 (char 0) | 0 1 1
# expect: '"\\u12"' -> Invalid \uXXXX escape | Invalid \uXXXX escape: line 1 column 3 (char 2) | 2 1 3
# expect: '"\\uZZZZ"' -> Invalid \uXXXX escape | Invalid \uXXXX escape: line 1 column 3 (char 2) | 2 1 3
# expect: '"abc\x01"' -> Invalid control character at | Invalid control character at: line 1 column 5 (char 4) | 4 1 5
# expect: '01' -> Extra data | Extra data: line 1 column 2 (char 1) | 1 1 2
# expect: '1.' -> Extra data | Extra data: line 1 column 2 (char 1) | 1 1 2
# expect: '-' -> Expecting value | Expecting value: line 1 column 1 (char 0) | 0 1 1
# expect: '--1' -> Expecting value | Expecting value: line 1 column 1 (char 0) | 0 1 1
# expect: '[1]]' -> Extra data | Extra data: line 1 column 4 (char 3) | 3 1 4
# expect: '{"a": 1}{' -> Extra data | Extra data: line 1 column 9 (char 8) | 8 1 9
# expect: '"\\' -> Unterminated string starting at | Unterminated string starting at: line 1 column 1 (char 0) | 0 1 1
# expect: '{"a": [}' -> Expecting value | Expecting value: line 1 column 8 (char 7) | 7 1 8
# expect: Boom: line 2 column 2 (char 4) Boom ab
# expect: cd 4 2 2 True json.decoder
# expect: True
# expect: {
# expect:  "a": [
# expect:   1,
# expect:   {
# expect:    "b": {
# expect:     "__point__": [
# expect:      3,
# expect:      4
# expect:     ]
# expect:    }
# expect:   }
# expect:  ]
# expect: }
# expect: 3
# expect: "\u007f\u0000\u2028\u00e9\ud83d\ude00" "\u0000 é😀"
# expect: {"1": 4, "1.5": 3, "null": 5} [
# expect:   {},
# expect:   [],
# expect:   {
# expect:     "a": {}
# expect:   }
# expect: ]
# expect: {"a"=2,"b"=1} 10000000000000000000000000000000000000000 -0.0
# expect: [1, -2, 3.25, -0.04, 5000.0, 0, 0, 0.5] {'k': [True, False, None]}
# expect: True True
