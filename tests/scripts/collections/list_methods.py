# The list methods that mutate in place (and mostly return None).
xs = [3, 1, 2]
xs.append(4)
print(xs)                           # expect: [3, 1, 2, 4]
print(xs.pop(), xs)                 # expect: 4 [3, 1, 2]
print(xs.pop(0), xs)                # expect: 3 [1, 2]
xs.insert(0, "first")
xs.insert(100, "last")
xs.insert(-1, "before last")
print(xs)                           # expect: ['first', 1, 2, 'before last', 'last']
print(xs.index(2))                  # expect: 2
xs.remove("first")
xs.extend([7, 7])
print(xs, xs.count(7))              # expect: [1, 2, 'before last', 'last', 7, 7] 2
xs.reverse()
print(xs)                           # expect: [7, 7, 'last', 'before last', 2, 1]
print(xs.append(0))                 # expect: None
xs.clear()
print(xs, len(xs))                  # expect: [] 0
copy = [1, 2].copy()
print(copy)                         # expect: [1, 2]
