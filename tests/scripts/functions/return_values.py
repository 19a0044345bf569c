# return ends the function; no return (or a bare return) gives None; a tuple return
# unpacks into several names.
def nothing():
    pass

def early(x):
    if x:
        return "early"
    print("not early")
    return

def pair():
    return 1, 2

print(nothing())                    # expect: None
print(early(True))                  # expect: early
print(early(False))
# expect: not early
# expect: None
a, b = pair()
print(a, b, pair())                 # expect: 1 2 (1, 2)

def loop_return():
    for i in range(10):
        if i == 3:
            return i
print(loop_return())                # expect: 3
