# random: str/bytes/float seeds (SHA-512 as CPython), the distributions (expovariate ... vonmisesvariate) matching CPython's sequences, randbytes, getstate/setstate
import random

random.seed("hello")
print(random.random())
random.seed(b"bytes seed")
print(random.random(), random.randint(1, 100))
random.seed("")
print(random.random())
random.seed("ünïcödé" * 30)
print(random.random())
random.seed(1.5)
print(random.random())
random.seed(-7)
print(random.random())

random.seed(12345)
print(round(random.expovariate(2.0), 12), round(random.normalvariate(10, 2), 12), round(random.lognormvariate(0, 0.5), 12))
print(round(random.triangular(), 12), round(random.triangular(0, 10, 8), 12), random.triangular(5, 5))
print(round(random.betavariate(2, 3), 12), round(random.betavariate(0.5, 0.5), 12))
print(round(random.gammavariate(0.5, 1), 12), round(random.gammavariate(1.0, 2), 12), round(random.gammavariate(5, 0.5), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12))
print(round(random.vonmisesvariate(1.0, 4.0), 12), round(random.vonmisesvariate(0, 0), 12))
print(round(random.gauss(0, 1), 12), round(random.gauss(0, 1), 12), round(random.uniform(2, 3), 12))
print(random.randbytes(5), len(random.randbytes(100)), random.randbytes(0))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)

random.seed(99)
random.random(); random.randrange(1000); random.getrandbits(100)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
a = [random.random() for _ in range(3)], random.randint(0, 10 ** 20), random.choice("abcdef")
random.setstate(state)
b = [random.random() for _ in range(3)], random.randint(0, 10 ** 20), random.choice("abcdef")
print(a == b, a)

random.seed(2024)
print(random.getstate()[1][:2], random.getstate()[1][-1])

# A state made by hand (not by getstate) still works.
r = random.Random()
st = (3, tuple(range(1000, 1624)) + (624,), None)
r.setstate(st)
print([round(r.random(), 12) for _ in range(3)], r.getrandbits(70), r.getstate()[1][-1])

r1 = random.Random("seed")
r2 = random.Random("seed")
print(r1.random() == r2.random(), round(r1.normalvariate(), 12) == round(r2.normalvariate(), 12))
g = random.Random(5)
g.gauss()
st = g.getstate()
x = g.gauss()
g.setstate(st)
print(g.gauss() == x, st[2] is not None)
try:
    r.setstate((9, (), None))
except ValueError as e:
    print(e)
# expect: 0.3537754404730722
# expect: 0.7731514366044835 95
# expect: 0.9602256525641875
# expect: 0.7427960600337261
# expect: 0.551763726942059
# expect: 0.32383276483316237
# expect: 0.269458142728 8.90612630281 0.545821356871
# expect: 0.284330638456 3.152990761592 5.0
# expect: 0.411704325975 0.436284316439
# expect: 0.35596628167 2.538567356108 1.541709725652
# expect: 1.007965644156 0.556180048376
# expect: 2.063158488743 5.471190224062
# expect: 0.081950770272 -0.622447522132 2.09949963281
# expect: b'\xda\xcc\x1ej\x1b' 100 b''
# expect: gammavariate: alpha and beta must be > 0.0
# expect: 3 625 7 (1999501197, 1912025996, 2938231819) None
# expect: True ([0.1332444009175705, 0.08657847531997409, 0.7290310217668681], 27472274023916319444, 'd')
# expect: (2147483648, 2279282712) 624
# expect: [0.861688994861, 0.862665587142, 0.873315849371] 1017111603320254996529 9
# expect: True True
# expect: True True
# expect: state with version 9 passed to Random.setstate() of version 3
