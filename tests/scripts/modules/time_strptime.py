# time.strptime: struct_time fields (tm_zone/tm_gmtoff), default format, %z/%Z, leap-day default year, error messages.
import time

t = time.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')
print(t)
print(type(t).__name__, isinstance(t, tuple), len(t), tuple(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
t = time.strptime('Thu Mar  4 05:06:07 2021')
print(t)
t = time.strptime('2021-03-04 +0530 UTC', '%Y-%m-%d %z %Z')
print(t, t.tm_zone, t.tm_gmtoff)
t = time.strptime('Feb 29', '%b %d')
print(t)
print(time.strptime('2020 60', '%Y %j'))
print(time.strptime('12:00:00 PM', '%I:%M:%S %p')[3:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.strptime('1999-12-31 23:59:59', '%Y-%m-%d %H:%M:%S')))
print(time.strptime('23:59:61', '%H:%M:%S').tm_sec)
for args in [('2021-02-30', '%Y-%m-%d'), ('2021', '%Y-%m'), ('2021x', '%Y'), (2021, '%Y'), ('2021', 5), ('x', '%k')]:
    try:
        time.strptime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
# expect: time.struct_time(tm_year=2021, tm_mon=3, tm_mday=4, tm_hour=5, tm_min=6, tm_sec=7, tm_wday=3, tm_yday=63, tm_isdst=-1)
# expect: struct_time True 9 (2021, 3, 4, 5, 6, 7, 3, 63, -1)
# expect: 2021 3 4 5 6 7 3 63 -1 None None
# expect: time.struct_time(tm_year=2021, tm_mon=3, tm_mday=4, tm_hour=5, tm_min=6, tm_sec=7, tm_wday=3, tm_yday=63, tm_isdst=-1)
# expect: time.struct_time(tm_year=2021, tm_mon=3, tm_mday=4, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=63, tm_isdst=0) UTC 19800
# expect: time.struct_time(tm_year=1900, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=60, tm_isdst=-1)
# expect: time.struct_time(tm_year=2020, tm_mon=2, tm_mday=29, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=60, tm_isdst=-1)
# expect: (12, 0, 0)
# expect: 1999-12-31 23:59:59
# expect: 61
# expect: ValueError: day is out of range for month
# expect: ValueError: time data '2021' does not match format '%Y-%m'
# expect: ValueError: unconverted data remains: x
# expect: TypeError: strptime() argument 0 must be str, not <class 'int'>
# expect: TypeError: strptime() argument 1 must be str, not <class 'int'>
# expect: ValueError: 'k' is a bad directive in format '%k'
