# Blocks may use any indentation width, as long as each block is consistent;
# a dedent may close several blocks at once.
x = 3
if x > 0:
    print("four spaces")            # expect: four spaces
    if x > 1:
      print("two more")             # expect: two more
      if x > 2:
              print("eight more")   # expect: eight more
print("back at column 0")           # expect: back at column 0

def f():
	return "tab-indented body"
print(f())                          # expect: tab-indented body

for i in range(2):
    if i:
        print("odd", i)
    else:
        print("even", i)
# expect: even 0
# expect: odd 1
