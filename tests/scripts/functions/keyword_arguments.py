# Keyword arguments in any order, mixed with positional ones, and keyword-only params.
def describe(name, age, city="nowhere"):
    return "%s (%d) from %s" % (name, age, city)

print(describe("Ann", 30))          # expect: Ann (30) from nowhere
print(describe(age=40, name="Bo"))  # expect: Bo (40) from nowhere
print(describe("Cy", city="Oslo", age=22))  # expect: Cy (22) from Oslo

def kwonly(a, *, scale=2):
    return a * scale

print(kwonly(4), kwonly(4, scale=3))  # expect: 8 12
print(describe("Di", 1, age=2))     # expect runtime error: TypeError: describe() got multiple values for argument 'age'
