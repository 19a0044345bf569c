"""Reading and writing of comma-separated-values (CSV) data.

The module offers `reader` and `writer` objects that turn text lines into
lists of fields and back, a registry of named dialects describing the
format details, `DictReader`/`DictWriter` for dict-shaped rows, and a
`Sniffer` that guesses the dialect of a sample.
"""

# gilpy: the low-level layer (format descriptions, parsing and formatting
# engines, dialect registry) is implemented here in plain Python; the
# documented high-level classes follow it.

from io import StringIO

__version__ = "1.0"

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
_QUOTING_MODES = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)


class Error(Exception):
    """Raised for malformed CSV input or impossible output requests."""


Error.__module__ = "_csv"

_registry = {}
_limit_box = [128 * 1024]


# ---------------------------------------------------------------------------
# Format descriptions

# Each setting: (name, kind, default).  The order is the order in which the
# settings are checked, which decides which complaint is raised first.
_SETTINGS = (
    ("delimiter", "char", ","),
    ("doublequote", "flag", True),
    ("escapechar", "optchar", None),
    ("lineterminator", "text", "\r\n"),
    ("quotechar", "optchar", '"'),
    ("quoting", "mode", QUOTE_MINIMAL),
    ("skipinitialspace", "flag", False),
    ("strict", "flag", False),
)
_SETTING_NAMES = frozenset(entry[0] for entry in _SETTINGS)
_ABSENT = object()


def _check_setting(name, kind, value):
    """Validate one supplied (non-default) setting and return its value."""
    if kind == "flag":
        return bool(value)
    if kind == "char":
        if not isinstance(value, str):
            raise TypeError('"%s" must be string, not %s'
                            % (name, type(value).__name__))
        if len(value) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)
        return value
    if kind == "optchar":
        if value is None:
            return None
        if not isinstance(value, str):
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        if len(value) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)
        return value
    if kind == "text":
        if value is None:
            return None
        if not isinstance(value, str):
            raise TypeError('"%s" must be a string' % name)
        return value
    # kind == "mode"
    if type(value) is not int:
        raise TypeError('"%s" must be an integer' % name)
    return value


class Dialect:
    """Immutable, validated set of CSV formatting parameters.

    Built from an optional base (a registered dialect name or any object
    carrying the parameters as attributes) plus keyword overrides.
    """

    __module__ = "_csv"

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _SETTING_NAMES:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if not kwargs and dialect is not None and type(dialect) is cls:
            return dialect
        values = {}
        given = set()
        for name, kind, default in _SETTINGS:
            value = kwargs.get(name, _ABSENT)
            if value is _ABSENT and dialect is not None:
                value = getattr(dialect, name, _ABSENT)
            if value is _ABSENT:
                values[name] = default
            else:
                given.add(name)
                values[name] = _check_setting(name, kind, value)
        if values["quotechar"] is None and "quotechar" in given \
                and "quoting" not in given:
            values["quoting"] = QUOTE_NONE
        if values["quoting"] not in _QUOTING_MODES:
            raise TypeError('bad "quoting" value')
        if values["quoting"] != QUOTE_NONE and values["quotechar"] is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if values["lineterminator"] is None:
            raise TypeError("lineterminator must be set")
        obj = object.__new__(cls)
        for name, value in values.items():
            object.__setattr__(obj, name, value)
        return obj

    def __setattr__(self, name, value):
        if name in _SETTING_NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)

    def __getattr__(self, name):
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


_Dialect = Dialect


def _make_dialect(dialect, kwargs):
    if dialect is None and not kwargs:
        return _Dialect()
    return _Dialect(dialect, **kwargs)


# ---------------------------------------------------------------------------
# Parsing

# Parser states.
_NEW_ROW = 0         # nothing of the record seen yet
_NEW_FIELD = 1       # at the start of a field
_PLAIN = 2           # inside an unquoted field
_PLAIN_ESC = 3       # after the escape character in an unquoted field
_QUOTED = 4          # inside a quoted field
_QUOTED_ESC = 5      # after the escape character in a quoted field
_QUOTE_SEEN = 6      # after a quote character inside a quoted field
_LINE_END = 7        # skipping the CR/LF characters that end a record
_ESC_LINEBREAK = 8   # after an escaped CR or LF in an unquoted field

_END = None          # pseudo-character marking the end of each input line


class reader:
    """Iterate over the records of CSV input, one list of strings each.

    `csvfile` may be any iterable producing lines of text (a file opened
    with newline='' works best).
    """

    __module__ = "_csv"

    def __init__(self, csvfile, dialect=None, **fmtparams):
        self._lines = iter(csvfile)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0
        self._row = []
        self._buf = []
        self._state = _NEW_ROW
        self._as_number = False

    def __iter__(self):
        return self

    def _finish_field(self):
        text = "".join(self._buf)
        self._buf = []
        if self._as_number:
            self._as_number = False
            text = float(text)
        self._row.append(text)

    def _take(self, ch):
        if len(self._buf) >= _limit_box[0]:
            raise Error("field larger than field limit (%d)" % _limit_box[0])
        self._buf.append(ch)

    def __next__(self):
        self._row = []
        self._buf = []
        self._state = _NEW_ROW
        self._as_number = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._buf or self._state == _QUOTED:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._finish_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the "
                            "file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            step = self._step
            for ch in line:
                step(ch)
            step(_END)
            if self._state == _NEW_ROW:
                break
        row = self._row
        self._row = []
        return row

    def _end_of_field_line(self, ch):
        # `ch` is CR, LF or the end-of-line marker: the record is complete.
        self._finish_field()
        self._state = _NEW_ROW if ch is _END else _LINE_END

    def _step(self, ch):
        d = self.dialect
        state = self._state
        if state == _NEW_ROW:
            if ch is _END:
                return
            if ch == "\n" or ch == "\r":
                self._state = _LINE_END
                return
            state = self._state = _NEW_FIELD
        if state == _NEW_FIELD:
            if ch is _END or ch == "\n" or ch == "\r":
                self._end_of_field_line(ch)
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTED
            elif ch == d.escapechar:
                self._state = _PLAIN_ESC
            elif ch == " " and d.skipinitialspace:
                pass
            elif ch == d.delimiter:
                self._finish_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._as_number = True
                self._take(ch)
                self._state = _PLAIN
        elif state == _PLAIN or state == _ESC_LINEBREAK:
            if state == _ESC_LINEBREAK and ch is _END:
                return
            if ch is _END or ch == "\n" or ch == "\r":
                self._end_of_field_line(ch)
            elif ch == d.escapechar:
                self._state = _PLAIN_ESC
            elif ch == d.delimiter:
                self._finish_field()
                self._state = _NEW_FIELD
            else:
                self._take(ch)
        elif state == _PLAIN_ESC:
            if ch == "\n" or ch == "\r":
                self._take(ch)
                self._state = _ESC_LINEBREAK
                return
            self._take("\n" if ch is _END else ch)
            self._state = _PLAIN
        elif state == _QUOTED:
            if ch is _END:
                pass
            elif ch == d.escapechar:
                self._state = _QUOTED_ESC
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_SEEN if d.doublequote else _PLAIN
            else:
                self._take(ch)
        elif state == _QUOTED_ESC:
            self._take("\n" if ch is _END else ch)
            self._state = _QUOTED
        elif state == _QUOTE_SEEN:
            if d.quoting != QUOTE_NONE and ch == d.quotechar:
                self._take(ch)
                self._state = _QUOTED
            elif ch == d.delimiter:
                self._finish_field()
                self._state = _NEW_FIELD
            elif ch is _END or ch == "\n" or ch == "\r":
                self._end_of_field_line(ch)
            elif not d.strict:
                self._take(ch)
                self._state = _PLAIN
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        else:  # _LINE_END
            if ch is _END:
                self._state = _NEW_ROW
            elif ch != "\n" and ch != "\r":
                raise Error("new-line character seen in unquoted field - do "
                            "you need to open the file in universal-newline "
                            "mode?")


# ---------------------------------------------------------------------------
# Formatting

def _numeric(value):
    return isinstance(value, (int, float, complex))


class writer:
    """Format sequences of values as CSV records and write them to a file.

    `fileobj` is anything with a write() method accepting a string.
    """

    __module__ = "_csv"

    def __init__(self, fileobj, dialect=None, **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, fmtparams)

    def _render(self, text, force_quotes):
        """Return the encoded form of one field."""
        d = self.dialect
        special = d.lineterminator
        pieces = []
        quote_it = force_quotes
        for ch in text:
            if (ch == d.delimiter or ch == d.escapechar or ch == d.quotechar
                    or ch in special):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif ch == d.quotechar:
                    if d.doublequote:
                        pieces.append(ch)
                    else:
                        escape = True
                elif ch == d.escapechar:
                    escape = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    pieces.append(d.escapechar)
                else:
                    quote_it = True
            pieces.append(ch)
        body = "".join(pieces)
        if quote_it:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        cells = []
        for value in values:
            if d.quoting == QUOTE_ALL:
                force = True
            elif d.quoting == QUOTE_NONNUMERIC:
                force = not _numeric(value)
            else:
                force = False
            if value is None:
                text = ""
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            cells.append((text, force))
        if len(cells) == 1 and cells[0][0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            cells[0] = ("", True)
        line = d.delimiter.join(self._render(text, force)
                                for text, force in cells)
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


# ---------------------------------------------------------------------------
# Dialect registry

def register_dialect(name, dialect=None, **fmtparams):
    """Store a dialect (built from `dialect` and `fmtparams`) under `name`."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    """Remove the dialect registered under `name`."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """Return the dialect registered under `name`."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of all registered dialects."""
    return list(_registry)


def field_size_limit(*args, **kwargs):
    """Return the maximum field size; set a new one if an argument is given."""
    if kwargs:
        extra = [k for k in kwargs if k != "new_limit"]
        if extra:
            raise TypeError("'%s' is an invalid keyword argument for "
                            "field_size_limit()" % extra[0])
        args = args + (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument "
                        "(%d given)" % len(args))
    previous = _limit_box[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit_box[0] = args[0]
    return previous


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
