# random: a seeded program draws exactly CPython's numbers (MT19937 seeded as CPython
# seeds it; randrange, choice, shuffle, sample, choices and gauss as in its random.py).
import random
random.seed(1)
print(random.random(), random.random())
random.seed(42)
print([random.randint(1, 100) for _ in range(8)])
print(random.choice("abcdefg"), random.randrange(0, 100, 7), random.uniform(1, 2))
items = list(range(10)); random.shuffle(items); print(items)
print(random.sample(range(100), 5), random.sample("abcdefghij", 3))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=6), random.choices("xyz", k=4))
print(round(random.gauss(0, 1), 12), random.getrandbits(70))
random.seed(2**100 + 12345)
print(random.random())
r = random.Random(7); print(r.randint(1, 6), r.random())
random.seed(0); print(random.sample(range(1000), 30)[:5])
# expect: 0.13436424411240122 0.8474337369372327
# expect: [82, 15, 4, 95, 36, 32, 29, 18]
# expect: f 7 1.6766994874229113
# expect: [3, 2, 4, 9, 5, 7, 0, 6, 1, 8]
# expect: [71, 25, 91, 83, 89] ['i', 'g', 'd']
# expect: ['a', 'a', 'c', 'b', 'a', 'a'] ['x', 'x', 'z', 'x']
# expect: -0.687175911263 306284684748620921713
# expect: 0.44487310994347073
# expect: 3 0.9478653606090632
# expect: [864, 394, 776, 911, 430]
