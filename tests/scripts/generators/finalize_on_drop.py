# generators dropped while suspended are closed: finally runs on break, on return from the loop, when a local goes out of scope or is rebound, and through yield from
def gen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", name)

for x in gen("a"):
    if x == 2:
        break
print("after a")

def first_over(n, it):
    for x in it:
        if x > n:
            return x
print(first_over(1, gen("b")))
print("after b")

for x in gen("c"):
    pass
print("after c")

g = gen("d")
print(next(g))
g.close()
print("after d")

def unstarted():
    try:
        yield 1
    finally:
        print("never printed")
for _ in [unstarted()]:
    pass
print("after e")

def nested():
    try:
        yield from gen("inner")
    finally:
        print("outer cleanup")
for v in nested():
    if v == 1:
        break
print("after f")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
for v in stubborn():
    break
print("done")
def user():
    g = gen("local")
    next(g)
    print("leaving user")
user()
print("after user")
g2 = gen("rebound")
next(g2)
g2 = None
print("after rebound")
print("end")
# expect: cleanup a
# expect: after a
# expect: cleanup b
# expect: 2
# expect: after b
# expect: cleanup c
# expect: after c
# expect: 0
# expect: cleanup d
# expect: after d
# expect: after e
# expect: cleanup inner
# expect: outer cleanup
# expect: after f
# expect: caught exit
# expect: done
# expect: leaving user
# expect: cleanup local
# expect: after user
# expect: cleanup rebound
# expect: after rebound
# expect: end
