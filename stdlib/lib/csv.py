"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

# gilpy: the low-level `_csv` layer (reader/writer state machines, dialect
# validation) followed by gilpy's own Dialect classes, DictReader/DictWriter
# and Sniffer.

import re
from io import StringIO

__version__ = "1.0"

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024

# ---------------------------------------------------------------------------
# Dialect validation (the C type _csv.Dialect)

_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                  'quotechar', 'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _set_char(name, src, dflt):
    if src is _MISSING:
        return dflt
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) > 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src if src else None


def _set_char_or_none(name, src, dflt):
    if src is _MISSING:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_bool(src, dflt):
    if src is _MISSING:
        return dflt
    return bool(src)


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if 'dialect' in kwargs:
            raise TypeError("'dialect' is an invalid keyword argument for this function")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is _Dialect and not kwargs:
                return dialect
        values = {}
        for name in _DIALECT_ATTRS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None:
                values[name] = getattr(dialect, name, _MISSING)
            else:
                values[name] = _MISSING
        self = object.__new__(cls)
        setter = object.__setattr__
        delimiter = _set_char('delimiter', values['delimiter'], ',')
        doublequote = _set_bool(values['doublequote'], True)
        escapechar = _set_char_or_none('escapechar', values['escapechar'], None)
        lt = values['lineterminator']
        if lt is _MISSING:
            lt = '\r\n'
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _set_char_or_none('quotechar', values['quotechar'], '"')
        quoting = values['quoting']
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skipinitialspace = _set_bool(values['skipinitialspace'], False)
        strict = _set_bool(values['strict'], False)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if delimiter is None:
            raise TypeError('"delimiter" must be a 1-character string')
        if values['quotechar'] is None and values['quoting'] is _MISSING:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if lt is None:
            raise TypeError('lineterminator must be set')
        setter(self, '_delimiter', delimiter)
        setter(self, '_doublequote', doublequote)
        setter(self, '_escapechar', escapechar)
        setter(self, '_lineterminator', lt)
        setter(self, '_quotechar', quotechar)
        setter(self, '_quoting', int(quoting))
        setter(self, '_skipinitialspace', skipinitialspace)
        setter(self, '_strict', strict)
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


# Defined under the C type's name so that type(d).__name__ is 'Dialect'; csv.Dialect
# (the Python class below) takes the module-level name.
_Dialect = Dialect
_Dialect.__module__ = '_csv'


# ---------------------------------------------------------------------------
# Reader

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_EOL = object()   # the end-of-line marker fed after each line (C: EOL = -2)
_EOF = object()


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, csvfile, dialect=None, **fmtparams):
        self._iter = iter(csvfile)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._state = _START_RECORD
        self._fields = None
        self._field = []
        self._field_len = 0
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if self._field_len >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)
        self._field_len += 1

    def _fast_line(self, line):
        # A line with no quote, escape, NUL or embedded line break splits plainly;
        # returns None when the state machine is needed.
        d = self.dialect
        body = line
        if body.endswith('\n'):
            body = body[:-1]
        if body.endswith('\r'):
            body = body[:-1]
        if '\r' in body or '\n' in body:
            return None
        if d._quoting != QUOTE_NONE and d._quotechar in body:
            return None
        if d._escapechar is not None and d._escapechar in body:
            return None
        if d._skipinitialspace and d._delimiter == ' ':
            return None
        if not body:
            return []
        fields = body.split(d._delimiter)
        if d._skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _field_limit:
                return None
        if d._quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def __next__(self):
        self._state = _START_RECORD
        self._fields = []
        self._field = []
        self._field_len = 0
        self._numeric = False
        first = True
        while True:
            line = next(self._iter, _EOF)
            if line is _EOF:
                if self._field_len != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if first:
                first = False
                fields = self._fast_line(line)
                if fields is not None:
                    self._fields = None
                    return fields
            process = self._process_char
            for c in line:
                process(c)
            process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process_char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # (after an escaped line break the state stays AFTER_ESCAPED_CRNL,
                # as in the C code's fall-through)
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                if d._doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r' or c is _EOL:
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
            return
        if state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")
            return


_Reader = reader
_Reader.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    return _Reader(csvfile, dialect, **fmtparams)


# ---------------------------------------------------------------------------
# Writer

def _is_number(obj):
    if isinstance(obj, (int, float, complex)):
        return True
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect=None, **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Dialect(dialect, **fmtparams)

    def _join_field(self, field, quoted, first):
        d = self.dialect
        delimiter = d._delimiter
        quotechar = d._quotechar
        escapechar = d._escapechar
        lt = d._lineterminator
        quoting = d._quoting
        out = []
        if field:
            plain = True
            for c in field:
                if c == delimiter or c == escapechar or c == quotechar or c in lt:
                    plain = False
                    break
            if plain:
                out.append(field)
            else:
                for c in field:
                    if c == delimiter or c == escapechar or c == quotechar or c in lt:
                        want_escape = False
                        if quoting == QUOTE_NONE:
                            want_escape = True
                        else:
                            if c == quotechar:
                                if d._doublequote:
                                    out.append(quotechar)
                                else:
                                    want_escape = True
                            elif c == escapechar:
                                want_escape = True
                            if not want_escape:
                                quoted = True
                        if want_escape:
                            if escapechar is None:
                                raise Error("need to escape, but no escapechar set")
                            out.append(escapechar)
                    out.append(c)
        text = ''.join(out)
        if quoted:
            text = quotechar + text + quotechar
        if not first:
            text = delimiter + text
        return text

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        quoting = d._quoting
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            parts.append(self._join_field(field, quoted, not parts))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._join_field('', True, True)
        parts.append(d._lineterminator)
        return self._write(''.join(parts))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer = writer
_Writer.__module__ = '_csv'


def writer(fileobj, dialect=None, **fmtparams):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    return _Writer(fileobj, dialect, **fmtparams)


# ---------------------------------------------------------------------------
# Dialect registry and field size limit

def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# ---------------------------------------------------------------------------
# Python-level dialect descriptions, dict-based reading/writing and format
# sniffing (gilpy's own implementation of the documented csv API).

class Dialect:
    """Describe a CSV dialect.

    Subclass this and set the class attributes (delimiter, quotechar,
    escapechar, doublequote, skipinitialspace, lineterminator, quoting) to
    describe a format; instances are checked when created.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # Let the low-level dialect do the checking, but report problems as
        # csv.Error rather than TypeError.
        try:
            _Dialect(self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of CSV files written on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Iterate over CSV rows as dicts keyed by the field names.

    The field names come from the `fieldnames` argument or, when omitted,
    from the first row of the input.  Surplus values of a long row are
    collected in a list under `restkey`; missing values of a short row are
    filled with `restval`.  Empty rows are skipped.
    """

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey = restkey
        self.restval = restval
        self.line_num = 0
        self._names = fieldnames

    @property
    def fieldnames(self):
        if self._names is None:
            # The header is read lazily, on first use.
            for first in self.reader:
                self._names = first
                break
            self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, names):
        self._names = names

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames          # make sure the header row is consumed
        while True:
            values = next(self.reader)
            self.line_num = self.reader.line_num
            if values:
                break
        names = self.fieldnames
        result = dict(zip(names, values))
        extra = len(values) - len(names)
        if extra > 0:
            result[self.restkey] = values[len(names):]
        elif extra < 0:
            for name in names[len(values):]:
                result[name] = self.restval
        return result


class DictWriter:
    """Write dicts as CSV rows, ordering values by `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        action = extrasaction.lower()
        if action not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = {}
        for name in self.fieldnames:
            header[name] = name
        return self.writerow(header)

    def _row_values(self, rowdict):
        if self.extrasaction.lower() == "raise":
            known = self.fieldnames
            unknown = [key for key in rowdict if key not in known]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        fill = self.restval
        return [rowdict.get(name, fill) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row_values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row_values(d) for d in rowdicts)


# --- format sniffing --------------------------------------------------------

_SNIFF_PREFERRED = (',', '\t', ';', ' ', ':')
_SNIFF_QUOTES = ('"', "'")


def _field_boundary(ch):
    """True if `ch` could sit right outside a quoted field as a delimiter."""
    return not (ch.isalnum() or ch == '_' or ch in '\r\n"\'')


def _scan_quoted(text, q):
    """Find quoted fields using quote character `q`.

    Returns a list of (before, spaced, after, body) tuples: the delimiter
    candidate before the opening quote ('' at a line start), whether blanks
    separate it from the quote, the character after the closing quote
    ('' at a line end) and the quoted text.
    """
    found = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] != q:
            i += 1
            continue
        # Walk back over blanks to what precedes the opening quote.
        j = i - 1
        while j >= 0 and text[j] == ' ':
            j -= 1
        spaced = j < i - 1
        before = '' if j < 0 or text[j] in '\r\n' else text[j]
        if before and not _field_boundary(before):
            i += 1
            continue
        # Find the closing quote, stepping over doubled quotes.
        k = i + 1
        close = -1
        while k < n and text[k] != '\n':
            if text[k] == q:
                if k + 1 < n and text[k + 1] == q:
                    k += 2
                    continue
                close = k
                break
            k += 1
        if close < 0:
            i += 1
            continue
        after = text[close + 1] if close + 1 < n else ''
        if after in '\r\n':
            after = ''
        elif not _field_boundary(after):
            i = close
            continue
        found.append((before, spaced, after, text[i + 1:close]))
        i = close + 1
    return found


def _most_common(counts, allowed):
    best = None
    for ch, cnt in counts.items():
        if allowed is not None and ch not in allowed:
            continue
        if best is None or cnt > counts[best] or (
                cnt == counts[best] and _rank(ch) < _rank(best)):
            best = ch
    return best


def _rank(ch):
    if ch in _SNIFF_PREFERRED:
        return _SNIFF_PREFERRED.index(ch)
    return len(_SNIFF_PREFERRED)


class Sniffer:
    """Guess the dialect of a CSV sample, and whether it has a header row."""

    def __init__(self):
        self.preferred = list(_SNIFF_PREFERRED)

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing `sample`."""
        guess = self._from_quotes(sample, delimiters)
        if guess is None:
            guess = self._from_frequencies(sample, delimiters)
        if guess is None:
            raise Error("Could not determine delimiter")
        quote, delim, doubled, spaces = guess

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        sniffed.delimiter = delim
        sniffed.quotechar = quote or '"'
        sniffed.doublequote = doubled
        sniffed.skipinitialspace = spaces
        return sniffed

    def _from_quotes(self, sample, delimiters):
        """Use quoted fields to find the quote char and the delimiter."""
        best = None
        for q in _SNIFF_QUOTES:
            hits = _scan_quoted(sample, q)
            if hits and (best is None or len(hits) > len(best[1])):
                best = (q, hits)
        if best is None:
            return None
        quote, hits = best
        counts = {}
        spaced = 0
        for before, blank, after, body in hits:
            for ch in (before, after):
                if ch:
                    counts[ch] = counts.get(ch, 0) + 1
            if blank:
                spaced += 1
        delim = _most_common(counts, delimiters)
        if delim is None:
            # Quoted fields only ever fill whole lines: nothing to learn.
            if '\n' in sample:
                return None
            delim = ''
        doubled = any(quote + quote in body for _, _, _, body in hits)
        return quote, delim, doubled, spaced * 2 > len(hits)

    def _from_frequencies(self, sample, delimiters):
        """Pick the character occurring equally often on (nearly) every line."""
        lines = [ln for ln in sample.replace('\r', '').split('\n') if ln]
        if not lines:
            return None
        lines = lines[:50]
        candidates = set()
        for ln in lines:
            for ch in ln:
                if ch.isalnum() or ch in '"\'':
                    continue
                if delimiters is not None and ch not in delimiters:
                    continue
                candidates.add(ch)
        scored = []
        for ch in candidates:
            tally = {}
            for ln in lines:
                c = ln.count(ch)
                tally[c] = tally.get(c, 0) + 1
            # The per-line count that occurs most often (ties: larger count).
            mode = max(tally, key=lambda c: (tally[c], c))
            if mode == 0:
                continue
            share = tally[mode] / len(lines)
            scored.append((share, ch))
        floor = 1.0
        while floor >= 0.9:
            good = [ch for share, ch in scored if share >= floor]
            if good:
                good.sort(key=lambda ch: (_rank(ch), ch))
                delim = good[0]
                first = lines[0]
                spaces = first.count(delim) == first.count(delim + ' ')
                return None, delim, False, spaces
            floor -= 0.01
        return None

    def has_header(self, sample):
        """Heuristic: the first row is a header if its cells differ in kind
        (number vs. text, or length) from the cells below them."""
        rows = reader(StringIO(sample), self.sniff(sample))
        first = next(rows)
        width = len(first)
        kinds = {}
        undecided = set(range(width))
        seen = 0
        for row in rows:
            if seen >= 20:
                break
            seen += 1
            if len(row) != width:
                continue
            for col in list(undecided) + list(kinds):
                if col not in undecided and col not in kinds:
                    continue
                kind = self._kind(row[col])
                if col in undecided:
                    undecided.discard(col)
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        score = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                score += 1 if len(first[col]) != kind else -1
            else:
                try:
                    kind(first[col])
                except (ValueError, OverflowError):
                    score += 1
                else:
                    score -= 1
        return score > 0

    @staticmethod
    def _kind(cell):
        for conv in (int, float, complex):
            try:
                conv(cell)
            except (ValueError, OverflowError):
                continue
            return conv
        return len(cell)
