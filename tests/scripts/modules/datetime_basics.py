# datetime: timedelta (construction, normalisation, repr/str, arithmetic, comparisons), date, datetime, time and timezone basics, strftime/isoformat/fromisoformat, error messages.
import datetime
from datetime import date, time, timedelta, timezone, MINYEAR, MAXYEAR
from datetime import datetime as DT

print(MINYEAR, MAXYEAR, datetime.MINYEAR)

# --- timedelta
td = timedelta(days=1, hours=1)
print(repr(td), td, td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta()), timedelta(), repr(timedelta(microseconds=-1)), timedelta(microseconds=-1))
print(timedelta(weeks=2, days=-1, hours=-3, minutes=90, seconds=30, milliseconds=1500, microseconds=7))
print(repr(timedelta(days=1.5)), repr(timedelta(hours=0.1)), repr(timedelta(seconds=2.5e-6)), repr(timedelta(seconds=1.5e-6)))
print(repr(timedelta(days=0.1, hours=0.5, minutes=1.25, milliseconds=1.0000005)))
print(str(timedelta(days=-2, hours=3)), str(timedelta(days=5, microseconds=250)), str(-timedelta(seconds=1)))
a, b = timedelta(hours=1), timedelta(minutes=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 2 * b, a * 0.3, 1.5 * b)
print(a / b, a // b, a % b, divmod(a, b), a / 7, a // 7, a / 2.5)
print(a == timedelta(minutes=60), a != b, a < b, a > b, a <= a, a >= b, a == 3600)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), hash(a) == hash(timedelta(seconds=3600)))
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=5)]))
print(sum([timedelta(minutes=20)] * 4, timedelta()))
print(repr(timedelta.max), repr(timedelta.min), repr(timedelta.resolution))
print({timedelta(1): "day"}[timedelta(hours=24)])

# --- date
d = date(2024, 2, 28)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59), timedelta(days=366) + d)
print(repr(date(2024, 12, 25) - d), date(2024, 1, 1) - date(2025, 1, 1))
print(date.fromordinal(1), date.fromordinal(738946), date.fromisoformat("2023-07-09"), date.fromisoformat("20230709"))
print(d.replace(day=1), d.replace(year=2023, month=3), d.isoformat(), d.isocalendar(), d.isocalendar().week)
print(d.strftime("%Y/%m/%d %a %A %b %B %j %y %U %W %w %%"), f"{d:%d.%m.%Y}", f"{d}", d.ctime())
print(d == date(2024, 2, 28), d < date(2024, 3, 1), d > date(2023, 12, 31), d == "2024-02-28")
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(date.min, date.max, repr(date.resolution), type(date.today()).__name__)
print(date.fromtimestamp(86400 * 365 + 43200), date(2000, 2, 29).isocalendar(), date(2021, 1, 3).isocalendar())

# --- datetime
dt = DT(2024, 1, 2, 3, 4, 5)
print(repr(dt), dt, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 5, 6)), DT(2024, 1, 2, 3, 4, 5, 6))
print(isinstance(dt, date), issubclass(DT, date), repr(dt.date()), repr(dt.time()))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="microseconds"))
print(DT(2024, 1, 1, 1, 2, 3, 4500).isoformat(timespec="milliseconds"), DT(2024, 1, 1, 12).isoformat(timespec="hours"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %y %b %B %a %A %j %p %I %%"))
print(DT(2024, 7, 4, 0, 30).strftime("%I:%M %p"), DT(2024, 7, 4, 12, 5).strftime("%I:%M %p"), DT(2024, 7, 4, 23).strftime("%I %p %c"))
print(dt + timedelta(hours=22), dt - timedelta(days=2, seconds=5), repr(dt - DT(2023, 12, 31)), DT(2024, 1, 1) - dt)
print(DT(2024, 3, 10, 12) - DT(2024, 3, 9, 18, 30), (DT(2024, 1, 1) - DT(2023, 1, 1)).days)
print(dt.replace(hour=23, second=0), dt.weekday(), dt.toordinal(), dt.isocalendar())
print(DT.combine(date(2024, 5, 6), time(7, 8, 9)), DT.combine(d, time()))
print(repr(DT.fromisoformat("2024-01-02T03:04:05")), repr(DT.fromisoformat("2024-01-02 03:04")))
print(repr(DT.fromisoformat("2024-01-02")), repr(DT.fromisoformat("2024-01-02T03:04:05.123456")))
print(DT.fromisoformat(dt.isoformat()) == dt, dt == DT(2024, 1, 2, 3, 4, 5), dt < DT(2024, 1, 2, 3, 4, 6), dt == d)
print(repr(DT.utcfromtimestamp(1e9)), DT.utcfromtimestamp(86400.25), DT.fromtimestamp(1e9).timestamp())
print(DT(1970, 1, 2).timestamp() - DT(1970, 1, 1).timestamp(), DT.fromtimestamp(DT(2024, 6, 1, 8, 30).timestamp()))
print(DT.min, DT.max, sorted([DT(2024, 1, 1, 5), DT(2023, 6, 1), DT(2024, 1, 1, 4, 59)]))
now = DT.now()
print(type(now).__name__, type(DT.today()).__name__, type(DT.utcnow()).__name__)
print(timedelta(0) <= DT.now() - now < timedelta(seconds=5), abs(DT.now().timestamp() - __import__("time").time()) < 5)
print(type(date.today()) is date, (DT.now().date() - date.today()).days in (0, 1))
events = {DT(2024, 1, 1): "new year", DT(2024, 12, 25, 18): "dinner"}
for when in sorted(events):
    print(when.strftime("%d %b %Y, %H:%M"), "-", events[when])

# --- time
t = time(13, 5, 9, 42)
print(repr(t), t, repr(time()), repr(time(1, 2, 3)), time(9, 30), t.isoformat("minutes"), t.hour, t.minute, t.second, t.microsecond)
print(time(8) < time(9, 1), time(8) == time(8, 0, 0), t.replace(hour=1), t.strftime("%H:%M:%S %p"), repr(time.fromisoformat("10:11:12")))
print(repr(time.min), repr(time.max), f"{time(7, 5):%H.%M}")

# --- timezone (fixed offsets)
utc = timezone.utc
print(repr(utc), utc, timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-5))), repr(timezone(timedelta(0))))
aware = DT(2024, 1, 2, 3, 4, 5, tzinfo=utc)
print(repr(aware), aware, aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.timestamp())
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(repr(aware.astimezone(ist)), aware.astimezone(ist), aware == aware.astimezone(ist))
print(DT.fromtimestamp(0, utc), repr(DT.fromisoformat("2024-01-02T03:04:05+05:30")), DT.fromisoformat("2024-01-02T03:04:05Z"))
print(DT(2024, 1, 1, tzinfo=ist) - DT(2024, 1, 1, tzinfo=utc), DT.now(utc).tzinfo is utc, aware.strftime("%H:%M %z %Z"))

# --- errors
tests = ["date(2024, 13, 1)", "date(2024, 0, 1)", "date(0, 1, 1)", "date(10000, 1, 1)", "date(2023, 2, 29)",
         "date('2024', 1, 1)", "date(2024.0, 1, 1)", "DT(2024, 1, 1, 24)", "DT(2024, 1, 1, 1, 60)",
         "DT(2024, 1, 1, 1, 1, 60)", "DT(2024, 1, 1, 1, 1, 1, 1000000)", "time(25)",
         "timedelta(days=1000000000)", "timedelta(1e9)", "date.fromisoformat('2024-1-1')",
         "date.fromisoformat('not a date')", "DT.fromisoformat('2024-01-01T25:00')", "date.fromisoformat(20240101)",
         "date(2024, 1, 1) < DT(2024, 1, 1)", "DT(2024, 1, 1) > date(2024, 1, 1)", "date(2024, 1, 1) + 1",
         "date(2024, 1, 1) - DT(2024, 1, 1)", "DT(2024, 1, 1) - date(2024, 1, 1)", "timedelta(1) + 1",
         "timedelta(1) < 1", "date(2024, 1, 1) < 5", "date.max + timedelta(1)", "date.min - timedelta(1)",
         "DT.max + timedelta(microseconds=1)", "date.fromordinal(0)", "timedelta(1) / 0", "timedelta(1) // 0",
         "timedelta(1) / timedelta(0)", "d.replace(day=30)", "dt.isoformat(timespec='bad')",
         "DT(2024, 1, 1, tzinfo=utc) - DT(2024, 1, 1)", "DT(2024, 1, 1, tzinfo=utc) < DT(2024, 1, 1)",
         "timezone(timedelta(hours=24))", "DT(2024, 1, 1, tzinfo=5)"]
for expr in tests:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
# expect: 1 9999 1
# expect: datetime.timedelta(days=1, seconds=3600) 1 day, 1:00:00 1 3600 0 90000.0
# expect: datetime.timedelta(0) 0:00:00 datetime.timedelta(days=-1, seconds=86399, microseconds=999999) -1 day, 23:59:59.999999
# expect: 12 days, 22:30:31.500007
# expect: datetime.timedelta(days=1, seconds=43200) datetime.timedelta(seconds=360) datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=2)
# expect: datetime.timedelta(seconds=10515, microseconds=1000)
# expect: -2 days, 3:00:00 5 days, 0:00:00.000250 -1 day, 23:59:59
# expect: 1:07:00 0:53:00 -1 day, 23:07:00 -1 day, 23:00:00 1:00:00 1:00:00 3:00:00 0:14:00 0:18:00 0:10:30
# expect: 8.571428571428571 8 0:04:00 (8, datetime.timedelta(seconds=240)) 0:08:34.285714 0:08:34.285714 0:24:00
# expect: True True False True True True False
# expect: False True True
# expect: [datetime.timedelta(days=-1), datetime.timedelta(seconds=18000), datetime.timedelta(days=3)]
# expect: 1:20:00
# expect: datetime.timedelta(days=999999999, seconds=86399, microseconds=999999) datetime.timedelta(days=-999999999) datetime.timedelta(microseconds=1)
# expect: day
# expect: datetime.date(2024, 2, 28) 2024-02-28 2024 2 28 2 3 738944
# expect: 2024-02-29 2024-03-01 2023-12-31 2025-02-28
# expect: datetime.timedelta(days=301) -366 days, 0:00:00
# expect: 0001-01-01 2024-03-01 2023-07-09 2023-07-09
# expect: 2024-02-01 2023-03-28 2024-02-28 datetime.IsoCalendarDate(year=2024, week=9, weekday=3) 9
# expect: 2024/02/28 Wed Wednesday Feb February 059 24 08 09 3 % 28.02.2024 2024-02-28 Wed Feb 28 00:00:00 2024
# expect: True True True False
# expect: [datetime.date(2023, 1, 1), datetime.date(2024, 1, 31), datetime.date(2024, 5, 1)]
# expect: 2
# expect: 0001-01-01 9999-12-31 datetime.timedelta(days=1) date
# expect: 1971-01-01 datetime.IsoCalendarDate(year=2000, week=9, weekday=2) datetime.IsoCalendarDate(year=2020, week=53, weekday=7)
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5) 2024-01-02 03:04:05 3 4 5 0 None
# expect: datetime.datetime(2024, 1, 2, 0, 0) datetime.datetime(2024, 1, 2, 3, 4, 5, 6) 2024-01-02 03:04:05.000006
# expect: True True datetime.date(2024, 1, 2) datetime.time(3, 4, 5)
# expect: 2024-01-02T03:04:05 2024-01-02 03:04:05 2024-01-02T03:04 2024-01-02T03:04:05.000000
# expect: 2024-01-01T01:02:03.004 2024-01-01T12
# expect: 2024-01-02 03:04:05.000000 24 Jan January Tue Tuesday 002 AM 03 %
# expect: 12:30 AM 12:05 PM 11 PM Thu Jul  4 23:00:00 2024
# expect: 2024-01-03 01:04:05 2023-12-31 03:04:00 datetime.timedelta(days=2, seconds=11045) -2 days, 20:55:55
# expect: 17:30:00 365
# expect: 2024-01-02 23:04:00 1 738887 datetime.IsoCalendarDate(year=2024, week=1, weekday=2)
# expect: 2024-05-06 07:08:09 2024-02-28 00:00:00
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5) datetime.datetime(2024, 1, 2, 3, 4)
# expect: datetime.datetime(2024, 1, 2, 0, 0) datetime.datetime(2024, 1, 2, 3, 4, 5, 123456)
# expect: True True True False
# expect: datetime.datetime(2001, 9, 9, 1, 46, 40) 1970-01-02 00:00:00.250000 1000000000.0
# expect: 86400.0 2024-06-01 08:30:00
# expect: 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 [datetime.datetime(2023, 6, 1, 0, 0), datetime.datetime(2024, 1, 1, 4, 59), datetime.datetime(2024, 1, 1, 5, 0)]
# expect: datetime datetime datetime
# expect: True True
# expect: True True
# expect: 01 Jan 2024, 00:00 - new year
# expect: 25 Dec 2024, 18:00 - dinner
# expect: datetime.time(13, 5, 9, 42) 13:05:09.000042 datetime.time(0, 0) datetime.time(1, 2, 3) 09:30:00 13:05 13 5 9 42
# expect: True True 01:05:09.000042 13:05:09 PM datetime.time(10, 11, 12)
# expect: datetime.time(0, 0) datetime.time(23, 59, 59, 999999) 07.05
# expect: datetime.timezone.utc UTC UTC+05:30 datetime.timezone(datetime.timedelta(days=-1, seconds=68400)) datetime.timezone.utc
# expect: datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc) 2024-01-02 03:04:05+00:00 2024-01-02T03:04:05+00:00 0:00:00 UTC 1704164645.0
# expect: datetime.datetime(2024, 1, 2, 8, 34, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800), 'IST')) 2024-01-02 08:34:05+05:30 True
# expect: 1970-01-01 00:00:00+00:00 datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) 2024-01-02 03:04:05+00:00
# expect: -1 day, 18:30:00 True 03:04 +0000 UTC
# expect: date(2024, 13, 1) -> ValueError: month must be in 1..12
# expect: date(2024, 0, 1) -> ValueError: month must be in 1..12
# expect: date(0, 1, 1) -> ValueError: year 0 is out of range
# expect: date(10000, 1, 1) -> ValueError: year 10000 is out of range
# expect: date(2023, 2, 29) -> ValueError: day is out of range for month
# expect: date('2024', 1, 1) -> TypeError: 'str' object cannot be interpreted as an integer
# expect: date(2024.0, 1, 1) -> TypeError: 'float' object cannot be interpreted as an integer
# expect: DT(2024, 1, 1, 24) -> ValueError: hour must be in 0..23
# expect: DT(2024, 1, 1, 1, 60) -> ValueError: minute must be in 0..59
# expect: DT(2024, 1, 1, 1, 1, 60) -> ValueError: second must be in 0..59
# expect: DT(2024, 1, 1, 1, 1, 1, 1000000) -> ValueError: microsecond must be in 0..999999
# expect: time(25) -> ValueError: hour must be in 0..23
# expect: timedelta(days=1000000000) -> OverflowError: days=1000000000; must have magnitude <= 999999999
# expect: timedelta(1e9) -> OverflowError: days=1000000000; must have magnitude <= 999999999
# expect: date.fromisoformat('2024-1-1') -> ValueError: Invalid isoformat string: '2024-1-1'
# expect: date.fromisoformat('not a date') -> ValueError: Invalid isoformat string: 'not a date'
# expect: DT.fromisoformat('2024-01-01T25:00') -> ValueError: hour must be in 0..23
# expect: date.fromisoformat(20240101) -> TypeError: fromisoformat: argument must be str
# expect: date(2024, 1, 1) < DT(2024, 1, 1) -> TypeError: can't compare datetime.datetime to datetime.date
# expect: DT(2024, 1, 1) > date(2024, 1, 1) -> TypeError: can't compare datetime.datetime to datetime.date
# expect: date(2024, 1, 1) + 1 -> TypeError: unsupported operand type(s) for +: 'datetime.date' and 'int'
# expect: date(2024, 1, 1) - DT(2024, 1, 1) -> TypeError: unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'
# expect: DT(2024, 1, 1) - date(2024, 1, 1) -> TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'
# expect: timedelta(1) + 1 -> TypeError: unsupported operand type(s) for +: 'datetime.timedelta' and 'int'
# expect: timedelta(1) < 1 -> TypeError: '<' not supported between instances of 'datetime.timedelta' and 'int'
# expect: date(2024, 1, 1) < 5 -> TypeError: '<' not supported between instances of 'datetime.date' and 'int'
# expect: date.max + timedelta(1) -> OverflowError: date value out of range
# expect: date.min - timedelta(1) -> OverflowError: date value out of range
# expect: DT.max + timedelta(microseconds=1) -> OverflowError: date value out of range
# expect: date.fromordinal(0) -> ValueError: ordinal must be >= 1
# expect: timedelta(1) / 0 -> ZeroDivisionError: integer division or modulo by zero
# expect: timedelta(1) // 0 -> ZeroDivisionError: integer division or modulo by zero
# expect: timedelta(1) / timedelta(0) -> ZeroDivisionError: division by zero
# expect: d.replace(day=30) -> ValueError: day is out of range for month
# expect: dt.isoformat(timespec='bad') -> ValueError: Unknown timespec value
# expect: DT(2024, 1, 1, tzinfo=utc) - DT(2024, 1, 1) -> TypeError: can't subtract offset-naive and offset-aware datetimes
# expect: DT(2024, 1, 1, tzinfo=utc) < DT(2024, 1, 1) -> TypeError: can't compare offset-naive and offset-aware datetimes
# expect: timezone(timedelta(hours=24)) -> ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect: DT(2024, 1, 1, tzinfo=5) -> TypeError: tzinfo argument must be None or of a tzinfo subclass, not type 'int'
