# Reading an attribute that neither the instance nor its class has raises
# AttributeError naming the type.
class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
print(t.present)                    # expect: 1
print(hasattr(t, "present"), hasattr(t, "absent"))  # expect: True False
print(getattr(t, "absent", "fallback"))  # expect: fallback
setattr(t, "absent", 2)
print(t.absent)                     # expect: 2
print(t.nothing_here)               # expect runtime error: AttributeError: 'Thing' object has no attribute 'nothing_here'
