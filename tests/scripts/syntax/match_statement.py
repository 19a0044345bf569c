# match statement: literal, capture, wildcard, or, as, guard, sequence with star, mapping with rest, class patterns (dataclass, namedtuple, enum, built-in self-match), soft keyword, break/continue inside cases
from dataclasses import dataclass
from collections import namedtuple, deque
from enum import Enum

@dataclass
class Point:
    x: int
    y: int

class Color(Enum):
    RED = 1
    GREEN = 2

Pair = namedtuple("Pair", "a b")

def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x} {y}"
        case [first, *_, last]:
            return f"many from {first} to {last}"
        case {"action": "move", "to": (px, py)}:
            return f"move to {px},{py}"
        case {"action": action, **others}:
            return f"action {action} with {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return f"point {obj}"
        case Color.RED:
            return "red!"
        case Color():
            return f"other color {obj.name}"
        case Pair(a, b):
            return f"pair tuple {a},{b}"
        case (1, 2, 3):
            return "tuple 123"
        case _:
            return f"unknown {type(obj).__name__}"

tests = [None, True, False, 0, -5, 7, 2.5, "hello", "hi", "other", [], [1], [1, 2], [1, 2, 3, 4],
         (9,), {"action": "move", "to": (3, 4)}, {"action": "jump", "height": 2, "speed": 1},
         {"x": 1}, {}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Color.RED, Color.GREEN,
         Pair(1, 2), deque([1, 2]), range(3), b"bytes", {1, 2}, "x"]
for t in tests:
    print(repr(t), "->", describe(t))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "?"
for c in ["go north", "go up", "take sword shield", "take", "quit", "exit now"]:
    print(c, "=>", command(c))

match = [1, 2]
match[0] = 5
print(match)
def match_(x): return x
print(match_(3))
for i in range(5):
    match i:
        case 1:
            continue
        case 3:
            break
    print("loop", i)

def walk(node):
    match node:
        case ("add", l, r):
            return walk(l) + walk(r)
        case ("mul", l, r):
            return walk(l) * walk(r)
        case int(v):
            return v
print(walk(("add", 2, ("mul", 3, 4))))
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match 1, 2:
    case a, b:
        print("subject tuple", a, b)
# expect: None -> nothing
# expect: True -> bool True
# expect: False -> bool False
# expect: 0 -> zero
# expect: -5 -> negative -5
# expect: 7 -> number 7
# expect: 2.5 -> number 2.5
# expect: 'hello' -> greeting
# expect: 'hi' -> greeting
# expect: 'other' -> string 'other'
# expect: [] -> empty list
# expect: [1] -> one item 1
# expect: [1, 2] -> pair 1 2
# expect: [1, 2, 3, 4] -> many from 1 to 4
# expect: (9,) -> one item 9
# expect: {'action': 'move', 'to': (3, 4)} -> move to 3,4
# expect: {'action': 'jump', 'height': 2, 'speed': 1} -> action jump with ['height', 'speed']
# expect: {'x': 1} -> some mapping
# expect: {} -> some mapping
# expect: Point(x=0, y=0) -> origin
# expect: Point(x=0, y=5) -> on y axis at 5
# expect: Point(x=3, y=3) -> diagonal 3
# expect: Point(x=1, y=2) -> point Point(x=1, y=2)
# expect: <Color.RED: 1> -> red!
# expect: <Color.GREEN: 2> -> other color GREEN
# expect: Pair(a=1, b=2) -> pair 1 2
# expect: deque([1, 2]) -> pair 1 2
# expect: range(0, 3) -> many from 0 to 2
# expect: b'bytes' -> unknown bytes
# expect: {1, 2} -> unknown set
# expect: 'x' -> string 'x'
# expect: go north => going north
# expect: go up => ?
# expect: take sword shield => taking sword, shield
# expect: take => ?
# expect: quit => bye
# expect: exit now => ?
# expect: [5, 2]
# expect: 3
# expect: loop 0
# expect: loop 2
# expect: 14
# expect: NoArgs() accepts 0 positional sub-patterns (1 given)
# expect: subject tuple 1 2
