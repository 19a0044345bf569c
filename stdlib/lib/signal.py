"""Set handlers for asynchronous events (signals).

The native `_signal` does the work. This module names the numbers as CPython's enums
do: `signal.SIGINT` is an int that shows itself as `<Signals.SIGINT: 2>`, and
`getsignal` answers `Handlers.SIG_DFL` rather than 0.
"""

import _signal
from _signal import (
    NSIG, alarm, default_int_handler, pause, raise_signal, strsignal, valid_signals,
)


class _NamedInt(int):
    """An int with a name, as an IntEnum member: `repr` shows both, `str` the number."""

    _by_value = None  # filled per class below
    _by_name = None

    def __new__(cls, value):
        try:
            return cls._by_value[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    @classmethod
    def _make(cls, name, value):
        member = int.__new__(cls, value)
        member._name = name
        cls._by_value.setdefault(value, member)
        cls._by_name[name] = member
        return member

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name}: {int(self)}>"

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce__(self):
        return (type(self), (int(self),))


class Signals(_NamedInt):
    _by_value = {}
    _by_name = {}


class Handlers(_NamedInt):
    _by_value = {}
    _by_name = {}


class Sigmasks(_NamedInt):
    _by_value = {}
    _by_name = {}


for _name in sorted(
    (n for n in dir(_signal) if n.startswith("SIG") and not n.startswith("SIG_")),
    key=lambda n: (getattr(_signal, n), n not in ("SIGABRT", "SIGCHLD", "SIGIO")),
):
    globals()[_name] = Signals._make(_name, getattr(_signal, _name))
SIG_DFL = Handlers._make("SIG_DFL", _signal.SIG_DFL)
SIG_IGN = Handlers._make("SIG_IGN", _signal.SIG_IGN)
SIG_BLOCK = Sigmasks._make("SIG_BLOCK", 0)
SIG_UNBLOCK = Sigmasks._make("SIG_UNBLOCK", 1)
SIG_SETMASK = Sigmasks._make("SIG_SETMASK", 2)
del _name


def _as_handler(h):
    if type(h) is int:
        return Handlers(h)
    return h


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    if isinstance(handler, int):
        handler = int(handler)
    return _as_handler(_signal.signal(signalnum, handler))


def getsignal(signalnum):
    """Return the current action for the given signal."""
    return _as_handler(_signal.getsignal(signalnum))
