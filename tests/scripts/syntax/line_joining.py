# Inside (), [] and {} newlines and indentation do not matter, and comments may sit
# between the joined lines.
total = (1 +
         2 +   # a comment inside the parentheses
    3)
print(total)                        # expect: 6
items = [
    "a",
        "b",
"c",
]
print(items)                        # expect: ['a', 'b', 'c']
d = {
    "k": 1,

    "j": 2,
}
print(d)                            # expect: {'k': 1, 'j': 2}
print(max(4,
          9,
          2))                       # expect: 9
