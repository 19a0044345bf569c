# eval, exec, globals() and locals(): the caller's namespaces by default (a function's
# locals as a snapshot), or explicit dicts.
x = 10
def f(a):
    b = a * 2
    print(sorted(locals().items()))
    print(eval("a + b + x"))
    exec("c = a + 1")
    return "c" in globals()
print(f(3))
print(eval("x * 2"), eval("[i * i for i in range(4)]"))
g = {"y": 5}
exec("z = y + 1", g)
print(g["z"], "z" in globals())
print(eval("y * 3", g), eval("q", {}, {"q": 7}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(9)", ns)
print(ns["result"])
print(globals()["x"], "f" in dir())
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax error:", e.msg)
print(list(map(eval, ["1+1", "x"])))
# expect: [('a', 3), ('b', 6)]
# expect: 19
# expect: False
# expect: 20 [0, 1, 4, 9]
# expect: 6 False
# expect: 15 7
# expect: 81
# expect: 10 True
# expect: syntax error: invalid syntax
# expect: [2, 10]
