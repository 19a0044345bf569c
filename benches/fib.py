# Single-thread calls: naive recursive Fibonacci (function call and return cost).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib(32)
