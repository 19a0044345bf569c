# datetime.strptime: numeric/name/week/ISO/%c%x%X directives, case-insensitive names, %f, two-digit years, whitespace matching, %z/%Z (aware results), defaults and leap days, CPython's error messages, subclasses.
from datetime import datetime, timedelta, timezone


def p(s, fmt):
    try:
        d = datetime.strptime(s, fmt)
        print(repr(d), d.tzname() if d.tzinfo else '')
    except Exception as e:
        print(type(e).__name__ + ':', e)


# --- numeric directives
p('2021-03-04', '%Y-%m-%d')
p('2021-3-4 5:6:7', '%Y-%m-%d %H:%M:%S')
p('20210304T050607', '%Y%m%dT%H%M%S')
p('1231', '%m%d')
p('2021-03-04 05:06:07.5', '%Y-%m-%d %H:%M:%S.%f')
p('2021-03-04 05:06:07.000123', '%Y-%m-%d %H:%M:%S.%f')
p('07.1234567', '%S.%f')
p('69 68 00 99', '%y %y %y %y')
p('69', '%y')
p('68', '%y')
p('99-12-31', '%y-%m-%d')
p('2021 100', '%Y %j')
p('2020 366', '%Y %j')
p('12:30 AM', '%I:%M %p')
p('12:30 pm', '%I:%M %p')
p('01:05 PM', '%I:%M %p')
p('11', '%I')
p('100%', '%H%%')

# --- names (case-insensitive)
p('Thursday, 4 March 2021', '%A, %d %B %Y')
p('thu 4 mar 2021', '%a %d %b %Y')
p('FRIDAY SEPTEMBER 03 2021', '%A %B %d %Y')
p('Sept 3 2021', '%b %d %Y')
p('Mon Jan  4 10:00:00 2021', '%c')
p('Tue Mar 17 22:44:55 1999', '%c')
p('03/04/21', '%x')
p('23:59:60', '%X')
p('12/31/99 23:59:59', '%x %X')

# --- whitespace in the format matches any run of whitespace
p('2021   03\t\n04', '%Y %m %d')
p('2021-03-04', '%Y -%m-%d')
p(' 2021', ' %Y')

# --- weeks and weekdays
p('2021 10 1', '%Y %U %w')
p('2021 10 0', '%Y %W %w')
p('2021 0 3', '%Y %U %w')
p('2021 53 6', '%Y %W %w')
p('2020-W53-5', '%G-W%V-%u')
p('2021-W01-1', '%G-W%V-%u')
p('2019 01 Monday', '%G %V %A')
p('2021 1 7', '%Y %W %u')

# --- time zones
p('2021-03-04 05:06 +0530', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 -07:00', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 +01:02:03', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 -010203.5', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 Z', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 z', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 +00:00', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 +01:0203', '%Y-%m-%d %H:%M %z')
p('2021-03-04 05:06 UTC', '%Y-%m-%d %H:%M %Z')
p('2021-03-04 05:06 gmt', '%Y-%m-%d %H:%M %Z')
p('2021-03-04 05:06 +0000 UTC', '%Y-%m-%d %H:%M %z %Z')
p('2021-03-04 05:06 EST', '%Y-%m-%d %H:%M %Z')
d = datetime.strptime('2021-03-04T05:06:07+0200', '%Y-%m-%dT%H:%M:%S%z')
print(d.utcoffset(), d.tzinfo == timezone(timedelta(hours=2)), d.astimezone(timezone.utc))
print(d.isoformat(), d.strftime('%Y-%m-%d %H:%M:%S %z'))

# --- defaults and leap days
p('', '')
p('10:20', '%H:%M')
p('Feb 29', '%b %d')
p('2020-02-29', '%Y-%m-%d')
p('2021-02-29', '%Y-%m-%d')
p('2021-04-31', '%Y-%m-%d')
p('2021 367', '%Y %j')
p('2021 366', '%Y %j')
p('0000-01-01', '%Y-%m-%d')

# --- errors
p('2021-13-01', '%Y-%m-%d')
p('2021-03-04 extra', '%Y-%m-%d')
p('2021-03-04  extra', '%Y-%m-%d')
p('2021-03-04', '%Y-%m-%d %H')
p('21-03-04', '%Y-%m-%d')
p('2021-03-04', '%Y-%m-%d %Q')
p('2021', '%Y %')
p('2021-03', '%Y-%')
p('2021 x', '%Y %.')
p('24:00', '%H:%M')
p('10:61', '%H:%M')
p('2021 W10', '%Y W%V')
p('2021 10 1', '%G %V')
p('2021 10 1 5', '%G %V %u %j')
p('10 1', '%V %u')
p('1234567', '%f')
p('Thu Mar 4', '%A %b %d')
p('5 abc', '%H abc')
p('5 ABC', '%H abc')
p('a.b*c', 'a.b*c')
p('(2021)', '(%Y)')
p('[x]{2}', '[x]{2}')
for bad in [(2021, '%Y'), ('2021', None)]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print('TypeError:', e)


# --- subclasses get their own type back
class MyDT(datetime):
    pass


m = MyDT.strptime('2021-03-04', '%Y-%m-%d')
print(type(m).__name__, m)
print(datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S') == datetime(2021, 3, 4, 5, 6, 7))
print(datetime.strptime(datetime(2024, 2, 29, 23, 59, 1, 250).strftime('%Y-%m-%d %H:%M:%S.%f'), '%Y-%m-%d %H:%M:%S.%f'))
# expect: datetime.datetime(2021, 3, 4, 0, 0) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, 7) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, 7) 
# expect: datetime.datetime(1900, 12, 31, 0, 0) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, 7, 500000) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, 7, 123) 
# expect: ValueError: unconverted data remains: 7
# expect: error: redefinition of group name 'y' as group 2; was group 1 at position 18
# expect: datetime.datetime(1969, 1, 1, 0, 0) 
# expect: datetime.datetime(2068, 1, 1, 0, 0) 
# expect: datetime.datetime(1999, 12, 31, 0, 0) 
# expect: datetime.datetime(2021, 4, 10, 0, 0) 
# expect: datetime.datetime(2020, 12, 31, 0, 0) 
# expect: datetime.datetime(1900, 1, 1, 0, 30) 
# expect: datetime.datetime(1900, 1, 1, 12, 30) 
# expect: datetime.datetime(1900, 1, 1, 13, 5) 
# expect: datetime.datetime(1900, 1, 1, 11, 0) 
# expect: ValueError: time data '100%' does not match format '%H%%'
# expect: datetime.datetime(2021, 3, 4, 0, 0) 
# expect: datetime.datetime(2021, 3, 4, 0, 0) 
# expect: datetime.datetime(2021, 9, 3, 0, 0) 
# expect: ValueError: time data 'Sept 3 2021' does not match format '%b %d %Y'
# expect: datetime.datetime(2021, 1, 4, 10, 0) 
# expect: datetime.datetime(1999, 3, 17, 22, 44, 55) 
# expect: datetime.datetime(2021, 3, 4, 0, 0) 
# expect: ValueError: second must be in 0..59
# expect: datetime.datetime(1999, 12, 31, 23, 59, 59) 
# expect: datetime.datetime(2021, 3, 4, 0, 0) 
# expect: ValueError: time data '2021-03-04' does not match format '%Y -%m-%d'
# expect: datetime.datetime(2021, 1, 1, 0, 0) 
# expect: datetime.datetime(2021, 3, 8, 0, 0) 
# expect: datetime.datetime(2021, 3, 14, 0, 0) 
# expect: datetime.datetime(2020, 12, 30, 0, 0) 
# expect: datetime.datetime(2022, 1, 8, 0, 0) 
# expect: datetime.datetime(2021, 1, 1, 0, 0) 
# expect: datetime.datetime(2021, 1, 4, 0, 0) 
# expect: datetime.datetime(2018, 12, 31, 0, 0) 
# expect: datetime.datetime(2021, 1, 10, 0, 0) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) UTC+05:30
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=61200))) UTC-07:00
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(seconds=3723))) UTC+01:02:03
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=82676, microseconds=500000))) UTC-01:02:03.500000
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone.utc) UTC
# expect: ValueError: time data '2021-03-04 05:06 z' does not match format '%Y-%m-%d %H:%M %z'
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone.utc) UTC
# expect: ValueError: Inconsistent use of : in +01:0203
# expect: datetime.datetime(2021, 3, 4, 5, 6) 
# expect: datetime.datetime(2021, 3, 4, 5, 6) 
# expect: datetime.datetime(2021, 3, 4, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(0), 'UTC')) UTC
# expect: ValueError: time data '2021-03-04 05:06 EST' does not match format '%Y-%m-%d %H:%M %Z'
# expect: 2:00:00 True 2021-03-04 03:06:07+00:00
# expect: 2021-03-04T05:06:07+02:00 2021-03-04 05:06:07 +0200
# expect: datetime.datetime(1900, 1, 1, 0, 0) 
# expect: datetime.datetime(1900, 1, 1, 10, 20) 
# expect: ValueError: day is out of range for month
# expect: datetime.datetime(2020, 2, 29, 0, 0) 
# expect: ValueError: day is out of range for month
# expect: ValueError: day is out of range for month
# expect: ValueError: unconverted data remains: 7
# expect: datetime.datetime(2022, 1, 1, 0, 0) 
# expect: ValueError: year 0 is out of range
# expect: ValueError: time data '2021-13-01' does not match format '%Y-%m-%d'
# expect: ValueError: unconverted data remains:  extra
# expect: ValueError: unconverted data remains:   extra
# expect: ValueError: time data '2021-03-04' does not match format '%Y-%m-%d %H'
# expect: ValueError: time data '21-03-04' does not match format '%Y-%m-%d'
# expect: ValueError: 'Q' is a bad directive in format '%Y-%m-%d %Q'
# expect: ValueError: stray % in format '%Y %'
# expect: ValueError: stray % in format '%Y-%'
# expect: ValueError: '%' is a bad directive in format '%Y %.'
# expect: ValueError: time data '24:00' does not match format '%H:%M'
# expect: ValueError: unconverted data remains: 1
# expect: ValueError: ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').
# expect: ValueError: unconverted data remains:  1
# expect: ValueError: Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.
# expect: ValueError: ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.
# expect: ValueError: unconverted data remains: 7
# expect: ValueError: time data 'Thu Mar 4' does not match format '%A %b %d'
# expect: datetime.datetime(1900, 1, 1, 5, 0) 
# expect: datetime.datetime(1900, 1, 1, 5, 0) 
# expect: datetime.datetime(1900, 1, 1, 0, 0) 
# expect: datetime.datetime(2021, 1, 1, 0, 0) 
# expect: datetime.datetime(1900, 1, 1, 0, 0) 
# expect: TypeError: strptime() argument 1 must be str, not int
# expect: TypeError: strptime() argument 2 must be str, not None
# expect: MyDT 2021-03-04 00:00:00
# expect: True
# expect: 2024-02-29 23:59:01.000250
