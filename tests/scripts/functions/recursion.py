# Recursive functions: each call has its own locals.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fact(10))                     # expect: 3628800
print(fact(30))                     # expect: 265252859812191058636308480000000
print([fib(i) for i in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))                   # expect: 500

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7))       # expect: True True
