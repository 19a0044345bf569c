# json: dumps/dump (indent, separators, sort_keys, ensure_ascii, default, skipkeys, NaN and
# circular checks), loads/load (hooks, escapes, surrogate pairs) and JSONDecodeError positions.
import json, io
data = {"name": "Ann", "age": 31, "score": 9.5, "tags": ["a", "b"], "ok": True, "none": None,
        "nested": {"x": [1, 2, {"y": []}], "empty": {}}, "uni": "héllo ✓ 😀", 5: "int key", 2.5: "f", None: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, 2.0, 1e100, 0.1 + 0.2, -0.0, float("inf"), float("nan")], separators=(",", ":")))
print(json.dumps("quote\" back\\ tab\t nl\n ctl\x01", ensure_ascii=False), json.dumps("ü", ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps([[]], indent=4), json.dumps(10**30))
back = json.loads(json.dumps(data))
print(back, back["uni"] == data["uni"])
print(json.loads(' {"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"} '))
print(json.loads("NaN"), json.loads("[Infinity, -Infinity]"), json.loads('"x"'), json.loads("12"), json.loads(b"[1]"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
s = io.StringIO(); json.dump({"k": [1]}, s); print(s.getvalue(), json.load(io.StringIO(s.getvalue())))
for bad in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '{"a": 1,}', '[1] x', '"abc', '[1 2]', 'tru', '"\\x"', '{"a": 1', '\n\n  [1,\n  oops]', '-']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e, e.pos, e.lineno, e.colno)
for bad in [{1, 2}, {(1, 2): 3}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e if "object at" not in str(e) else "TypeError object")
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print(e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps({(1,): 2}, skipkeys=True))
try: json.loads(5)
except TypeError as e: print(e)
# expect: {"name": "Ann", "age": 31, "score": 9.5, "tags": ["a", "b"], "ok": true, "none": null, "nested": {"x": [1, 2, {"y": []}], "empty": {}}, "uni": "h\u00e9llo \u2713 \ud83d\ude00", "5": "int key", "2.5": "f", "null": 0}
# expect: {
# expect:   "name": "Ann",
# expect:   "age": 31,
# expect:   "score": 9.5,
# expect:   "tags": [
# expect:     "a",
# expect:     "b"
# expect:   ],
# expect:   "ok": true,
# expect:   "none": null,
# expect:   "nested": {
# expect:     "x": [
# expect:       1,
# expect:       2,
# expect:       {
# expect:         "y": []
# expect:       }
# expect:     ],
# expect:     "empty": {}
# expect:   },
# expect:   "uni": "h\u00e9llo \u2713 \ud83d\ude00",
# expect:   "5": "int key",
# expect:   "2.5": "f",
# expect:   "null": 0
# expect: }
# expect: [1,2.0,1e+100,0.30000000000000004,-0.0,Infinity,NaN]
# expect: "quote\" back\\ tab\t nl\n ctl\u0001" "ü"
# expect: {
# expect: 	"a": [
# expect: 		1,
# expect: 		{
# expect: 			"c": 3,
# expect: 			"d": 2
# expect: 		}
# expect: 	],
# expect: 	"b": 1
# expect: }
# expect: [1, 2] [] {} [
# expect:     []
# expect: ] 1000000000000000000000000000000
# expect: {'name': 'Ann', 'age': 31, 'score': 9.5, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'nested': {'x': [1, 2, {'y': []}], 'empty': {}}, 'uni': 'héllo ✓ 😀', '5': 'int key', '2.5': 'f', 'null': 0} True
# expect: {'a': [1, 2.5, -300.0, True, False, None], 'b': 'é😀\n'}
# expect: nan [inf, -inf] x 12 [1]
# expect: [('a', 1)] [('b', 1), ('a', 2)]
# expect: {"k": [1]} {'k': [1]}
# expect: JSONDecodeError True Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: JSONDecodeError True Expecting ',' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: JSONDecodeError True Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: JSONDecodeError True Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# expect: JSONDecodeError True Expecting value: line 1 column 4 (char 3) 3 1 4
# expect: JSONDecodeError True Expecting property name enclosed in double quotes: line 1 column 9 (char 8) 8 1 9
# expect: JSONDecodeError True Extra data: line 1 column 5 (char 4) 4 1 5
# expect: JSONDecodeError True Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# expect: JSONDecodeError True Expecting ',' delimiter: line 1 column 4 (char 3) 3 1 4
# expect: JSONDecodeError True Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: JSONDecodeError True Invalid \escape: line 1 column 2 (char 1) 1 1 2
# expect: JSONDecodeError True Expecting ',' delimiter: line 1 column 8 (char 7) 7 1 8
# expect: JSONDecodeError True Expecting value: line 4 column 3 (char 10) 10 4 3
# expect: JSONDecodeError True Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: Object of type set is not JSON serializable
# expect: keys must be str, int, float, bool or None, not tuple
# expect: Object of type object is not JSON serializable
# expect: Circular reference detected
# expect: Out of range float values are not JSON compliant
# expect: {"s": [1, 2]} {}
# expect: the JSON object must be str, bytes or bytearray, not int
