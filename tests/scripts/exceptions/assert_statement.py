# assert raises AssertionError, with the message if one is given.
assert 1 + 1 == 2
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught:", e)             # expect: caught: custom message
assert 2 < 1                        # expect runtime error: AssertionError
