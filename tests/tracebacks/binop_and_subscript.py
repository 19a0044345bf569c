data = {"a": [1, 2, 3]}
def total(d, key):
    return d[key][5] + 1
def ratio(x, y):
    return (x + 1) / (y - y)
try:
    total(data, "a")
except IndexError as e:
    print("index:", e)
print(ratio(3, 4))
