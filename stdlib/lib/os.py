"""os: the operating system interface. The calls themselves are native (the posix
module, as in CPython); this module adds os.path, stat_result and the small helpers."""

import sys
from posix import *
from posix import environ, stat as _stat

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

import posixpath as path
sys.modules['os.path'] = path

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """The result of os.stat: a 10-tuple with named fields."""

    def __new__(cls, fields):
        fields = tuple(fields)
        # As in CPython: the tuple holds whole seconds, the attributes the float times.
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._times = fields[7:10]
        return self

    def __getattr__(self, name):
        if name in _STAT_FIELDS:
            i = _STAT_FIELDS.index(name)
            return self._times[i - 7] if i >= 7 else self[i]
        raise AttributeError("'os.stat_result' object has no attribute '%s'" % name)

    def __repr__(self):
        inner = ', '.join('%s=%r' % (n, getattr(self, n)) for n in _STAT_FIELDS)
        return 'os.stat_result(%s)' % inner


def stat(path):
    return stat_result(_stat(path))


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
