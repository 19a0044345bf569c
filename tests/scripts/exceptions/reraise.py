# A bare raise re-raises the exception being handled, keeping it unchanged.
def inner():
    raise KeyError("inner key")

def outer():
    try:
        inner()
    except KeyError:
        print("logging, then re-raising")
        raise

try:
    outer()
except KeyError as e:
    print("outer caught", e)
# expect: logging, then re-raising
# expect: outer caught 'inner key'
outer()
# expect: logging, then re-raising
# expect runtime error: KeyError: 'inner key'
