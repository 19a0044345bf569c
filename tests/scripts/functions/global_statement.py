# Without `global`, assignment in a function makes a local; with it, the module's
# variable changes.
counter = 0

def increment():
    global counter
    counter += 1

def shadow():
    counter = 100
    return counter

for _ in range(3):
    increment()
print(counter)                      # expect: 3
print(shadow(), counter)            # expect: 100 3

def create():
    global created
    created = "made inside"

create()
print(created)                      # expect: made inside

def read_only():
    return counter * 2

print(read_only())                  # expect: 6
