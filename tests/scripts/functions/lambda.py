# lambda makes an anonymous function of one expression.
square = lambda x: x * x
print(square(7))                    # expect: 49
add = lambda a, b=10: a + b
print(add(1), add(1, 2))            # expect: 11 3
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))  # expect: [(3, 'a'), (1, 'b'), (2, 'c')]
print((lambda: "no args")())        # expect: no args
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])      # expect: [10, 11, 12]
print(square.__name__)              # expect: <lambda>
