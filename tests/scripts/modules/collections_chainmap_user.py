# collections: ChainMap (lookups, writes to maps[0], new_child, parents, |, pop, fromkeys, recursive repr) and UserDict, UserList, UserString
from collections import ChainMap, UserDict, UserList, UserString

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm)
print(cm['user'], cm['color'], cm.get('missing'), len(cm), sorted(cm), 'color' in cm)
print(list(cm.keys()), list(cm.items()), list(cm.values()))
cm['color'] = 'blue'
print(env, defaults)
del cm['color']
print(cm['color'])
try:
    del cm['user'], cm['user']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['x'] = 1
print(child)
print(child.maps[0], child.parents, child.parents == cm)
child2 = cm.new_child({'z': 26})
print(child2.maps)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
print(cm.copy(), cm.copy() is not cm)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(ChainMap({'a': 1}) | {'b': 2})
c2 = ChainMap({'a': 1})
c2 |= {'c': 3}
print(c2, c2.pop('c'), c2.pop('q', None))
try:
    ChainMap({}, {'k': 1}).pop('k')
except KeyError as e:
    print('KeyError', e)
print(ChainMap.fromkeys('ab', 0))
cm3 = ChainMap({'a': 1})
cm3.maps.append(cm3)
print(cm3)
cm3.maps.pop()
print(cm3)
print(ChainMap({1: 'a'}, {2: 'b'}).popitem())

class MyDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

md = MyDict({'A': 1}, B=2)
md['C'] = 3
print(md, md.data, len(md), 'a' in md, md.get('z', 0), isinstance(md, UserDict))
print(md.copy(), type(md.copy()).__name__, md == {'a': 1, 'b': 2, 'c': 3})
print(md | {'d': 4}, {'z': 0} | UserDict(a=1))
md.update(E=5)
print(sorted(md.keys()), md.pop('e'), md.setdefault('f', 6), list(md.items()))

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul.data, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__)
print(ul + [9], [0] + ul, ul * 2, ul == [1, 2, 3, 5], ul < [2], 3 in ul)
ul.extend(UserList([7]))
ul.insert(0, 0)
ul.reverse()
print(ul, ul.pop(), ul.index(3), ul.count(3), ul.copy())
ul[0] = 100
del ul[1]
ul += [4]
print(ul, repr(ul))

us = UserString('Hello World')
print(us, repr(us), len(us), us.upper(), us.lower(), us[0], us[-5:], type(us[-5:]).__name__)
print(us + '!', 'X' + us, us * 2, 'World' in us, us.split(), us.replace('l', 'L'), us.find('o'))
print(us == 'Hello World', us < 'Z', us.startswith('He'), us.endswith('ld'), us.count('l'))
print(us.center(15, '*'), us.strip('Hd'), us.title(), us.swapcase(), us.zfill(13), int(UserString('42')) + 1)
print(UserString('%s-%d') % ('a', 3), us.join(['<', '>']), us.partition(' '), us.isalpha(), hash(us) == hash('Hello World'))
# expect: ChainMap({'user': 'admin'}, {'color': 'red', 'user': 'guest'})
# expect: admin red None 2 ['color', 'user'] True
# expect: ['color', 'user'] [('color', 'red'), ('user', 'admin')] ['red', 'admin']
# expect: {'user': 'admin', 'color': 'blue'} {'color': 'red', 'user': 'guest'}
# expect: red
# expect: KeyError "Key not found in the first mapping: 'user'"
# expect: ChainMap({'x': 1}, {}, {'color': 'red', 'user': 'guest'})
# expect: {'x': 1} ChainMap({}, {'color': 'red', 'user': 'guest'}) True
# expect: [{'z': 26}, {}, {'color': 'red', 'user': 'guest'}]
# expect: ChainMap({}) False True
# expect: ChainMap({}, {'color': 'red', 'user': 'guest'}) True
# expect: {'a': 1, 'b': 3}
# expect: ChainMap({'a': 1, 'b': 2})
# expect: ChainMap({'a': 1}) 3 None
# expect: KeyError "Key not found in the first mapping: 'k'"
# expect: ChainMap({'a': 0, 'b': 0})
# expect: ChainMap({'a': 1}, ...)
# expect: ChainMap({'a': 1})
# expect: (1, 'a')
# expect: {'a': 1, 'b': 2, 'c': 3} {'a': 1, 'b': 2, 'c': 3} 3 True 0 True
# expect: {'a': 1, 'b': 2, 'c': 3} MyDict True
# expect: {'a': 1, 'b': 2, 'c': 3, 'd': 4} {'z': 0, 'a': 1}
# expect: ['a', 'b', 'c', 'e'] 5 6 [('a', 1), ('b', 2), ('c', 3), ('f', 6)]
# expect: abab
# expect: [1, 2, 3, 5] [1, 2, 3, 5] 4 1 [2, 3] UserList
# expect: [1, 2, 3, 5, 9] [0, 1, 2, 3, 5] [1, 2, 3, 5, 1, 2, 3, 5] True True True
# expect: [7, 5, 3, 2, 1] 0 2 1 [7, 5, 3, 2, 1]
# expect: [100, 3, 2, 1, 4] [100, 3, 2, 1, 4]
# expect: Hello World 'Hello World' 11 HELLO WORLD hello world H World UserString
# expect: Hello World! XHello World Hello WorldHello World True ['Hello', 'World'] HeLLo WorLd 4
# expect: True True True True 3
# expect: **Hello World** ello Worl Hello World hELLO wORLD 00Hello World 43
# expect: a-3 <Hello World> ('Hello', ' ', 'World') False True
