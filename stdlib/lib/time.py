"""time: the clocks and sleep come from the native _time; this module adds struct_time,
the named tuple the calendar functions return, and the functions that build or read it."""

from _time import *
from _time import _localtime, _gmtime, _mktime, _strftime

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        self.tm_zone = seq[9] if n > 9 else None
        self.tm_gmtoff = seq[10] if n > 10 else None
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        inner = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'time.struct_time(%s)' % inner

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


def localtime(seconds=None):
    return struct_time(_localtime(seconds))


def gmtime(seconds=None):
    return struct_time(_gmtime(seconds))


def _check_tuple(name, t):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t


def mktime(t):
    return _mktime(_check_tuple('mktime', t))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    else:
        _check_tuple('strftime', t)
        if not 1 <= t[1] <= 12 and t[1] != 0:
            raise ValueError('month out of range')
        if not 0 <= t[3] <= 23:
            raise ValueError('hour out of range')
        if not 0 <= t[4] <= 59:
            raise ValueError('minute out of range')
        if not 0 <= t[5] <= 61:
            raise ValueError('seconds out of range')
        zone = (t.tm_zone, t.tm_gmtoff) if isinstance(t, struct_time) else ()
        t = tuple(t)
        if t[1] == 0:
            t = t[:1] + (1,) + t[2:]
        if t[2] == 0:
            t = t[:2] + (1,) + t[3:]
        if t[7] == 0:
            t = t[:7] + (1,) + t[8:]
        if zone and zone[0] is not None:
            t += zone
    return _strftime(format, t)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    if t is None:
        t = localtime()
    _check_tuple('asctime', t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7], _MONTHS[(t[1] - 1) % 12],
                                            t[2], t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string to a struct_time according to a format (datetime's parser)."""
    from datetime import _strptime_time
    return _strptime_time(string, format)
