# Default values are used when an argument is omitted, and are evaluated once, when
# the def runs (so a mutable default is shared between calls).
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))                 # expect: Hello, Ann!
print(greet("Bo", "Hi"))            # expect: Hi, Bo!
print(greet("Cy", "Yo", "?"))       # expect: Yo, Cy?

def collect(x, into=[]):
    into.append(x)
    return into

print(collect(1))                   # expect: [1]
print(collect(2))                   # expect: [1, 2]
n = 5
def show(v=n):
    return v
n = 6
print(show())                       # expect: 5
