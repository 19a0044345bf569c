# Functions are objects: passed, stored, returned, and they know their name.
def apply(f, value):
    return f(value)

def shout(s):
    return s.upper() + "!"

print(apply(shout, "hi"))           # expect: HI!
table = {"len": len, "shout": shout}
print(table["len"]("four"))         # expect: 4
print(shout.__name__)               # expect: shout
print(callable(shout), callable(3)) # expect: True False
print(list(map(shout, ["a", "b"]))) # expect: ['A!', 'B!']
print(list(filter(lambda n: n % 2, range(6))))  # expect: [1, 3, 5]
