# Built-in iterators have __next__; numbers have real, imag, numerator, denominator.
print(iter(range(3)).__next__(), next(iter("z")), iter({1}).__next__(), iter({2: 3}.items()).__next__())  # expect: 0 z 1 (2, 3)
print((5).real, (2.5).imag, True.real, (7).numerator, (7).denominator, getattr(1, "real", None), "{.real}".format(3))  # expect: 5 0.0 1 7 1 1 3
