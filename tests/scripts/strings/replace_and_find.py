# replace, find / index / rfind, count.
s = "the cat sat on the mat"
print(s.replace("at", "og"))        # expect: the cog sog on the mog
print(s.replace("the", "a", 1))     # expect: a cat sat on the mat
print(s.find("sat"), s.find("dog"))  # expect: 8 -1
print(s.rfind("the"))               # expect: 15
print(s.index("on"))                # expect: 12
print(s.count("at"))                # expect: 3
print(s.find("t", 5))               # expect: 6
s.index("dog")                      # expect runtime error: ValueError: substring not found
