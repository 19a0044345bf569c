# pass is an empty statement, usable wherever a block is required.
def nothing():
    pass

class Empty:
    pass

for i in range(3):
    pass
if True:
    pass
print(nothing())                    # expect: None
print(type(Empty()).__name__)       # expect: Empty
print(i)                            # expect: 2
