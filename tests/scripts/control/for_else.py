# The else of a for loop runs only when the loop was not left by break.
def find(items, wanted):
    for item in items:
        if item == wanted:
            print("found", wanted)
            break
    else:
        print("no", wanted)

find([1, 2, 3], 2)                  # expect: found 2
find([1, 2, 3], 9)                  # expect: no 9
find([], 1)                         # expect: no 1
