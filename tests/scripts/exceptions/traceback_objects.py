# e.__traceback__ and sys.exc_info()[2]: traceback objects (tb_lineno, tb_next, tb_frame), walk_tb, extract_tb/format_tb/format_list with markers, extract_stack/format_stack
import traceback, sys
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name if hasattr(tb, "tb_frame") else "?")
    print(len(traceback.extract_tb(tb)), traceback.extract_tb(tb)[-1].name)
    exc_type, exc_value, exc_tb = sys.exc_info()
    print(exc_tb is not None)
    print(traceback.format_tb(tb)[-1].replace(__file__, "FILE"), end="")
    for fr, ln in traceback.walk_tb(tb): print(fr.f_code.co_name, ln)
    s = traceback.extract_tb(tb)
    print(list(s[0])[1:], repr(s[1]).replace(__file__, "FILE"))
    print(traceback.format_list(s)[1].replace(__file__, "FILE"), end="")
def g():
    return traceback.extract_stack()
st = g()
print([(f.name, f.lineno) for f in st])
print("".join(traceback.format_stack()).replace(__file__, "FILE"), end="")
# expect: True traceback
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 6, in <module>
# expect:     f()
# expect:   File "FILE", line 4, in f
# expect:     return 1 / 0
# expect:            ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 6, in <module>
# expect:     f()
# expect:   File "FILE", line 4, in f
# expect:     return 1 / 0
# expect:            ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "FILE", line 6, in <module>
# expect:     f()
# expect:   File "FILE", line 4, in f
# expect:     return 1 / 0
# expect:            ~~^~~
# expect: ZeroDivisionError: division by zero
# expect: 6 <module>
# expect: 2 f
# expect: True
# expect:   File "FILE", line 4, in f
# expect:     return 1 / 0
# expect:            ~~^~~
# expect: <module> 6
# expect: f 4
# expect: [6, '<module>', 'f()'] <FrameSummary file FILE, line 4 in f>
# expect:   File "FILE", line 4, in f
# expect:     return 1 / 0
# expect:            ~~^~~
# expect: [('<module>', 24), ('g', 23)]
# expect:   File "FILE", line 26, in <module>
# expect:     print("".join(traceback.format_stack()).replace(__file__, "FILE"), end="")
