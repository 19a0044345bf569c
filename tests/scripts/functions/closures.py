# Nested functions see their enclosing function's variables, even after it returned;
# nonlocal lets them rebind one.
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())       # expect: 1 2 3 1

def multiplier(k):
    return lambda x: x * k

double = multiplier(2)
print(double(21))                   # expect: 42

def outer():
    x = "enclosing"
    def inner():
        return x
    x = "changed later"
    return inner()

print(outer())                      # expect: changed later
