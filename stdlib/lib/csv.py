"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

# gilpy: CPython's C `_csv` (reader/writer state machines, dialect validation) is
# written here in Python, followed by CPython 3.11's csv.py (Dialect classes,
# DictReader/DictWriter, Sniffer).

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
# From here on: CPython 3.11 Lib/csv.py

class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # We do this for compatibility with py2.3
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Used only for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num

        # unlike the basic reader, we prefer not to return blanks,
        # because we will typically wind up with a dict full of None
        # values
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Guard Sniffer's type checking against builds that exclude complex()
try:
    complex
except NameError:
    complex = float


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """

        quotechar, doublequote, delimiter, skipinitialspace = \
                   self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)

        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace

        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """

        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)', # ,".*?",
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',   #  ".*?",
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',   # ,".*?"
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):                            #  ".*?" (no delim, no space)
            regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break

        if not matches:
            # (quotechar, doublequote, delimiter, skipinitialspace)
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex['quote'] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex['delim'] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex['space'] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)

        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n': # most likely a file with a single column
                delim = ''
        else:
            # there is *no* delimiter, it's a single column of quoted data
            delim = ''
            skipinitialspace = 0

        # if we see an extra quote between delimiters, we've got a
        # double quoted format
        dq_regexp = re.compile(
                               r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" % \
                               {'delim':re.escape(delim), 'quote':quotechar}, re.MULTILINE)



        if dq_regexp.search(data):
            doublequote = True
        else:
            doublequote = False

        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """

        data = list(filter(None, data.split('\n')))

        ascii = [chr(c) for c in range(127)] # 7-bit ASCII

        # build frequency tables
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    # must count even if frequency is 0
                    freq = line.count(char)
                    # value is the mode
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency

            for char in charFrequency.keys():
                items = list(charFrequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                # get the mode of the frequencies
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    # adjust the mode - subtract the sum of all
                    # other frequencies
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1]
                                   - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            # build a list of possible delimiters
            modeList = modes.items()
            total = float(min(chunkLength * iteration, len(data)))
            # (rows of consistent data) / (number of rows) = 100%
            consistency = 1.0
            # minimum consistency threshold
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modeList:
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1]/total) >= consistency and
                            (delimiters is None or k in delimiters)):
                            delims[k] = v
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data[0].count(delim) ==
                                    data[0].count("%c " % delim))
                return (delim, skipinitialspace)

            # analyze another chunkLength lines
            start = end
            end += chunkLength

        if not delims:
            return ('', 0)

        # if there's more than one, fall back to a 'preferred' list
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data[0].count(d) ==
                                        data[0].count("%c " % d))
                    return (d, skipinitialspace)

        # nothing else indicates a preference, pick the character that
        # dominates(?)
        items = [(v,k) for (k,v) in delims.items()]
        items.sort()
        delim = items[-1][1]

        skipinitialspace = (data[0].count(delim) ==
                            data[0].count("%c " % delim))
        return (delim, skipinitialspace)

    def has_header(self, sample):
        # Creates a dictionary of types of data in each column. If any
        # column is of a single type (say, integers), *except* for the first
        # row, then the first row is presumed to be labels. If the type
        # can't be determined, it is assumed to be a string in which case
        # the length of the string is the determining factor: if all of the
        # rows except for the first are the same length, it's a header.
        # Finally, a 'vote' is taken at the end for each column, adding or
        # subtracting from the likelihood of the first row being a header.

        rdr = reader(StringIO(sample), self.sniff(sample))

        header = next(rdr) # assume first row is header

        columns = len(header)
        columnTypes = {}
        for i in range(columns): columnTypes[i] = None

        checked = 0
        for row in rdr:
            # arbitrary number of rows to check, to keep it sane
            if checked > 20:
                break
            checked += 1

            if len(row) != columns:
                continue # skip rows that have irregular number of columns

            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    # fallback to length of string
                    thisType = len(row[col])

                if thisType != columnTypes[col]:
                    if columnTypes[col] is None: # add new column type
                        columnTypes[col] = thisType
                    else:
                        # type is inconsistent, remove column from
                        # consideration
                        del columnTypes[col]

        # finally, compare results against first row and "vote"
        # on whether it's a header
        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0): # it's a length
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else: # attempt typecast
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1

        return hasHeader > 0
