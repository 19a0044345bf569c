"""traceback: print or format the exception being handled, in the layout the interpreter
uses for uncaught exceptions. Frame and stack objects (extract_tb, walk_stack) are not
provided; the text functions are."""

import sys
import _thread

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only']


def _lines(text):
    return text.splitlines(keepends=True)


def _value_of(exc, value):
    # Both calling conventions: f(exc) (3.10+) and f(etype, value, tb).
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_thread._format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    text = _thread._format_exception(value)
    lines = _lines(text)
    # The exception line(s) follow the last frame's source line.
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].startswith(' '):
            continue
        return lines[i + 1:]
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
