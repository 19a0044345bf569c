# Triple-quoted strings span lines and may hold quotes; a docstring is just a string.
def f():
    """A docstring."""
    return 1

s = """first
second "quoted" and 'single'
third"""
print(s)
# expect: first
# expect: second "quoted" and 'single'
# expect: third
t = '''x
  y'''
print(t)
# expect: x
# expect:   y
print(f())                          # expect: 1
print(f.__doc__)                    # expect: A docstring.
print(len("""ab
c"""))                              # expect: 4
