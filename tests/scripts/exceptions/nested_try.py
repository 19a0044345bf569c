# An exception not handled by the inner try propagates to the outer one; one raised in
# a handler replaces the first.
try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
    finally:
        print("inner finally")      # expect: inner finally
except KeyError:
    print("outer caught KeyError")  # expect: outer caught KeyError
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from the handler")
except ValueError as e:
    print(e)                        # expect: from the handler
