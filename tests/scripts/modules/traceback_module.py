# traceback: format_exc, print_exc(file=...), format_exception (both signatures), format_exception_only.
import traceback, sys, io
import traceback, sys, io
def inner(): raise ValueError("bad value")
try:
    inner()
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], text.count("File"), text.splitlines()[-2])
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue() == text, out.getvalue().splitlines()[-3:])
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)) == text)
print(repr(traceback.format_exc()))
# expect: Traceback (most recent call last): ValueError: bad value 2                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: True ['    def inner(): raise ValueError("bad value")', '                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^', 'ValueError: bad value']
# expect: ['ValueError: bad value\n']
# expect: True
# expect: 'NoneType: None\n'
