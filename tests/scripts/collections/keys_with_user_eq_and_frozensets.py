# Regression: dict and set look-ups once compared instance keys by identity, ignoring a
# user __eq__, and frozensets (alone or inside tuples) could not be found as keys.
class V:
    def __init__(s, x): s.x = x
    def __eq__(s, o): return isinstance(o, V) and s.x == o.x
    def __hash__(s): return hash(s.x)
    def __repr__(s): return f"V({s.x})"
print(len({V(1), V(1)}), V(1) in {V(1)}, len({V(1): 1, V(1): 2}))
d = {V(1): "a"}
d[V(1)] = "b"
print(d, d[V(1)], d.get(V(1)), V(2) in d)
del d[V(1)]
print(d)
s = {V(3)}
s.discard(V(3)); print(s)
print({frozenset([1]): 1}.get(frozenset([1])), frozenset([1]) in {frozenset([1])})
print({(frozenset([1, 2]), 1): "t"}[(frozenset([2, 1]), 1)])
print({x: x.x * 2 for x in [V(5), V(5)]})
class NoHash:
    def __eq__(s, o): return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
# expect: 1 True 1
# expect: {V(1): 'b'} b b False
# expect: {}
# expect: set()
# expect: 1 True
# expect: t
# expect: {V(5): 10}
# expect: unhashable type: 'NoHash'
