# Assigning to a name anywhere in a function makes it local in the whole function, so
# reading it before the assignment fails even though a global of that name exists.
x = 1

def f():
    print(x)
    x = 2

f()                                 # expect runtime error: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
