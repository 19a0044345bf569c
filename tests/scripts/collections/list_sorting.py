# sort() in place and sorted() copy, with key and reverse; sorting is stable.
nums = [5, 2, 9, 1]
nums.sort()
print(nums)                         # expect: [1, 2, 5, 9]
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
words = ["banana", "kiwi", "apple", "fig"]
print(sorted(words))                # expect: ['apple', 'banana', 'fig', 'kiwi']
print(sorted(words, key=len))       # expect: ['fig', 'kiwi', 'apple', 'banana']
pairs = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
print(sorted(pairs, key=lambda p: p[0]))  # expect: [('a', 2), ('a', 1), ('b', 1), ('b', 0)]
print(sorted(pairs))                # expect: [('a', 1), ('a', 2), ('b', 0), ('b', 1)]
print(words)                        # expect: ['banana', 'kiwi', 'apple', 'fig']
print(sorted("cab"))                # expect: ['a', 'b', 'c']
[1, "a"].sort()                     # expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
