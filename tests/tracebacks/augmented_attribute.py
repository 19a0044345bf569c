class A: pass
a=A()
a.v = 1
a.v += "s"
d={}
d["k"] = 1
d["k"] += "s"
