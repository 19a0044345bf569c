# pprint: PrettyPrinter layout of nested containers, long strings/bytes, collections types, dataclasses, depth/compact/indent/sort_dicts/underscore_numbers, recursion and readability
import pprint, collections, dataclasses
data = {'name': 'gilpy', 'numbers': list(range(12)), 'tuple1': (1,), 'empty': [[], (), {}, set()],
        'nested': {'b': [1, 2, {'deep': ('x', 'y' * 30, 3.5)}], 'a': None, 'set': {3, 1, 2}, 'fs': frozenset({10, 20})}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp({'zeta': 1, 'alpha': [2] * 30})
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat(tuple(range(12)), width=20))
print(pprint.pformat(set(range(100, 115)), width=40))
print(pprint.pformat(frozenset(range(12)), width=30))
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint({'key': long, 'lines': "first line\nsecond line is rather long " * 3}, width=60)
pprint.pprint(['short', long], width=50)
pprint.pprint(b'binary data ' * 10)
od = collections.OrderedDict((f'key{i}', i * 1000) for i in range(8))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {f'k{i}': list(range(i)) for i in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('mississippi river banks are sandy and wide'), width=50)
pprint.pprint(collections.deque(range(20), maxlen=25), width=40)
pprint.pprint(collections.deque('abcdefghijklmnop'), width=40)
Point = collections.namedtuple('Point', 'x y')
pprint.pprint([Point(i, i * i) for i in range(6)], width=40)
@dataclasses.dataclass
class Item:
    name: str
    price: float
    tags: list = dataclasses.field(default_factory=list)
    secret: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass
class Order:
    id: int
    items: list
pprint.pprint(Order(7, [Item('widget', 2.5, ['a', 'b']), Item('gadget with a long name', 1000.0, list(range(12)))]))
pprint.pprint(Item('tiny', 1.0))
class Opaque:
    def __repr__(self):
        return '<Opaque ' + 'o' * 80 + '>'
pprint.pprint([Opaque()])
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.pformat(rec).split(' with id=')[0], pprint.pformat(d).split(' with id=')[0])
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable({'a': (1, 2.5, 'x')}), pprint.isreadable(Opaque()))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.saferepr(rec).startswith('[1, 2, <Recursion on list'))
pprint.pprint({10**12: 12345678901234567890, 'x': [10**6] * 8}, underscore_numbers=True, width=40)
pp = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
pp.pprint({'zeta': [1, 2, 3], 'alpha': {'x': 'y' * 20}, 'mid': (4, 5, 6, 7, 8, 9, 10, 11, 12)})
print(pp.pformat([[1, 2, 3]] * 4))
print(pp.isreadable({'a': 1}), pp.isrecursive({'a': 1}))
pprint.pprint([[[[[1]]]]], depth=3)
pprint.pprint({'a': {'b': {'c': {}}}}, depth=2)
pprint.pprint([1, 2], width=1)
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
# expect: {'empty': [[], (), {}, set()],
# expect:  'name': 'gilpy',
# expect:  'nested': {'a': None,
# expect:             'b': [1, 2, {'deep': ('x', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 3.5)}],
# expect:             'fs': frozenset({10, 20}),
# expect:             'set': {1, 2, 3}},
# expect:  'numbers': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
# expect:  'tuple1': (1,)}
# expect: {  'empty': [[], (), {}, set()],
# expect:    'name': 'gilpy',
# expect:    'nested': {  'a': None,
# expect:                 'b': [  1,
# expect:                         2,
# expect:                         {  'deep': (  'x',
# expect:                                       'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
# expect:                                       3.5)}],
# expect:                 'fs': frozenset({  10,
# expect:                                    20}),
# expect:                 'set': {1, 2, 3}},
# expect:    'numbers': [  0,
# expect:                  1,
# expect:                  2,
# expect:                  3,
# expect:                  4,
# expect:                  5,
# expect:                  6,
# expect:                  7,
# expect:                  8,
# expect:                  9,
# expect:                  10,
# expect:                  11],
# expect:    'tuple1': (1,)}
# expect: {'empty': [[], (), {}, set()],
# expect:  'name': 'gilpy',
# expect:  'nested': {'a': None, 'b': [...], 'fs': frozenset({10, 20}), 'set': {1, 2, 3}},
# expect:  'numbers': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
# expect:  'tuple1': (1,)}
# expect: {'empty': [[], (), {}, set()],
# expect:  'name': 'gilpy',
# expect:  'nested': {'a': None,
# expect:             'b': [1, 2,
# expect:                   {'deep': ('x',
# expect:                             'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
# expect:                             3.5)}],
# expect:             'fs': frozenset({10, 20}),
# expect:             'set': {1, 2, 3}},
# expect:  'numbers': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
# expect:              11],
# expect:  'tuple1': (1,)}
# expect: {'zeta': 1,
# expect:  'alpha': [2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2,
# expect:            2]}
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
# expect:  10, 11, 12, 13, 14, 15, 16,
# expect:  17, 18, 19, 20, 21, 22, 23,
# expect:  24, 25, 26, 27, 28, 29]
# expect: (0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11)
# expect: {100,
# expect:  101,
# expect:  102,
# expect:  103,
# expect:  104,
# expect:  105,
# expect:  106,
# expect:  107,
# expect:  108,
# expect:  109,
# expect:  110,
# expect:  111,
# expect:  112,
# expect:  113,
# expect:  114}
# expect: frozenset({0,
# expect:            1,
# expect:            2,
# expect:            3,
# expect:            4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9,
# expect:            10,
# expect:            11})
# expect: ('The quick brown fox jumps over the lazy dog. The quick brown fox jumps over '
# expect:  'the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown '
# expect:  'fox jumps over the lazy dog. ')
# expect: {'key': 'The quick brown fox jumps over the lazy dog. The '
# expect:         'quick brown fox jumps over the lazy dog. The '
# expect:         'quick brown fox jumps over the lazy dog. The '
# expect:         'quick brown fox jumps over the lazy dog. ',
# expect:  'lines': 'first line\n'
# expect:           'second line is rather long first line\n'
# expect:           'second line is rather long first line\n'
# expect:           'second line is rather long '}
# expect: ['short',
# expect:  'The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. '
# expect:  'The quick brown fox jumps over the lazy dog. ']
# expect: (b'binary data binary data binary data binary data binary data binary data bina'
# expect:  b'ry data binary data binary data binary data ')
# expect: OrderedDict([('key0', 0),
# expect:              ('key1', 1000),
# expect:              ('key2', 2000),
# expect:              ('key3', 3000),
# expect:              ('key4', 4000),
# expect:              ('key5', 5000),
# expect:              ('key6', 6000),
# expect:              ('key7', 7000)])
# expect: OrderedDict()
# expect: defaultdict(<class 'list'>,
# expect:             {'k0': [],
# expect:              'k1': [0],
# expect:              'k2': [0, 1],
# expect:              'k3': [0, 1, 2],
# expect:              'k4': [0, 1, 2, 3],
# expect:              'k5': [0, 1, 2, 3, 4]})
# expect: Counter({'i': 6,
# expect:          's': 6,
# expect:          ' ': 6,
# expect:          'a': 4,
# expect:          'r': 3,
# expect:          'e': 3,
# expect:          'n': 3,
# expect:          'd': 3,
# expect:          'p': 2,
# expect:          'm': 1,
# expect:          'v': 1,
# expect:          'b': 1,
# expect:          'k': 1,
# expect:          'y': 1,
# expect:          'w': 1})
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19],
# expect:       maxlen=25)
# expect: deque(['a',
# expect:        'b',
# expect:        'c',
# expect:        'd',
# expect:        'e',
# expect:        'f',
# expect:        'g',
# expect:        'h',
# expect:        'i',
# expect:        'j',
# expect:        'k',
# expect:        'l',
# expect:        'm',
# expect:        'n',
# expect:        'o',
# expect:        'p'])
# expect: [Point(x=0, y=0),
# expect:  Point(x=1, y=1),
# expect:  Point(x=2, y=4),
# expect:  Point(x=3, y=9),
# expect:  Point(x=4, y=16),
# expect:  Point(x=5, y=25)]
# expect: Order(id=7,
# expect:       items=[Item(name='widget', price=2.5, tags=['a', 'b']),
# expect:              Item(name='gadget with a long name',
# expect:                   price=1000.0,
# expect:                   tags=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])])
# expect: Item(name='tiny', price=1.0, tags=[])
# expect: [<Opaque oooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo>]
# expect: [1, 2, <Recursion on list {'self': <Recursion on dict
# expect: True False True False
# expect: {'a': [2, 3], 'b': 1} True
# expect: {1_000_000_000_000: 12_345_678_901_234_567_890,
# expect:  'x': [1_000_000,
# expect:        1_000_000,
# expect:        1_000_000,
# expect:        1_000_000,
# expect:        1_000_000,
# expect:        1_000_000,
# expect:        1_000_000,
# expect:        1_000_000]}
# expect: { 'zeta': [1, 2, 3],
# expect:   'alpha': { 'x': 'yyyyyyyyyyyyyyyyyyyy'},
# expect:   'mid': ( 4,
# expect:            5,
# expect:            6,
# expect:            7,
# expect:            8,
# expect:            9,
# expect:            10,
# expect:            11,
# expect:            12)}
# expect: [ [1, 2, 3],
# expect:   [1, 2, 3],
# expect:   [1, 2, 3],
# expect:   [1, 2, 3]]
# expect: True False
# expect: [[[[...]]]]
# expect: {'a': {'b': {...}}}
# expect: [1,
# expect:  2]
# expect: ValueError: indent must be >= 0
# expect: ValueError: depth must be > 0
# expect: ValueError: width must be != 0
