# finally runs when the block is left by return, break or continue too.
def f():
    try:
        return "returned"
    finally:
        print("finally before return")

print(f())
# expect: finally before return
# expect: returned
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: body 0
# expect: finally 0
# expect: finally 1
# expect: finally 2
