# The first matching clause wins; a tuple matches any of its types; a base class
# matches its subclasses.
def handle(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__)
    except ArithmeticError:
        print("arithmetic")
    except Exception as e:
        print("other:", e)

handle(lambda: {}["x"])             # expect: lookup problem: KeyError
handle(lambda: [][1])               # expect: lookup problem: IndexError
handle(lambda: 1 // 0)              # expect: arithmetic
handle(lambda: int("x"))            # expect: other: invalid literal for int() with base 10: 'x'
try:
    {}["k"]
except LookupError:
    print("LookupError catches KeyError")  # expect: LookupError catches KeyError
