# float.as_integer_ratio/hex/fromhex/is_integer, int.as_integer_ratio/bit_count/to_bytes/from_bytes.
for v in [0.0, -0.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf")]:
    print(v.hex(), float.fromhex(v.hex()) == v, v.is_integer())
    if abs(v) != float("inf"):
        print(v.as_integer_ratio())
for s in ["0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.fffffffffffff7p1023", "0x1.00000000000008p0",
          "0x1.00000000000018p0", " -0X1.8P+3 ", "1.8", "0x.8", "0x1.", "-Infinity", "nan", "0xABCDEFp-10",
          "0x1p1024", "0x1.fffffffffffff8p1023", "", "0x", "0xp1", "0x1p", "x1", "0x1.2.3"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for n in [0, -1, 127, 128, -128, -129, 255, 256, -32768, 2**64, -2**64]:
    for L in [0, 1, 2, 9]:
        for signed in [False, True]:
            try:
                b = n.to_bytes(L, "big", signed=signed)
                print(n, L, signed, b, n.to_bytes(L, "little", signed=signed),
                      int.from_bytes(b, "big", signed=signed), int.from_bytes(b[::-1], "little", signed=signed))
            except OverflowError as e:
                print(n, L, signed, "OverflowError", e)
print((7).as_integer_ratio(), (-2**70).as_integer_ratio(), True.as_integer_ratio(), (2**70 - 1).bit_count(), (-5).bit_count())
print(int.from_bytes([1, 2, 3], "little"), int.from_bytes(b"\x01\x00"), bool.from_bytes(b"\x02"), (300).to_bytes(2), (1).to_bytes())
print((1).to_bytes(length=2, byteorder="little"), int.from_bytes(bytes=b"\x01\x02", byteorder="little"))
class MyInt(int): pass
class MyFloat(float): pass
x, y = MyInt.from_bytes(b"\x05"), MyFloat.fromhex("0x1p3")
print(type(x).__name__, x, type(y).__name__, y, (1.5).fromhex("0x2p0"), (5).from_bytes(b"\x07"))
for e in ['(256).to_bytes(1, "big")', '(-1).to_bytes(1, "big")', '(1).to_bytes(1, "mid")', '(1).to_bytes(-1, "big")',
          '(1).to_bytes(1, 5)', '(1).to_bytes(1, "big", True)', '(1).to_bytes(1.0)', '(1).to_bytes(1, "big", foo=1)',
          'int.from_bytes("ab")', 'int.from_bytes(5)', 'int.from_bytes()', 'int.from_bytes(b"", "mid")',
          'float.fromhex(5)', '(1.5).hex(1)', 'float("inf").as_integer_ratio()', 'float("nan").as_integer_ratio()',
          '(1).to_bytes(1, byteorder="big", length=1)', '(1).as_integer_ratio(1)', 'float.fromhex()']:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as ex:
        print(e, "->", type(ex).__name__, ex)
# expect: 0x0.0p+0 True True
# expect: (0, 1)
# expect: -0x0.0p+0 True True
# expect: (0, 1)
# expect: 0x1.8000000000000p+0 True False
# expect: (3, 2)
# expect: -0x1.6000000000000p+1 True False
# expect: (-11, 4)
# expect: 0x1.999999999999ap-4 True False
# expect: (3602879701896397, 36028797018963968)
# expect: 0x1.7e43c8800759cp+996 True True
# expect: (1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)
# expect: 0x0.0000000000001p-1022 True False
# expect: (1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)
# expect: 0x1.0000000000000p-1022 True False
# expect: (1, 44942328371557897693232629769725618340449424473557664318357520289433168951375240783177119330601884005280028469967848339414697442203604155623211857659868531094441973356216371319075554900311523529863270738021251442209537670585615720368478277635206809290837627671146574559986811484619929076208839082406056034304)
# expect: 0x1.fffffffffffffp+1023 True True
# expect: (179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368, 1)
# expect: inf True False
# expect: '0x1p-1074' 5e-324
# expect: '0x1p-1075' 0.0
# expect: '0x1.8p-1075' 5e-324
# expect: '0x1.fffffffffffff7p1023' 1.7976931348623157e+308
# expect: '0x1.00000000000008p0' 1.0
# expect: '0x1.00000000000018p0' 1.0000000000000004
# expect: ' -0X1.8P+3 ' -12.0
# expect: '1.8' 1.5
# expect: '0x.8' 0.5
# expect: '0x1.' 1.0
# expect: '-Infinity' -inf
# expect: 'nan' nan
# expect: '0xABCDEFp-10' 10995.4833984375
# expect: '0x1p1024' OverflowError hexadecimal value too large to represent as a float
# expect: '0x1.fffffffffffff8p1023' OverflowError hexadecimal value too large to represent as a float
# expect: '' ValueError invalid hexadecimal floating-point string
# expect: '0x' ValueError invalid hexadecimal floating-point string
# expect: '0xp1' ValueError invalid hexadecimal floating-point string
# expect: '0x1p' ValueError invalid hexadecimal floating-point string
# expect: 'x1' ValueError invalid hexadecimal floating-point string
# expect: '0x1.2.3' ValueError invalid hexadecimal floating-point string
# expect: 0 0 False b'' b'' 0 0
# expect: 0 0 True b'' b'' 0 0
# expect: 0 1 False b'\x00' b'\x00' 0 0
# expect: 0 1 True b'\x00' b'\x00' 0 0
# expect: 0 2 False b'\x00\x00' b'\x00\x00' 0 0
# expect: 0 2 True b'\x00\x00' b'\x00\x00' 0 0
# expect: 0 9 False b'\x00\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\x00' 0 0
# expect: 0 9 True b'\x00\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\x00' 0 0
# expect: -1 0 False OverflowError can't convert negative int to unsigned
# expect: -1 0 True b'' b'' 0 0
# expect: -1 1 False OverflowError can't convert negative int to unsigned
# expect: -1 1 True b'\xff' b'\xff' -1 -1
# expect: -1 2 False OverflowError can't convert negative int to unsigned
# expect: -1 2 True b'\xff\xff' b'\xff\xff' -1 -1
# expect: -1 9 False OverflowError can't convert negative int to unsigned
# expect: -1 9 True b'\xff\xff\xff\xff\xff\xff\xff\xff\xff' b'\xff\xff\xff\xff\xff\xff\xff\xff\xff' -1 -1
# expect: 127 0 False OverflowError int too big to convert
# expect: 127 0 True OverflowError int too big to convert
# expect: 127 1 False b'\x7f' b'\x7f' 127 127
# expect: 127 1 True b'\x7f' b'\x7f' 127 127
# expect: 127 2 False b'\x00\x7f' b'\x7f\x00' 127 127
# expect: 127 2 True b'\x00\x7f' b'\x7f\x00' 127 127
# expect: 127 9 False b'\x00\x00\x00\x00\x00\x00\x00\x00\x7f' b'\x7f\x00\x00\x00\x00\x00\x00\x00\x00' 127 127
# expect: 127 9 True b'\x00\x00\x00\x00\x00\x00\x00\x00\x7f' b'\x7f\x00\x00\x00\x00\x00\x00\x00\x00' 127 127
# expect: 128 0 False OverflowError int too big to convert
# expect: 128 0 True OverflowError int too big to convert
# expect: 128 1 False b'\x80' b'\x80' 128 128
# expect: 128 1 True OverflowError int too big to convert
# expect: 128 2 False b'\x00\x80' b'\x80\x00' 128 128
# expect: 128 2 True b'\x00\x80' b'\x80\x00' 128 128
# expect: 128 9 False b'\x00\x00\x00\x00\x00\x00\x00\x00\x80' b'\x80\x00\x00\x00\x00\x00\x00\x00\x00' 128 128
# expect: 128 9 True b'\x00\x00\x00\x00\x00\x00\x00\x00\x80' b'\x80\x00\x00\x00\x00\x00\x00\x00\x00' 128 128
# expect: -128 0 False OverflowError can't convert negative int to unsigned
# expect: -128 0 True OverflowError int too big to convert
# expect: -128 1 False OverflowError can't convert negative int to unsigned
# expect: -128 1 True b'\x80' b'\x80' -128 -128
# expect: -128 2 False OverflowError can't convert negative int to unsigned
# expect: -128 2 True b'\xff\x80' b'\x80\xff' -128 -128
# expect: -128 9 False OverflowError can't convert negative int to unsigned
# expect: -128 9 True b'\xff\xff\xff\xff\xff\xff\xff\xff\x80' b'\x80\xff\xff\xff\xff\xff\xff\xff\xff' -128 -128
# expect: -129 0 False OverflowError can't convert negative int to unsigned
# expect: -129 0 True OverflowError int too big to convert
# expect: -129 1 False OverflowError can't convert negative int to unsigned
# expect: -129 1 True OverflowError int too big to convert
# expect: -129 2 False OverflowError can't convert negative int to unsigned
# expect: -129 2 True b'\xff\x7f' b'\x7f\xff' -129 -129
# expect: -129 9 False OverflowError can't convert negative int to unsigned
# expect: -129 9 True b'\xff\xff\xff\xff\xff\xff\xff\xff\x7f' b'\x7f\xff\xff\xff\xff\xff\xff\xff\xff' -129 -129
# expect: 255 0 False OverflowError int too big to convert
# expect: 255 0 True OverflowError int too big to convert
# expect: 255 1 False b'\xff' b'\xff' 255 255
# expect: 255 1 True OverflowError int too big to convert
# expect: 255 2 False b'\x00\xff' b'\xff\x00' 255 255
# expect: 255 2 True b'\x00\xff' b'\xff\x00' 255 255
# expect: 255 9 False b'\x00\x00\x00\x00\x00\x00\x00\x00\xff' b'\xff\x00\x00\x00\x00\x00\x00\x00\x00' 255 255
# expect: 255 9 True b'\x00\x00\x00\x00\x00\x00\x00\x00\xff' b'\xff\x00\x00\x00\x00\x00\x00\x00\x00' 255 255
# expect: 256 0 False OverflowError int too big to convert
# expect: 256 0 True OverflowError int too big to convert
# expect: 256 1 False OverflowError int too big to convert
# expect: 256 1 True OverflowError int too big to convert
# expect: 256 2 False b'\x01\x00' b'\x00\x01' 256 256
# expect: 256 2 True b'\x01\x00' b'\x00\x01' 256 256
# expect: 256 9 False b'\x00\x00\x00\x00\x00\x00\x00\x01\x00' b'\x00\x01\x00\x00\x00\x00\x00\x00\x00' 256 256
# expect: 256 9 True b'\x00\x00\x00\x00\x00\x00\x00\x01\x00' b'\x00\x01\x00\x00\x00\x00\x00\x00\x00' 256 256
# expect: -32768 0 False OverflowError can't convert negative int to unsigned
# expect: -32768 0 True OverflowError int too big to convert
# expect: -32768 1 False OverflowError can't convert negative int to unsigned
# expect: -32768 1 True OverflowError int too big to convert
# expect: -32768 2 False OverflowError can't convert negative int to unsigned
# expect: -32768 2 True b'\x80\x00' b'\x00\x80' -32768 -32768
# expect: -32768 9 False OverflowError can't convert negative int to unsigned
# expect: -32768 9 True b'\xff\xff\xff\xff\xff\xff\xff\x80\x00' b'\x00\x80\xff\xff\xff\xff\xff\xff\xff' -32768 -32768
# expect: 18446744073709551616 0 False OverflowError int too big to convert
# expect: 18446744073709551616 0 True OverflowError int too big to convert
# expect: 18446744073709551616 1 False OverflowError int too big to convert
# expect: 18446744073709551616 1 True OverflowError int too big to convert
# expect: 18446744073709551616 2 False OverflowError int too big to convert
# expect: 18446744073709551616 2 True OverflowError int too big to convert
# expect: 18446744073709551616 9 False b'\x01\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\x01' 18446744073709551616 18446744073709551616
# expect: 18446744073709551616 9 True b'\x01\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\x01' 18446744073709551616 18446744073709551616
# expect: -18446744073709551616 0 False OverflowError can't convert negative int to unsigned
# expect: -18446744073709551616 0 True OverflowError int too big to convert
# expect: -18446744073709551616 1 False OverflowError can't convert negative int to unsigned
# expect: -18446744073709551616 1 True OverflowError int too big to convert
# expect: -18446744073709551616 2 False OverflowError can't convert negative int to unsigned
# expect: -18446744073709551616 2 True OverflowError int too big to convert
# expect: -18446744073709551616 9 False OverflowError can't convert negative int to unsigned
# expect: -18446744073709551616 9 True b'\xff\x00\x00\x00\x00\x00\x00\x00\x00' b'\x00\x00\x00\x00\x00\x00\x00\x00\xff' -18446744073709551616 -18446744073709551616
# expect: (7, 1) (-1180591620717411303424, 1) (1, 1) 70 2
# expect: 197121 256 True b'\x01,' b'\x01'
# expect: b'\x01\x00' 513
# expect: MyInt 5 MyFloat 8.0 2.0 7
# expect: (256).to_bytes(1, "big") -> OverflowError int too big to convert
# expect: (-1).to_bytes(1, "big") -> OverflowError can't convert negative int to unsigned
# expect: (1).to_bytes(1, "mid") -> ValueError byteorder must be either 'little' or 'big'
# expect: (1).to_bytes(-1, "big") -> ValueError length argument must be non-negative
# expect: (1).to_bytes(1, 5) -> TypeError to_bytes() argument 'byteorder' must be str, not int
# expect: (1).to_bytes(1, "big", True) -> TypeError to_bytes() takes at most 2 positional arguments (3 given)
# expect: (1).to_bytes(1.0) -> TypeError 'float' object cannot be interpreted as an integer
# expect: (1).to_bytes(1, "big", foo=1) -> TypeError 'foo' is an invalid keyword argument for to_bytes()
# expect: int.from_bytes("ab") -> TypeError cannot convert 'str' object to bytes
# expect: int.from_bytes(5) -> TypeError cannot convert 'int' object to bytes
# expect: int.from_bytes() -> TypeError from_bytes() missing required argument 'bytes' (pos 1)
# expect: int.from_bytes(b"", "mid") -> ValueError byteorder must be either 'little' or 'big'
# expect: float.fromhex(5) -> TypeError bad argument type for built-in operation
# expect: (1.5).hex(1) -> TypeError float.hex() takes no arguments (1 given)
# expect: float("inf").as_integer_ratio() -> OverflowError cannot convert Infinity to integer ratio
# expect: float("nan").as_integer_ratio() -> ValueError cannot convert NaN to integer ratio
# expect: (1).to_bytes(1, byteorder="big", length=1) -> TypeError argument for to_bytes() given by name ('length') and position (1)
# expect: (1).as_integer_ratio(1) -> TypeError int.as_integer_ratio() takes no arguments (1 given)
# expect: float.fromhex() -> TypeError float.fromhex() takes exactly one argument (0 given)
