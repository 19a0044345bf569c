# array: typecodes with CPython's range and type errors, sequence operations, slicing,
# float32 rounding for 'f', tobytes/frombytes for integer codes, 'u' arrays.
import array
a = array.array('i', [1, 2, 3]); print(a, repr(a), a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a), a.tolist())
a.append(4); a.extend([5, 6]); print(a, sum(a), 3 in a, a.index(3), a.count(1))
print(array.array('d', [1.5, 2]), array.array('u', 'hi'), array.array('b'), array.array('f', [0.1]), array.array('f', [1e40, 3.14159, 1e-40]))
for bad in [lambda: array.array('q', [1.5]), lambda: array.array('z'), lambda: array.array('b', [300]), lambda: array.array('B', [-1]),
            lambda: array.array('u', [1]), lambda: array.array('d', ['x']), lambda: array.array('i', 'abc'), lambda: array.array('i', [1])[5],
            lambda: array.array(), lambda: a.append('x'), lambda: array.array('i') + [1], lambda: array.array('I', [-1]), lambda: array.array('h', [40000])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a[0] = 10; print(a, a == array.array('i', [10, 2, 3, 4, 5, 6]), a * 2, a + a)
a.reverse(); print(a.pop(), a.pop(0)); print(a); a.insert(0, 7); print(a); a.remove(7); print(a)
print(array.typecodes, array.array('l').itemsize, array.array('H', range(3)))
print(array.array('i', b'\x01\x00\x00\x00'), array.array('i', [1, -2]).tobytes(), array.array('u', 'xy').tounicode())
b = array.array('i', [3, 1, 2]); print(b < array.array('i', [4]), b == [3, 1, 2], bool(array.array('i')), sorted(b), max(b), b[::-1], b.__class__.__name__, type(b))
b[1:2] = array.array('i', [9, 9]); print(b); del b[0]; print(b)
try: b[0:1] = [1]
except TypeError as e: print(e)
# expect: array('i', [1, 2, 3]) array('i', [1, 2, 3]) i 4 3 1 3 array('i', [2, 3]) [1, 2, 3] [1, 2, 3]
# expect: array('i', [1, 2, 3, 4, 5, 6]) 21 True 2 1
# expect: array('d', [1.5, 2.0]) array('u', 'hi') array('b') array('f', [0.10000000149011612]) array('f', [inf, 3.141590118408203, 9.99994610111476e-41])
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: OverflowError signed char is greater than maximum
# expect: OverflowError unsigned byte integer is less than minimum
# expect: TypeError array item must be unicode character
# expect: TypeError must be real number, not str
# expect: TypeError cannot use a str to initialize an array with typecode 'i'
# expect: IndexError array index out of range
# expect: TypeError array() takes at least 1 argument (0 given)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError can only append array (not "list") to array
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError signed short integer is greater than maximum
# expect: array('i', [10, 2, 3, 4, 5, 6]) True array('i', [10, 2, 3, 4, 5, 6, 10, 2, 3, 4, 5, 6]) array('i', [10, 2, 3, 4, 5, 6, 10, 2, 3, 4, 5, 6])
# expect: 10 6
# expect: array('i', [5, 4, 3, 2])
# expect: array('i', [7, 5, 4, 3, 2])
# expect: array('i', [5, 4, 3, 2])
# expect: bBuhHiIlLqQfd 8 array('H', [0, 1, 2])
# expect: array('i', [1]) b'\x01\x00\x00\x00\xfe\xff\xff\xff' xy
# expect: True False False [1, 2, 3] 3 array('i', [2, 1, 3]) array <class 'array.array'>
# expect: array('i', [3, 9, 9, 2])
# expect: array('i', [9, 9, 2])
# expect: can only assign array (not "list") to array slice
