# generator.close() raises GeneratorExit at the paused yield (finally blocks run);
# throw() raises inside the generator. Regression: close() once only marked it done.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
it = g(); print(next(it)); it.close(); print("closed")
it.close()
def h():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
x = h(); next(x)
x.throw(ValueError("boom"))
x.throw(ValueError, "again")
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def fresh(): yield 1
f = fresh(); f.close(); print(list(f))
# expect: 1
# expect: finally
# expect: closed
# expect: caught boom
# expect: caught again
# expect: propagated KeyError('k')
# expect: generator ignored GeneratorExit
# expect: []
