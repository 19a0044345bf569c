# Both quote styles, escapes, raw strings and implicit concatenation.
print('single')                     # expect: single
print("double")                     # expect: double
print("it's")                       # expect: it's
print('say "hi"')                   # expect: say "hi"
print('it\'s')                      # expect: it's
print("tab\there")                  # expect: tab	here
print("back\\slash")                # expect: back\slash
print("\x41\x42")                   # expect: AB
print("caf\u00e9")                  # expect: café
print(r"raw\n\t")                   # expect: raw\n\t
print("con" 'cat' "enated")         # expect: concatenated
print(len("a\nb"))                  # expect: 3
print("line1\nline2")
# expect: line1
# expect: line2
print(repr("it's"))                 # expect: "it's"
print(repr('say "hi"'))             # expect: 'say "hi"'
print(repr("a\nb\t\\"))             # expect: 'a\nb\t\\'
print("")                           # expect:
