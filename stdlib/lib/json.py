"""json: encode Python values as JSON text and decode JSON text into Python values, with
CPython's classes (JSONEncoder, JSONDecoder, JSONDecodeError), defaults, hooks and error
messages.

Written for speed under gilpy: the encoder appends to one list from a closure (no
generators), strings that need no escaping are copied whole, and the decoder finds the
ends of strings with str.find instead of going character by character.
`iterencode` returns an iterator over the chunks of the whole encoding (CPython's
chunks are smaller; their concatenation is the same)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

INFINITY = float('inf')

################################################################################
### Encoding
################################################################################

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
               '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

# Characters as encode_basestring_ascii writes them, filled in as they are met.
_ASCII_DCT = dict(_ESCAPE_DCT)
for _i in range(0x20, 0x7f):
    _ASCII_DCT.setdefault(chr(_i), chr(_i))
del _i


def encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII kept as is)."""
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    r = s.replace('\\', '\\\\').replace('"', '\\"')
    if r.isprintable():
        return '"' + r + '"'
    r = r.replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')
    if r.isprintable():
        return '"' + r + '"'
    get = _ESCAPE_DCT.get
    return '"' + ''.join([get(c, c) for c in s]) + '"'


def _ascii_escape(c):
    n = ord(c)
    if n < 0x10000:
        esc = '\\u{0:04x}'.format(n)
    else:
        n -= 0x10000
        s1 = 0xd800 | ((n >> 10) & 0x3ff)
        s2 = 0xdc00 | (n & 0x3ff)
        esc = '\\u{0:04x}\\u{1:04x}'.format(s1, s2)
    _ASCII_DCT[c] = esc
    return esc


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if '"' not in s and '\\' not in s and s.isprintable() and s.isascii():
        return '"' + s + '"'
    if s.isascii():
        r = s.replace('\\', '\\\\').replace('"', '\\"')
        if r.isprintable():
            return '"' + r + '"'
        r = r.replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')
        if r.isprintable():
            return '"' + r + '"'
    get = _ASCII_DCT.get
    return '"' + ''.join([get(c) or _ascii_escape(c) for c in s]) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None (and their
    subclasses). To support other objects, subclass it and override `default()` to
    return a serializable object for o, or call the base implementation (to raise a
    TypeError)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        return iter(self._encode_chunks(o))

    def _encode_chunks(self, o):
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY,
                     _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _make_encode(markers, self.default, _encoder, indent, floatstr,
                            self.key_separator, self.item_separator, self.sort_keys,
                            self.skipkeys)(o)


def _make_encode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                 _item_separator, _sort_keys, _skipkeys):
    out = []
    append = out.append
    _intstr = int.__repr__
    _str, _int, _float, _list, _tuple, _dict = str, int, float, list, tuple, dict
    # Encoded str keys with their separators, by (key, level).
    key_memo = {}

    def enc_list(lst, level):
        if not lst:
            append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            append('[' + newline_indent)
        else:
            newline_indent = None
            separator = _item_separator
            append('[')
        # Every item is preceded by the separator; the first one is blanked afterwards.
        start = len(out)
        for value in lst:
            append(separator)
            t = type(value)
            if t is _str:
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif t is _int:
                append(_intstr(value))
            elif t is _float:
                append(_floatstr(value))
            elif t is _dict:
                enc_dict(value, level)
            elif t is _list or t is _tuple:
                enc_list(value, level)
            else:
                enc(value, level)
        out[start] = ''
        if newline_indent is not None:
            level -= 1
            append('\n' + _indent * level + ']')
        else:
            append(']')
        if markers is not None:
            del markers[markerid]

    def enc_dict(dct, level):
        if not dct:
            append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
            append('{')
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        memo = key_memo.get(level)
        if memo is None:
            memo = key_memo[level] = {}
        memo_get = memo.get
        start = len(out)
        for key, value in items:
            # Each key is written with the item separator before it; the first one's
            # is cut off afterwards.
            if type(key) is _str:
                keytext = memo_get(key)
                if keytext is None:
                    keytext = memo[key] = item_separator + _encoder(key) + _key_separator
                append(keytext)
            else:
                if isinstance(key, _str):
                    pass
                elif isinstance(key, _float):
                    key = _floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, _int):
                    key = _intstr(key)
                elif _skipkeys:
                    continue
                else:
                    raise TypeError(f'keys must be str, int, float, bool or None, '
                                    f'not {key.__class__.__name__}')
                append(item_separator + _encoder(key) + _key_separator)
            t = type(value)
            if t is _str:
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif t is _int:
                append(_intstr(value))
            elif t is _float:
                append(_floatstr(value))
            elif t is _dict:
                enc_dict(value, level)
            elif t is _list or t is _tuple:
                enc_list(value, level)
            else:
                enc(value, level)
        if len(out) > start:
            out[start] = out[start][len(item_separator):]
        if newline_indent is not None:
            level -= 1
            append('\n' + _indent * level + '}')
        else:
            append('}')
        if markers is not None:
            del markers[markerid]

    def enc(o, level):
        if isinstance(o, _str):
            append(_encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, _int):
            append(_intstr(o))
        elif isinstance(o, _float):
            append(_floatstr(o))
        elif isinstance(o, (_list, _tuple)):
            enc_list(o, level)
        elif isinstance(o, _dict):
            enc_dict(o, level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            enc(o, level)
            if markers is not None:
                del markers[markerid]

    def encode(o):
        enc(o, 0)
        return out

    return encode


################################################################################
### Decoding
################################################################################

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_HEXDIGITS = '0123456789abcdefABCDEF'


def _skip_ws(s, end):
    """The index of the first non-whitespace character at or after end."""
    try:
        while s[end] in _WS:
            end += 1
    except IndexError:
        pass
    return end


def _first_control(s, start, stop):
    """The index of the first character below ' ' in s[start:stop], or -1."""
    chunk = s[start:stop]
    if chunk.isprintable():
        return -1
    for k, c in enumerate(chunk):
        if c < ' ':
            return start + k
    return -1


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos+4]; pos - 1 is the 'u'."""
    esc = s[pos:pos + 4]
    if len(esc) == 4 and esc[0] in _HEXDIGITS and esc[1] in _HEXDIGITS \
            and esc[2] in _HEXDIGITS and esc[3] in _HEXDIGITS:
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string: end is the index of the character after the
    opening quote. Returns (decoded str, index after the closing quote)."""
    begin = end - 1
    q = s.find('"', end)
    if q >= 0:
        # The common case: no escapes, no control characters.
        chunk = s[end:q]
        if '\\' not in chunk and (chunk.isprintable() or not strict
                                  or _first_control(s, end, q) < 0):
            return chunk, q + 1
    n = len(s)
    chunks = []
    _append = chunks.append
    while True:
        q = s.find('"', end)
        stop = q if q >= 0 else n
        b = s.find('\\', end, stop)
        if b >= 0:
            stop = b
        if strict:
            bad = _first_control(s, end, stop)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop > end:
            _append(s[end:stop])
        if b < 0:
            return ''.join(chunks), q + 1
        # An escape at b.
        if b + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[b + 1]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, b)
            _append(char)
            end = b + 2
            continue
        pos = b + 2
        if pos + 4 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)
        uni = _hex4(s, pos)
        end = pos + 4
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        _append(chr(uni))


py_scanstring = scanstring


def _make_scanner(context):
    parse_object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None
    _scanstring = scanstring
    _ws = _WS
    _digits = _DIGITS
    memo = {}

    def value_at(s, idx):
        """(value, end) for the JSON value at s[idx:]; JSONDecodeError if there is none."""
        nextchar = s[idx:idx + 1]
        if nextchar == '"':
            return _scanstring(s, idx + 1, strict)
        elif nextchar == '{':
            return parse_object(s, idx + 1)
        elif nextchar == '[':
            return parse_array(s, idx + 1)
        elif nextchar in _digits or nextchar == '-':
            if nextchar:
                # A number: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
                n = len(s)
                end = idx
                if nextchar == '-':
                    end += 1
                start = end
                while end < n and s[end] in _digits:
                    end += 1
                if end > start:
                    if s[start] == '0':
                        end = start + 1
                    is_float = False
                    if end + 1 < n and s[end] == '.' and s[end + 1] in _digits:
                        is_float = True
                        end += 2
                        while end < n and s[end] in _digits:
                            end += 1
                    if end < n and (s[end] == 'e' or s[end] == 'E'):
                        j = end + 1
                        if j < n and (s[j] == '+' or s[j] == '-'):
                            j += 1
                        if j < n and s[j] in _digits:
                            is_float = True
                            end = j + 1
                            while end < n and s[end] in _digits:
                                end += 1
                    if is_float:
                        if parse_float is None:
                            return float(s[idx:end]), end
                        return parse_float(s[idx:end]), end
                    if parse_int is None:
                        return int(s[idx:end]), end
                    return parse_int(s[idx:end]), end
                if nextchar == '-' and s[idx:idx + 9] == '-Infinity':
                    return parse_constant('-Infinity'), idx + 9
        elif nextchar == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif nextchar == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif nextchar == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif nextchar == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif nextchar == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        raise JSONDecodeError("Expecting value", s, idx)

    scan_value = value_at

    def scan_once(s, idx):
        """(value, end) for the JSON value at s[idx:]; StopIteration(idx) if there is
        none."""
        try:
            return value_at(s, idx)
        except JSONDecodeError as err:
            if err.pos == idx and err.msg == "Expecting value":
                raise StopIteration(idx) from None
            raise

    def parse_object(s, end):
        pairs = []
        pairs_append = pairs.append
        memo_get = memo.setdefault
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _ws:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                if object_pairs_hook is not None:
                    return object_pairs_hook(pairs), end + 1
                pairs = {}
                if parse_object_hook is not None:
                    pairs = parse_object_hook(pairs)
                return pairs, end + 1
            elif nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            q = s.find('"', end)
            key = s[end:q]
            if q < 0 or '\\' in key or not key.isprintable():
                key, end = _scanstring(s, end, strict)
            else:
                end = q + 1
            key = memo_get(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end += 1
            c = s[end:end + 1]
            if c == ' ':
                end += 1
                c = s[end:end + 1]
            if c == '"':
                q = s.find('"', end + 1)
                value = s[end + 1:q]
                if q < 0 or '\\' in value or not value.isprintable():
                    value, end = _scanstring(s, end + 1, strict)
                else:
                    end = q + 1
            else:
                if c and c in _ws:
                    end = _skip_ws(s, end + 1)
                value, end = scan_value(s, end)
            pairs_append((key, value))
            nextchar = s[end:end + 1]
            if nextchar and nextchar in _ws:
                end = _skip_ws(s, end + 1)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            nextchar = s[end:end + 1]
            if nextchar != '"':
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if parse_object_hook is not None:
            pairs = parse_object_hook(pairs)
        return pairs, end

    def parse_array(s, end):
        values = []
        nextchar = s[end:end + 1]
        if nextchar and nextchar in _ws:
            end = _skip_ws(s, end + 1)
            nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        _append = values.append
        while True:
            if nextchar == '"':
                q = s.find('"', end + 1)
                value = s[end + 1:q]
                if q < 0 or '\\' in value or not value.isprintable():
                    value, end = _scanstring(s, end + 1, strict)
                else:
                    end = q + 1
            else:
                value, end = scan_value(s, end)
            _append(value)
            nextchar = s[end:end + 1]
            if nextchar and nextchar in _ws:
                end = _skip_ws(s, end + 1)
                nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            nextchar = s[end:end + 1]
            if nextchar and nextchar in _ws:
                end = _skip_ws(s, end + 1)
                nextchar = s[end:end + 1]
        return values, end

    def scan(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scan


make_scanner = _make_scanner


class JSONDecoder(object):
    """Simple JSON decoder.

    object_hook, if given, is called with every decoded JSON object (a dict) and its
    return value used instead; object_pairs_hook is called with the list of (key, value)
    pairs instead (and takes priority). parse_float, parse_int and parse_constant are
    called with the text of every JSON float, int and NaN/Infinity/-Infinity. With
    strict=False, control characters are allowed inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str holding a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx: returns (value, index where the
        document ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


################################################################################
### The module functions
################################################################################

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like
    object)."""
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    fp.write(''.join(iterable))


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document)
    to a Python object."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to
    a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, bytes) and type(s).__name__ != 'bytearray':
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
