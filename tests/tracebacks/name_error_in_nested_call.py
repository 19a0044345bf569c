def outer():
    return inner(3)

def inner(n):
    values = [n, n * 2]
    return sum(values) + missing

outer()
