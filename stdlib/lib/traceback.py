"""traceback: print or format exceptions and tracebacks, in the layout the interpreter
uses for uncaught exceptions. `e.__traceback__` is a chain of traceback objects over
snapshots of the frames (code and line); extract_tb/format_tb/walk_tb read it, and
extract_stack/format_stack read the calls in progress."""

import sys
import _thread

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only', 'extract_tb', 'extract_stack', 'format_tb',
           'format_stack', 'format_list', 'print_tb', 'print_stack', 'print_list',
           'walk_tb', 'FrameSummary', 'StackSummary']


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


class FrameSummary:
    """One frame of a traceback or stack: where it was and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_formatted')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        # The entry as the interpreter prints it, with markers (from a traceback).
        self._formatted = None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _thread._source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            if frame._formatted is not None:
                result.append(frame._formatted)
                continue
            row = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += '    {}\n'.format(frame.line)
            result.append(row)
        return result


def walk_tb(tb):
    """Yield (frame, lineno) for each link of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def extract_tb(tb, limit=None):
    """The frames of a traceback, outermost first, as a StackSummary."""
    frames = [FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
              for f, lineno in walk_tb(tb)]
    if tb is not None:
        for frame, text in zip(frames, _thread._format_tb(tb)):
            frame._formatted = text
    return StackSummary(_limited(frames, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """The traceback's entries, formatted as in a printed traceback (with markers)."""
    if tb is None:
        return []
    return _limited(_thread._format_tb(tb), limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """The calls in progress, outermost first (the caller of extract_stack last)."""
    frames = [FrameSummary(filename, line, name)
              for filename, line, name in reversed(_thread._caller_frames())]
    # Without this module's own frames (extract_stack, format_stack, print_stack).
    while frames and frames[-1].filename == '<frozen traceback>':
        frames.pop()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit), file=file)
