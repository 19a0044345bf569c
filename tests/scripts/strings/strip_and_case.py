# Stripping whitespace or given characters, and case conversion.
print("[" + "  pad  ".strip() + "]")  # expect: [pad]
print("[" + "  pad  ".lstrip() + "]")  # expect: [pad  ]
print("[" + "  pad  ".rstrip() + "]")  # expect: [  pad]
print("xxhixx".strip("x"))          # expect: hi
print("\t\n mixed \n".strip())      # expect: mixed
print("Hello World".upper())        # expect: HELLO WORLD
print("Hello World".lower())        # expect: hello world
print("hello world".title())        # expect: Hello World
print("hello".capitalize())         # expect: Hello
print("MiXeD".swapcase())           # expect: mIxEd
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace())  # expect: True True True True
print("abc".islower(), "ABC".isupper())  # expect: True True
