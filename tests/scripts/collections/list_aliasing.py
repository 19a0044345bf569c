# Assignment shares one list; copying makes a new one.
a = [1, 2]
b = a
c = a[:]
d = list(a)
a.append(3)
print(b, c, d)                      # expect: [1, 2, 3] [1, 2] [1, 2]

def add_item(items):
    items.append("added")

add_item(a)
print(b[-1])                        # expect: added
