# Single-thread tight loop: arithmetic and comparisons on local variables.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2 - (i % 3)
        i += 1
    return total

loop(6_000_000)
