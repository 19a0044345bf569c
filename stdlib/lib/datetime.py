"""Basic date and time types (a compact implementation for gilpy).

Provides timedelta, date, datetime, time, tzinfo and timezone (fixed offsets
only), mirroring the behaviour and messages of CPython's datetime module.
"""

import math as _math
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999

_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")


# ---------------------------------------------------------------------------
# Calendar helpers (proleptic Gregorian; ordinal 1 == 0001-01-01, a Monday)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    total = 0
    for m in range(1, month):
        total += _days_in_month(year, m)
    return total


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        # the last day of a leap cycle
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


_MAX_ORDINAL = _ymd_to_ordinal(MAXYEAR, 12, 31)
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _type_name(obj):
    # Like CPython's C types: "datetime.date" for this module's own classes,
    # the bare class name for builtins and user subclasses.
    cls = type(obj)
    if getattr(cls, "__module__", None) == __name__:
        return "%s.%s" % (__name__, cls.__qualname__)
    return cls.__name__


def _unsupported(op, left, right):
    """Return NotImplemented, or raise CPython's message when the other
    operand is a builtin (whose reflected method cannot help)."""
    other = right if isinstance(left, (timedelta, date, time, tzinfo)) else left
    if (getattr(type(other), "__module__", None) == "builtins"
            or isinstance(other, (timedelta, date, time, tzinfo))):
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (op, _type_name(left), _type_name(right)))
    return NotImplemented


def _cannot_order(op, left, right):
    """NotImplemented, or CPython's message when right is a builtin value."""
    if getattr(type(right), "__module__", None) == "builtins":
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (op, _type_name(left), _type_name(right)))
    return NotImplemented


class _Ordered:
    """<, <=, > and >= from `self._order(other)`: a negative, zero or positive number,
    or None when `other` is not comparable (then NotImplemented, or CPython's
    TypeError when `other` is a builtin value)."""

    def __lt__(self, other):
        c = self._order(other)
        return _cannot_order("<", self, other) if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return _cannot_order("<=", self, other) if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return _cannot_order(">", self, other) if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return _cannot_order(">=", self, other) if c is None else c >= 0


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value.__index__()


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass,"
                        " not type '%s'" % type(tz).__name__)


def _round_half_even_div(a, b):
    """a / b for integers, rounded half to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        above = r2 > b
    else:
        above = r2 < b
    if above or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _float_ratio(x):
    """Exact (numerator, denominator) of a finite float."""
    if not _math.isfinite(x):
        raise ValueError("cannot convert %r to an integer ratio" % x)
    mantissa, exponent = _math.frexp(x)
    numerator = int(mantissa * (1 << 53))
    exponent -= 53
    if exponent >= 0:
        return numerator << exponent, 1
    denominator = 1 << -exponent
    while numerator % 2 == 0 and denominator > 1:
        numerator //= 2
        denominator //= 2
    return numerator, denominator


# ---------------------------------------------------------------------------
# Local time helpers

def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    year, month, day = _ordinal_to_ymd(days + _EPOCH_ORDINAL)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def _local_fields(secs):
    """(year, month, day, hour, minute, second) of local time at secs."""
    localtime = getattr(_time, "localtime", None)
    if localtime is None:
        # no time.localtime yet: treat local time as UTC
        return _utc_fields(secs)
    tm = localtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
            min(tm.tm_sec, 59))


def _local_zone_name(secs):
    localtime = getattr(_time, "localtime", None)
    if localtime is not None:
        name = getattr(localtime(secs), "tm_zone", None)
        if name:
            return name
    return "UTC"


def _fields_to_seconds(year, month, day, hour, minute, second):
    days = _ymd_to_ordinal(year, month, day) - _EPOCH_ORDINAL
    return days * 86400 + hour * 3600 + minute * 60 + second


def _local_offset(secs):
    return _fields_to_seconds(*_local_fields(secs)) - secs


def _local_to_timestamp(year, month, day, hour, minute, second):
    """Inverse of _local_fields (like C mktime) for whole seconds."""
    guess = _fields_to_seconds(year, month, day, hour, minute, second)
    first = guess - _local_offset(guess)
    second_offset = _local_offset(first)
    if guess - second_offset == first:
        return first
    return guess - second_offset


def _split_timestamp(t):
    """Split a timestamp into whole seconds and microseconds (half even)."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        t = float(t)
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    secs = int(whole)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    elif us < 0:
        secs -= 1
        us += 1000000
    return secs, us


# ---------------------------------------------------------------------------
# strftime

def _format_offset(offset, sep=":"):
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hours, rest = divmod(offset.days * 86400 + offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _strftime(fmt, year, month, day, hour, minute, second, microsecond,
              offset=None, zone=None, timestamp=None):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7             # Monday == 0
    yday = ordinal - _days_before_year(year)  # 1-based
    hour12 = hour % 12 or 12
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        code = fmt[i]
        i += 1
        if code == "Y":
            out.append(str(year))
        elif code == "m":
            out.append("%02d" % month)
        elif code == "d":
            out.append("%02d" % day)
        elif code == "e":
            out.append("%2d" % day)
        elif code == "H":
            out.append("%02d" % hour)
        elif code == "k":
            out.append("%2d" % hour)
        elif code == "I":
            out.append("%02d" % hour12)
        elif code == "l":
            out.append("%2d" % hour12)
        elif code == "M":
            out.append("%02d" % minute)
        elif code == "S":
            out.append("%02d" % second)
        elif code == "f":
            out.append("%06d" % microsecond)
        elif code == "y":
            out.append("%02d" % (year % 100))
        elif code == "C":
            out.append(str(year // 100))
        elif code == "b" or code == "h":
            out.append(_MONTH_ABBR[month - 1])
        elif code == "B":
            out.append(_MONTH_FULL[month - 1])
        elif code == "a":
            out.append(_DAY_ABBR[weekday])
        elif code == "A":
            out.append(_DAY_FULL[weekday])
        elif code == "w":
            out.append(str((weekday + 1) % 7))
        elif code == "u":
            out.append(str(weekday + 1))
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "U":
            out.append("%02d" % ((yday - 1 + 7 - (weekday + 1) % 7) // 7))
        elif code == "W":
            out.append("%02d" % ((yday - 1 + 7 - weekday) // 7))
        elif code == "G" or code == "V" or code == "g":
            iso_year, iso_week, _ = _iso_calendar(year, ordinal)
            if code == "G":
                out.append(str(iso_year))
            elif code == "g":
                out.append("%02d" % (iso_year % 100))
            else:
                out.append("%02d" % iso_week)
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_ABBR[weekday], _MONTH_ABBR[month - 1], day,
                hour, minute, second, year))
        elif code == "x" or code == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "X" or code == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif code == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif code == "z":
            out.append(_format_offset(offset, ""))
        elif code == "Z":
            out.append(zone or "")
        elif code == "s":
            if timestamp is None:
                timestamp = _local_to_timestamp(year, month, day,
                                                hour, minute, second)
            out.append(str(timestamp))
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


def _iso_calendar(year, ordinal):
    week1 = _iso_week1_monday(year)
    week, day = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


# ---------------------------------------------------------------------------
# ISO 8601 parsing

def _invalid_iso(text):
    return ValueError("Invalid isoformat string: %r" % (text,))


def _parse_digits(text, start, count, original):
    piece = text[start:start + count]
    if len(piece) != count or not (piece.isascii() and piece.isdigit()):
        raise _invalid_iso(original)
    return int(piece)


def _date_part_length(text):
    if len(text) < 7:
        return len(text)
    if text[4] == "-":
        if text[5] == "W":
            return 10 if len(text) >= 10 and text[8] == "-" else 8
        return 10
    if text[4] == "W":
        return 8 if len(text) >= 8 and text[7].isdigit() else 7
    return 8


def _parse_iso_date(text, original):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD or ISO week forms."""
    year = _parse_digits(text, 0, 4, original)
    rest = text[4:]
    extended = rest.startswith("-")
    if extended:
        rest = rest[1:]
    if rest.startswith("W"):
        week = _parse_digits(rest, 1, 2, original)
        rest = rest[3:]
        weekday = 1
        if rest:
            if extended:
                if not rest.startswith("-"):
                    raise _invalid_iso(original)
                rest = rest[1:]
            if len(rest) != 1:
                raise _invalid_iso(original)
            weekday = _parse_digits(rest, 0, 1, original)
        last_week = 52
        first_day = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        if first_day == 3 or (first_day == 2 and _is_leap(year)):
            last_week = 53
        if not 1 <= week <= last_week:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= weekday <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % weekday)
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + weekday - 1
        return _ordinal_to_ymd(ordinal)
    month = _parse_digits(rest, 0, 2, original)
    rest = rest[2:]
    if extended:
        if not rest.startswith("-"):
            raise _invalid_iso(original)
        rest = rest[1:]
    day = _parse_digits(rest, 0, 2, original)
    if len(rest) != 2:
        raise _invalid_iso(original)
    return year, month, day


def _parse_iso_time(text, original):
    """(hour, minute, second, microsecond, tzinfo) from an ISO time string."""
    tz = None
    for i, ch in enumerate(text):
        if ch in "+-Z":
            tz = _parse_iso_offset(text[i:], original)
            text = text[:i]
            break
    if not text:
        raise _invalid_iso(original)
    values = [0, 0, 0]
    pos = 0
    extended = len(text) > 2 and text[2] == ":"
    for index in range(3):
        values[index] = _parse_digits(text, pos, 2, original)
        pos += 2
        if pos >= len(text):
            break
        if text[pos] in ".,":
            break
        if extended:
            if text[pos] != ":" or index == 2:
                raise _invalid_iso(original)
            pos += 1
    microsecond = 0
    if pos < len(text):
        if text[pos] not in ".," or pos != (8 if extended else 6):
            raise _invalid_iso(original)
        digits = text[pos + 1:]
        if not digits or not (digits.isascii() and digits.isdigit()):
            raise _invalid_iso(original)
        microsecond = int((digits + "000000")[:6])
    return values[0], values[1], values[2], microsecond, tz


def _parse_iso_offset(text, original):
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    if text[0] not in "+-":
        raise _invalid_iso(original)
    hour, minute, second, microsecond, tz = _parse_iso_time(text[1:], original)
    if tz is not None:
        raise _invalid_iso(original)
    offset = timedelta(hours=hour, minutes=minute, seconds=second,
                       microseconds=microsecond)
    return timezone(sign * offset)


# ---------------------------------------------------------------------------
# timedelta

class timedelta(_Ordered):
    """Difference between two dates or datetimes (days, seconds, us)."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for value, factor in ((microseconds, 1), (milliseconds, 1000),
                              (seconds, _US_PER_SECOND),
                              (minutes, 60 * _US_PER_SECOND),
                              (hours, 3600 * _US_PER_SECOND),
                              (days, _US_PER_DAY),
                              (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                if not _math.isfinite(value):
                    raise ValueError("cannot convert float %s to integer"
                                     % value)
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s component:"
                                " %s" % (_TD_ARG_NAMES[factor],
                                         type(value).__name__))
        if leftover:
            rounded = round(leftover)
            if abs(rounded - leftover) == 0.5:
                rounded = _math.floor(leftover)
                if (total + rounded) % 2:
                    rounded += 1
            total += int(rounded)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > _MAX_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d"
                                % (days, _MAX_DAYS))
        seconds, micro = divmod(rest, _US_PER_SECOND)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, secs)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_us() + other._to_us())
        if isinstance(other, date):
            return NotImplemented  # date.__radd__ handles it
        return _unsupported("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_us() + other._to_us())
        return _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_us() - other._to_us())
        return _unsupported("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(other._to_us() - self._to_us())
        return _unsupported("-", other, self)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_us())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_us() * other)
        if isinstance(other, float):
            num, den = _float_ratio(other)
            return timedelta._from_microseconds(
                _round_half_even_div(self._to_us() * num, den))
        return _unsupported("*", self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self * other
        return _unsupported("*", other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(
                _round_half_even_div(self._to_us(), other))
        if isinstance(other, float):
            num, den = _float_ratio(other)
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(
                _round_half_even_div(self._to_us() * den, num))
        return _unsupported("/", self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_us() // other)
        return _unsupported("//", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_us() % other._to_us())
        return _unsupported("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_microseconds(r)
        return _unsupported("divmod()", self, other)

    def _compare(self, other):
        a = self._to_us()
        b = other._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) != 0
        return NotImplemented

    def _order(self, other):
        return self._compare(other) if isinstance(other, timedelta) else None

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_ARG_NAMES = {1: "microseconds", 1000: "milliseconds",
                 _US_PER_SECOND: "seconds", 60 * _US_PER_SECOND: "minutes",
                 3600 * _US_PER_SECOND: "hours", _US_PER_DAY: "days",
                 7 * _US_PER_DAY: "weeks"}

timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(days=_MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# tzinfo / timezone

class tzinfo:
    """Abstract base class for time zone information objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst() or timedelta(0)
        std = offset - dst
        dt += std
        dst = dt.dst()
        if dst is None:
            return dt
        return dt + dst


class timezone(tzinfo):
    """Fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta,"
                            " not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if name is None and not offset and _UTC is not None:
            return _UTC
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance"
                            " or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_ONE_DAY = timedelta(1)
_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---------------------------------------------------------------------------
# date

class IsoCalendarDate(tuple):
    """(year, week, weekday) named tuple returned by isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _type_name(self), self[0], self[1], self[2])


class date(_Ordered):
    """A calendar date (year, month, day)."""

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # -- alternative constructors
    @classmethod
    def fromtimestamp(cls, t):
        secs, _ = _split_timestamp(t)
        year, month, day = _local_fields(secs)[:3]
        return cls(year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % (MAXYEAR + 1))
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise _invalid_iso(date_string)
        return cls(*_parse_iso_date(date_string, date_string))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        text = "%04d-W%02d-%d" % (year, week, day)
        return cls(*_parse_iso_date(text, text))

    # -- fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- conversions
    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self.toordinal()))

    def timetuple(self):
        fields = (self._year, self._month, self._day, 0, 0, 0,
                  self.weekday(), self.toordinal()
                  - _days_before_year(self._year), -1)
        struct_time = getattr(_time, "struct_time", None)
        return struct_time(fields) if struct_time is not None else fields

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- formatting
    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(ordinal)
        return _unsupported("+", self, other)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _unsupported("-", self, other)

    # -- comparisons
    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        if isinstance(other, datetime):
            return False
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def _order(self, other):
        if self._comparable(other):
            a = self._key()
            b = other._key()
            return (a > b) - (a < b)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s"
                            % (_type_name(other), _type_name(self)))
        return None

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------------------
# time


def _compare_instants(x, y, a, b, equality, what):
    """-1, 0 or 1 comparing x and y, given as microseconds a and b; when their zones
    differ, both are first moved to UTC. Naive against aware: unequal for ==, else a
    TypeError naming `what`."""
    if x._tzinfo is not y._tzinfo:
        off_a = x.utcoffset()
        off_b = y.utcoffset()
        if (off_a is None) != (off_b is None):
            if equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware " + what)
        if off_a is not None:
            a -= off_a._to_us()
            b -= off_b._to_us()
    return (a > b) - (a < b)

class time(_Ordered):
    """A time of day, independent of any particular day."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string.startswith("T") else time_string
        return cls(*_parse_iso_time(text, time_string))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%s)" % (_type_name(self), _time_repr_args(self))

    def strftime(self, fmt):
        offset = self.utcoffset()
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, offset,
                         self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) \
            * _US_PER_SECOND + self._microsecond

    def _order(self, other, equality=False):
        if not isinstance(other, time):
            return None
        return _compare_instants(self, other, self._us_of_day(), other._us_of_day(),
                                 equality, "times")

    def __eq__(self, other):
        c = self._order(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._order(other, True)
        return NotImplemented if c is None else c != 0

    def __hash__(self):
        offset = self.utcoffset()
        us = self._us_of_day()
        if offset is not None:
            us -= offset._to_us()
        return hash(us)

    def __bool__(self):
        return True


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second,
                                        microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _time_repr_args(obj):
    text = "%d, %d" % (obj._hour, obj._minute)
    if obj._microsecond:
        text += ", %d, %d" % (obj._second, obj._microsecond)
    elif obj._second:
        text += ", %d" % obj._second
    if obj._tzinfo is not None:
        text += ", tzinfo=%r" % (obj._tzinfo,)
    if obj._fold:
        text += ", fold=1"
    return text


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# datetime

class datetime(date):
    """A date together with a time of day (and optional tzinfo)."""

    def __new__(cls, year, month, day, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- alternative constructors
    @classmethod
    def _from_fields_utc(cls, secs, us, tz):
        fields = _utc_fields(secs)
        return cls(*fields, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            return cls(*_local_fields(secs), us)
        return tz.fromutc(cls._from_fields_utc(secs, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return cls._from_fields_utc(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % type(date).__name__)
        if not isinstance(time, globals()["time"]):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise _invalid_iso(date_string)
        split = _date_part_length(date_string)
        year, month, day = _parse_iso_date(date_string[:split], date_string)
        rest = date_string[split + 1:]
        if len(date_string) > split:
            if not rest:
                raise _invalid_iso(date_string)
            hour, minute, second, us, tz = _parse_iso_time(rest, date_string)
        else:
            hour = minute = second = us = 0
            tz = None
        return cls(year, month, day, hour, minute, second, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        for index, arg in ((1, date_string), (2, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (index, "None" if arg is None else type(arg).__name__))
        return _strptime_datetime(cls, date_string, format)

    # -- parts
    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        fields = (self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self.weekday(),
                  self.toordinal() - _days_before_year(self._year), isdst)
        struct_time = getattr(_time, "struct_time", None)
        return struct_time(fields) if struct_time is not None else fields

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            secs = _local_to_timestamp(self._year, self._month, self._day,
                                       self._hour, self._minute, self._second)
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            secs = int(_math.floor(self.timestamp()))
            tz = timezone(timedelta(seconds=_local_offset(secs)),
                          _local_zone_name(secs))
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        offset = self.utcoffset()
        if offset is None:
            secs = int(_math.floor(self.timestamp()))
            offset = timedelta(seconds=_local_offset(secs))
        if self._tzinfo is tz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- formatting
    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        return "%s(%d, %d, %d, %s)" % (_type_name(self), self._year,
                                       self._month, self._day,
                                       _time_repr_args(self))

    def strftime(self, fmt):
        timestamp = None
        if "%s" in fmt:
            timestamp = int(_math.floor(self.timestamp()))
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond,
                         self.utcoffset(), self.tzname(), timestamp)

    # -- arithmetic
    def _to_us(self):
        secs = (self.toordinal() * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)
        return secs * _US_PER_SECOND + self._microsecond

    @classmethod
    def _from_us(cls, total, tz):
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, _US_PER_SECOND)
        hour, secs = divmod(secs, 3600)
        minute, second = divmod(secs, 60)
        year, month, day = _ordinal_to_ymd(days)
        return cls(year, month, day, hour, minute, second, us, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() + other._to_us(),
                                       self._tzinfo)
        return _unsupported("+", self, other)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() - other._to_us(),
                                       self._tzinfo)
        if isinstance(other, datetime):
            a = self._to_us()
            b = other._to_us()
            if self._tzinfo is not other._tzinfo:
                off_a = self.utcoffset()
                off_b = other.utcoffset()
                if (off_a is None) != (off_b is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if off_a is not None:
                    a -= off_a._to_us()
                    b -= off_b._to_us()
            return timedelta._from_microseconds(a - b)
        return _unsupported("-", self, other)

    # -- comparisons
    def _order(self, other, equality=False):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError("can't compare %s to %s"
                                % (_type_name(self), _type_name(other)))
            return None
        return _compare_instants(self, other, self._to_us(), other._to_us(),
                                 equality, "datetimes")

    def __eq__(self, other):
        c = self._order(other, True)
        if c is None:
            return False if isinstance(other, date) else NotImplemented
        return c == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        us = self._to_us()
        offset = self.utcoffset()
        if offset is not None:
            us -= offset._to_us()
        return hash(us)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

UTC = timezone.utc


# ---------------------------------------------------------------------------
# strptime (C locale): the format is turned into a regular expression with one
# named group per directive; the matched pieces are then combined into a date.

import re as _re

_PARSE_DEFAULT_FORMAT = '%a %b %d %H:%M:%S %Y'

# C-locale composite directives.
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# Numeric fields.  Alternatives are ordered so that two-digit readings are
# tried before one-digit ones.
_NUMERIC_RE = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'\d{1,6}',
    'H': r'2[0-3]|[01]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'G': r'\d\d\d\d',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[01]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)',
}

# Characters of the format that are regex syntax and must be matched literally.
_REGEX_SPECIAL = set('\\.^$*+?(){}[]|')


def _names_alternation(names):
    # Longest first, so that e.g. "june" is not cut short by "jun".
    ordered = sorted(set(names), key=len, reverse=True)
    return '|'.join(_re.escape(n) for n in ordered if n)


def _named_group_re(letter):
    """Regex body for one directive letter, or None if it is unknown."""
    if letter in _NUMERIC_RE:
        return _NUMERIC_RE[letter]
    if letter == 'a':
        return _names_alternation(d.lower() for d in _DAY_ABBR)
    if letter == 'A':
        return _names_alternation(d.lower() for d in _DAY_FULL)
    if letter == 'b':
        return _names_alternation(m.lower() for m in _MONTH_ABBR)
    if letter == 'B':
        return _names_alternation(m.lower() for m in _MONTH_FULL)
    if letter == 'p':
        return 'am|pm'
    if letter == 'Z':
        return _names_alternation(['utc', 'gmt'] + [n.lower() for n in _time.tzname])
    return None


def _format_to_regex(fmt):
    """Translate a strptime format into regex source text."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            letter = fmt[i + 1]
            i += 2
            if letter == '%':
                out.append('%')
                continue
            if letter in _COMPOSITE:
                out.append(_format_to_regex(_COMPOSITE[letter]))
                continue
            body = _named_group_re(letter)
            if body is None:
                shown = letter
                if letter in _REGEX_SPECIAL or letter.isspace():
                    shown = '%'
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (shown, fmt))
            out.append('(?P<%s>%s)' % (letter, body))
        elif ch.isspace():
            # Any run of whitespace in the format matches one or more
            # whitespace characters of the input.
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append('\\' + ch if ch in _REGEX_SPECIAL else ch)
            i += 1
    return ''.join(out)


_compiled_formats = {}


def _compiled(fmt):
    key = (fmt, tuple(_time.tzname))
    rx = _compiled_formats.get(key)
    if rx is None:
        src = _format_to_regex(fmt)
        rx = _re.compile(src, _re.IGNORECASE)
        if len(_compiled_formats) > 20:
            _compiled_formats.clear()
        _compiled_formats[key] = rx
    return rx


def _week_day_of_year(year, number, monday_first, weekday):
    """Day of the year (1-based; may fall outside the year) for week `number`
    of %U (weeks start on Sunday) or %W (weeks start on Monday), `weekday`
    being Monday == 0."""
    lag = 0 if monday_first else 1
    jan1 = (date(year, 1, 1).weekday() + lag) % 7   # Jan 1's place in its week
    pos = (weekday + lag) % 7                       # the wanted day's place
    if number == 0:
        # Week 0 is the (possibly partial) week holding Jan 1.
        return 1 - jan1 + pos
    first_full = 1 + (7 - jan1) % 7
    return first_full + 7 * (number - 1) + pos


def _parse_offset(text):
    """Seconds and microseconds east of UTC for a %z match."""
    if text in ('Z', 'z'):
        return 0, 0
    sign = -1 if text[0] == '-' else 1
    rest = text[1:]
    if len(rest) > 2 and rest[2] == ':':
        rest = rest[:2] + rest[3:]
        if len(rest) > 4:
            if rest[4] != ':':
                raise ValueError("Inconsistent use of : in %s" % text)
            rest = rest[:4] + rest[5:]
    hours = int(rest[0:2])
    minutes = int(rest[2:4])
    seconds = int(rest[4:6]) if len(rest) >= 6 else 0
    micro = 0
    if len(rest) > 6 and rest[6] == '.':
        micro = int(rest[7:].ljust(6, '0'))
    total = hours * 3600 + minutes * 60 + seconds
    return sign * total, sign * micro


def _parse_fields(string, fmt):
    """Match `string` against `fmt`; return a dict describing the result:
    year..microsecond, weekday, yday, isdst, zone name and utc offset."""
    for idx, arg in ((0, string), (1, fmt)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (idx, type(arg)))
    m = _compiled(fmt).match(string)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (string, fmt))
    if m.end() != len(string):
        raise ValueError("unconverted data remains: %s" % string[m.end():])

    year = iso_year = None
    month = day = 1
    hour = minute = second = micro = 0
    weekday = yday = None
    week = None               # (number, monday_first) from %U / %W
    iso_week = None
    offset = offset_us = None
    zone = None
    isdst = -1
    twelve_hour = None
    meridian = None

    # Walk the groups in the order they appear in the format, so that a later
    # %U/%W wins over an earlier one.
    for name in sorted(m.groupdict(), key=lambda g: m.start(g)):
        text = m.group(name)
        if text is None:
            continue
        low = text.lower()
        if name == 'Y':
            year = int(text)
        elif name == 'y':
            yy = int(text)
            year = yy + (2000 if yy < 69 else 1900)
        elif name == 'G':
            iso_year = int(text)
        elif name == 'm':
            month = int(text)
        elif name == 'b':
            month = [x.lower() for x in _MONTH_ABBR].index(low) + 1
        elif name == 'B':
            month = [x.lower() for x in _MONTH_FULL].index(low) + 1
        elif name == 'd':
            day = int(text)
        elif name == 'H':
            hour = int(text)
            twelve_hour = None
        elif name == 'I':
            twelve_hour = int(text)
        elif name == 'p':
            meridian = low
        elif name == 'M':
            minute = int(text)
        elif name == 'S':
            second = int(text)
        elif name == 'f':
            micro = int(text.ljust(6, '0'))
        elif name == 'a':
            weekday = [x.lower() for x in _DAY_ABBR].index(low)
        elif name == 'A':
            weekday = [x.lower() for x in _DAY_FULL].index(low)
        elif name == 'w':
            weekday = (int(text) + 6) % 7
        elif name == 'u':
            weekday = int(text) - 1
        elif name == 'j':
            yday = int(text)
        elif name == 'U':
            week = (int(text), False)
        elif name == 'W':
            week = (int(text), True)
        elif name == 'V':
            iso_week = int(text)
        elif name == 'z':
            offset, offset_us = _parse_offset(text)
        elif name == 'Z':
            zone = text
            if low in ('utc', 'gmt'):
                isdst = 0
            else:
                names = [n.lower() for n in _time.tzname]
                if names[0] == names[1] and _time.daylight:
                    isdst = -1
                elif low in names:
                    isdst = names.index(low)

    if twelve_hour is not None:
        if meridian == 'pm':
            hour = twelve_hour if twelve_hour == 12 else twelve_hour + 12
        else:
            hour = 0 if twelve_hour == 12 else twelve_hour

    # ISO week-date consistency.
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' instead.")

    # Without a year, Feb 29 is accepted by doing the arithmetic in a leap
    # year and reporting 1900 afterwards.
    fake_leap = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            fake_leap = True
        else:
            year = 1900

    if yday is None and weekday is not None:
        if week is not None:
            yday = _week_day_of_year(year, week[0], week[1], weekday)
        elif iso_year is not None and iso_week is not None:
            monday = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            yday = monday - _ymd_to_ordinal(year, 1, 1) + 1
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _is_leap(year) else 365

    if yday is None:
        yday = (date(year, month, day).toordinal()
                - date(year, 1, 1).toordinal() + 1)
    else:
        actual = date.fromordinal(date(year, 1, 1).toordinal() + yday - 1)
        year, month, day = actual.year, actual.month, actual.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    if fake_leap:
        year = 1900

    return {'year': year, 'month': month, 'day': day, 'hour': hour,
            'minute': minute, 'second': second, 'microsecond': micro,
            'weekday': weekday, 'yday': yday, 'isdst': isdst,
            'zone': zone, 'offset': offset, 'offset_us': offset_us}


def _strptime_time(string, format=_PARSE_DEFAULT_FORMAT):
    """time.strptime: parse into a time.struct_time."""
    r = _parse_fields(string, format)
    return _time.struct_time((r['year'], r['month'], r['day'], r['hour'],
                              r['minute'], r['second'], r['weekday'],
                              r['yday'], r['isdst'], r['zone'], r['offset']))


def _strptime_datetime(cls, string, format=_PARSE_DEFAULT_FORMAT):
    """datetime.strptime: build an instance of `cls` (aware if %z was used)."""
    r = _parse_fields(string, format)
    tz = None
    if r['offset'] is not None:
        delta = timedelta(seconds=r['offset'], microseconds=r['offset_us'])
        tz = timezone(delta, r['zone']) if r['zone'] else timezone(delta)
    return cls(r['year'], r['month'], r['day'], r['hour'], r['minute'],
               r['second'], r['microsecond'], tz)
