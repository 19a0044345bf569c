# Generators: lazy values, send(), return ends iteration, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(3)))                 # expect: [3, 2, 1]

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

g = echo()
print(next(g))                            # expect: ready
print(g.send("a"))                        # expect: got a
print(g.send("b"))                        # expect: got b

print(sum(x * x for x in range(5)))       # expect: 30

def delegate():
    result = yield from countdown(2)
    yield result

print(list(delegate()))                   # expect: [2, 1, 'done']
it = countdown(1)
print(next(it))                           # expect: 1
print(next(it, "exhausted"))              # expect: exhausted
