# time's calendar half: struct_time (a tuple with named fields), gmtime/localtime/mktime,
# strftime through the C library as CPython, asctime, and CPython's argument errors.
import time
g = time.gmtime(1e9)
print(g, type(g), g.tm_year, g[0], len(g), g.tm_zone, g.tm_gmtoff, tuple(g)[:3])
print(time.gmtime(86400 * 365.25 * 30), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %Z %y %I %%", g))
print(time.mktime(time.localtime(12345)), time.asctime(time.gmtime(5e8)), time.asctime(g))
print(time.strftime("%H:%M", (2020, 1, 1, 10, 5, 0, 0, 1, 0)), time.strftime("%d/%m", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
lt = time.localtime()
print(isinstance(lt, tuple), isinstance(lt, time.struct_time), time.strftime("%Y") == str(lt.tm_year))
print(time.strftime("%Y", time.localtime(time.mktime(lt))) == str(lt.tm_year), type(time.timezone), len(time.tzname))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time(range(9)).tm_isdst)
for bad in [lambda: time.mktime((1, 2)), lambda: time.asctime((1, 2)), lambda: time.strftime("%Y", (1, 2)),
            lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", 5),
            lambda: time.struct_time((1, 2)), lambda: time.gmtime("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=1, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0) <class 'time.struct_time'> 2001 2001 9 GMT 0 (2001, 9, 9)
# expect: time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0) True
# expect: 2001-09-09 01:46:40 Sun Sunday Sep September 252 AM GMT 01 01 %
# expect: 12345.0 Tue Nov  5 00:53:20 1985 Sun Sep  9 01:46:40 2001
# expect: 10:05 01/01
# expect: True True True
# expect: True <class 'int'> 2
# expect: time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=0) 8
# expect: TypeError mktime(): illegal time tuple argument
# expect: TypeError asctime(): illegal time tuple argument
# expect: TypeError strftime(): illegal time tuple argument
# expect: ValueError month out of range
# expect: TypeError Tuple or struct_time argument required
# expect: TypeError time.struct_time() takes an at least 9-sequence (2-sequence given)
# expect: TypeError 'str' object cannot be interpreted as an integer
