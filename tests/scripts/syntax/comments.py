# Comments and blank lines are ignored wherever they appear, even at odd
# indentation inside a block.
def f():
    # indented comment

        # over-indented comment
    x = 1  # trailing comment
# comment at column 0 inside the function
    return x

print(f())  # expect: 1
print("# not a comment")  # expect: # not a comment
