# `A if COND else B` evaluates only the chosen branch.
for n in range(3):
    print("zero" if n == 0 else "one" if n == 1 else "many")
# expect: zero
# expect: one
# expect: many
print(1 if [] else 2)               # expect: 2
print("safe" if True else 1 / 0)    # expect: safe
