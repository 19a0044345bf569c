"""JSON (RFC 8259) serialisation and parsing for gilpy.

Public entry points: dumps/dump turn Python objects into JSON text,
loads/load turn JSON text back into Python objects.  JSONEncoder and
JSONDecoder expose the configurable machinery; JSONDecodeError reports
malformed input together with the line/column where parsing stopped.

Implementation notes (gilpy specific): every Python-level call is costly,
so the parser works on whole runs of text with str.find/slicing and the
serialiser collects pieces into one list that is joined at the end.
"""

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Raised when JSON text cannot be parsed.

    Attributes: msg (bare message), doc (the text), pos (offset of the
    problem), lineno and colno (1-based position of pos inside doc).
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------------------
# serialisation
# ---------------------------------------------------------------------------

def _u_escape(code):
    """Return the \\uXXXX form of a code point (surrogate pair above BMP)."""
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


# Escapes needed whatever ensure_ascii says: quote, backslash, C0 controls.
_MIN_ESCAPES = {}
for _code in range(0x20):
    _MIN_ESCAPES[_code] = '\\u%04x' % _code
_MIN_ESCAPES.update({
    ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n', ord('\r'): '\\r',
    ord('\t'): '\\t', ord('\b'): '\\b', ord('\f'): '\\f',
})
# ensure_ascii additionally escapes DEL (everything above is handled apart).
_ASCII_ESCAPES = dict(_MIN_ESCAPES)
_ASCII_ESCAPES[0x7f] = '\\u007f'
_CHAR_ESCAPES = {chr(k): v for k, v in _ASCII_ESCAPES.items()}
del _code


def _quote_unicode(text):
    """JSON string literal, non-ASCII characters kept as they are."""
    if '"' not in text and '\\' not in text and text.isprintable():
        return '"' + text + '"'
    return '"' + text.translate(_MIN_ESCAPES) + '"'


def _quote_ascii(text):
    """JSON string literal using only ASCII characters."""
    if text.isascii():
        if '"' not in text and '\\' not in text and text.isprintable():
            return '"' + text + '"'
        return '"' + text.translate(_ASCII_ESCAPES) + '"'
    pieces = ['"']
    add = pieces.append
    table = _CHAR_ESCAPES
    for ch in text:
        rep = table.get(ch)
        if rep is not None:
            add(rep)
        elif ch < '\x7f':
            add(ch)
        else:
            add(_u_escape(ord(ch)))
    add('"')
    return ''.join(pieces)


_float_repr = float.__repr__
_int_repr = int.__repr__


class JSONEncoder(object):
    """Configurable converter from Python data to JSON text.

    Supported out of the box: dict, list, tuple, str, int, float, True,
    False and None (and subclasses of those).  Anything else is passed to
    default(), which subclasses override to return something serialisable
    (the base version raises TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
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
        """Hook for unsupported objects; return a serialisable stand-in."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % type(o).__name__)

    def encode(self, o):
        """Return the JSON text for o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _quote_ascii(o)
            return _quote_unicode(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over string pieces that make up o's JSON text."""
        pieces = self._render(o)
        if _one_shot:
            return pieces
        return iter(pieces)

    def _render(self, root):
        out = []
        app = out.append
        quote = _quote_ascii if self.ensure_ascii else _quote_unicode
        fallback = self.default
        allow_nan = self.allow_nan
        skipkeys = self.skipkeys
        sort_keys = self.sort_keys
        seen = {} if self.check_circular else None
        comma = self.item_separator
        colon = self.key_separator
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # breaks[d] is the text that starts a line at nesting depth d
        breaks = ['\n']
        # quoted key + key separator, memoised per call (keys repeat a lot)
        key_cache = {}

        def line_at(depth):
            while len(breaks) <= depth:
                breaks.append(breaks[-1] + indent)
            return breaks[depth]

        def num(x):
            text = _float_repr(x)
            if text[-1] in 'nf':       # nan, inf, -inf
                if text == 'nan':
                    text = 'NaN'
                elif text == 'inf':
                    text = 'Infinity'
                else:
                    text = '-Infinity'
                if not allow_nan:
                    raise ValueError(
                        'Out of range float values are not JSON compliant')
            return text

        def key_text(k):
            if isinstance(k, str):
                return k
            if isinstance(k, float):
                return num(k)
            if k is True:
                return 'true'
            if k is False:
                return 'false'
            if k is None:
                return 'null'
            if isinstance(k, int):
                return _int_repr(k)
            if skipkeys:
                return None
            raise TypeError('keys must be str, int, float, bool or None, '
                            'not %s' % type(k).__name__)

        def enter(obj):
            ident = id(obj)
            if ident in seen:
                raise ValueError('Circular reference detected')
            seen[ident] = obj
            return ident

        def emit(o, depth):
            t = type(o)
            if t is str:
                app(quote(o))
            elif o is None:
                app('null')
            elif o is True:
                app('true')
            elif o is False:
                app('false')
            elif t is int:
                app(_int_repr(o))
            elif t is float:
                app(num(o))
            elif t is list or t is tuple:
                emit_seq(o, depth)
            elif t is dict:
                emit_map(o, depth)
            elif isinstance(o, str):
                app(quote(o))
            elif isinstance(o, int):
                app(_int_repr(o))
            elif isinstance(o, float):
                app(num(o))
            elif isinstance(o, (list, tuple)):
                emit_seq(o, depth)
            elif isinstance(o, dict):
                emit_map(o, depth)
            else:
                if seen is not None:
                    ident = enter(o)
                    emit(fallback(o), depth)
                    del seen[ident]
                else:
                    emit(fallback(o), depth)

        def emit_seq(seq, depth):
            if not seq:
                app('[]')
                return
            ident = enter(seq) if seen is not None else None
            if indent is None:
                sep = comma
                app('[')
            else:
                depth += 1
                nl = line_at(depth)
                sep = comma + nl
                app('[' + nl)
            first = True
            for item in seq:
                if first:
                    first = False
                else:
                    app(sep)
                t = type(item)
                if t is str:
                    app(quote(item))
                elif t is int:
                    app(_int_repr(item))
                elif t is float:
                    app(num(item))
                else:
                    emit(item, depth)
            if indent is None:
                app(']')
            else:
                app(line_at(depth - 1) + ']')
            if ident is not None:
                del seen[ident]

        def emit_map(dct, depth):
            if not dct:
                app('{}')
                return
            ident = enter(dct) if seen is not None else None
            if indent is None:
                sep = comma
                app('{')
            else:
                depth += 1
                nl = line_at(depth)
                sep = comma + nl
                app('{' + nl)
            pairs = sorted(dct.items()) if sort_keys else dct.items()
            first = True
            for k, v in pairs:
                if type(k) is not str:
                    k = key_text(k)
                    if k is None:
                        continue
                if first:
                    first = False
                else:
                    app(sep)
                head = key_cache.get(k)
                if head is None:
                    head = key_cache[k] = quote(k) + colon
                app(head)
                t = type(v)
                if t is str:
                    app(quote(v))
                elif t is int:
                    app(_int_repr(v))
                elif t is float:
                    app(num(v))
                else:
                    emit(v, depth)
            if indent is None:
                app('}')
            else:
                app(line_at(depth - 1) + '}')
            if ident is not None:
                del seen[ident]

        emit(root, 0)
        return out


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------

_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_SPACE = ' \t\n\r'
_DIGIT = '0123456789'
_NAMED_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'),
                    '-Infinity': float('-inf')}
# appended to the text while parsing so that s[i] is valid at i == len(doc)
_PAD = '\x00'


def _first_control(seg):
    for k, ch in enumerate(seg):
        if ch < ' ':
            return k
    return -1


def _hex4(doc, text, u, n):
    """Value of the 4 hex digits after the 'u' at index u (error if bad)."""
    digits = text[u + 1:u + 5]
    if u + 5 < n and digits.isascii() and digits.isalnum():
        try:
            return int(digits, 16)
        except ValueError:
            pass
    raise JSONDecodeError('Invalid \\uXXXX escape', doc, u)


def _read_string(doc, text, pos, n, strict):
    """General string reader; pos is just past the opening quote.

    Walks escape by escape so that the first problem in the text is the
    one reported.  Returns (value, index after the closing quote).
    """
    opening = pos - 1
    parts = []
    find = text.find
    while True:
        close = find('"', pos)
        if close < 0:
            close = n
        slash = find('\\', pos, close)
        stop = close if slash < 0 else slash
        seg = text[pos:stop]
        if strict and not seg.isprintable():
            bad = _first_control(seg)
            if bad >= 0:
                raise JSONDecodeError('Invalid control character at',
                                      doc, pos + bad)
        parts.append(seg)
        if slash < 0:
            if close >= n:
                raise JSONDecodeError('Unterminated string starting at',
                                      doc, opening)
            return ''.join(parts), close + 1
        if slash + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at',
                                  doc, opening)
        kind = text[slash + 1]
        if kind == 'u':
            code = _hex4(doc, text, slash + 1, n)
            pos = slash + 6
            if 0xd800 <= code <= 0xdbff and text[pos:pos + 2] == '\\u':
                low = _hex4(doc, text, pos + 1, n)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    pos += 6
            try:
                parts.append(chr(code))
            except ValueError:
                # interpreter without lone-surrogate support
                parts.append('\ufffd')
        else:
            rep = _SIMPLE_ESCAPES.get(kind)
            if rep is None:
                raise JSONDecodeError('Invalid \\escape', doc, slash)
            parts.append(rep)
            pos = slash + 2


def _build_parser(dec):
    """Create the value reader used by a JSONDecoder.

    The returned function takes (doc, idx) and gives (value, end).
    """
    obj_hook = dec.object_hook
    pairs_hook = dec.object_pairs_hook
    float_fn = dec.parse_float
    int_fn = dec.parse_int
    const_fn = dec.parse_constant
    strict = dec.strict
    if float_fn is float:
        float_fn = None
    if int_fn is int:
        int_fn = None
    space = _SPACE
    digits = _DIGIT

    def string_at(doc, text, i, n):
        # i is just past the opening quote
        close = text.find('"', i)
        if close >= 0:
            seg = text[i:close]
            if '\\' not in seg and (seg.isprintable() or not strict
                                    or _first_control(seg) < 0):
                return seg, close + 1
        return _read_string(doc, text, i, n, strict)

    def number_at(doc, text, i, n):
        j = i
        c = text[j]
        if c == '-':
            j += 1
            c = text[j]
        if c == '0':
            j += 1
        elif '1' <= c <= '9':
            j += 1
            while text[j] in digits:
                j += 1
        else:
            if text.startswith('-Infinity', i):
                return const_fn('-Infinity'), i + 9
            raise JSONDecodeError('Expecting value', doc, i)
        real = False
        if text[j] == '.' and text[j + 1] in digits:
            real = True
            j += 2
            while text[j] in digits:
                j += 1
        if text[j] in 'eE':
            k = j + 1
            if text[k] in '+-':
                k += 1
            if text[k] in digits:
                real = True
                k += 1
                while text[k] in digits:
                    k += 1
                j = k
        token = text[i:j]
        if real:
            return (float(token) if float_fn is None else float_fn(token)), j
        return (int(token) if int_fn is None else int_fn(token)), j

    def value_at(doc, text, i, n):
        c = text[i]
        if c == '"':
            return string_at(doc, text, i + 1, n)
        if c == '{':
            return object_at(doc, text, i + 1, n)
        if c == '[':
            return array_at(doc, text, i + 1, n)
        if c == '-' or '0' <= c <= '9':
            return number_at(doc, text, i, n)
        if c == 'n':
            if text.startswith('null', i):
                return None, i + 4
        elif c == 't':
            if text.startswith('true', i):
                return True, i + 4
        elif c == 'f':
            if text.startswith('false', i):
                return False, i + 5
        elif c == 'N':
            if text.startswith('NaN', i):
                return const_fn('NaN'), i + 3
        elif c == 'I':
            if text.startswith('Infinity', i):
                return const_fn('Infinity'), i + 8
        raise JSONDecodeError('Expecting value', doc, i)

    def array_at(doc, text, i, n):
        items = []
        add = items.append
        c = text[i]
        while c in space:
            i += 1
            c = text[i]
        if c == ']':
            return items, i + 1
        while True:
            if c == '"':
                close = text.find('"', i + 1)
                seg = text[i + 1:close]
                if close >= 0 and '\\' not in seg and seg.isprintable():
                    add(seg)
                    i = close + 1
                else:
                    v, i = _read_string(doc, text, i + 1, n, strict)
                    add(v)
            else:
                v, i = value_at(doc, text, i, n)
                add(v)
            c = text[i]
            while c in space:
                i += 1
                c = text[i]
            if c == ',':
                i += 1
                c = text[i]
                while c in space:
                    i += 1
                    c = text[i]
            elif c == ']':
                return items, i + 1
            else:
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)

    def object_at(doc, text, i, n):
        pairs = [] if pairs_hook is not None else None
        result = {}
        c = text[i]
        while c in space:
            i += 1
            c = text[i]
        if c == '}':
            if pairs is not None:
                return pairs_hook(pairs), i + 1
            if obj_hook is not None:
                return obj_hook(result), i + 1
            return result, i + 1
        while True:
            if c != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes',
                    doc, i)
            close = text.find('"', i + 1)
            key = text[i + 1:close]
            if close >= 0 and '\\' not in key and key.isprintable():
                i = close + 1
            else:
                key, i = _read_string(doc, text, i + 1, n, strict)
            c = text[i]
            if c != ':':
                while c in space:
                    i += 1
                    c = text[i]
                if c != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            i += 1
            c = text[i]
            while c in space:
                i += 1
                c = text[i]
            if c == '"':
                close = text.find('"', i + 1)
                v = text[i + 1:close]
                if close >= 0 and '\\' not in v and v.isprintable():
                    i = close + 1
                else:
                    v, i = _read_string(doc, text, i + 1, n, strict)
            else:
                v, i = value_at(doc, text, i, n)
            if pairs is None:
                result[key] = v
            else:
                pairs.append((key, v))
            c = text[i]
            while c in space:
                i += 1
                c = text[i]
            if c == ',':
                i += 1
                c = text[i]
                while c in space:
                    i += 1
                    c = text[i]
            elif c == '}':
                i += 1
                if pairs is not None:
                    return pairs_hook(pairs), i
                if obj_hook is not None:
                    return obj_hook(result), i
                return result, i
            else:
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)

    def parse(doc, idx):
        return value_at(doc, doc + _PAD, idx, len(doc))

    return parse


class JSONDecoder(object):
    """Configurable converter from JSON text to Python data.

    object_hook(dict) / object_pairs_hook(list of pairs) post-process each
    JSON object (pairs hook wins if both are given); parse_float,
    parse_int and parse_constant receive the source token text; with
    strict=False raw control characters are accepted inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NAMED_CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._parser = _build_parser(self)

    def decode(self, s, _w=None):
        """Parse the whole of s (surrounding whitespace allowed)."""
        n = len(s)
        start = 0
        while start < n and s[start] in _SPACE:
            start += 1
        value, end = self.raw_decode(s, start)
        while end < n and s[end] in _SPACE:
            end += 1
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Parse one JSON value starting exactly at s[idx].

        Returns (value, index just past the value); trailing text is
        left alone.
        """
        return self._parser(s, idx)


# ---------------------------------------------------------------------------
# convenience functions
# ---------------------------------------------------------------------------

_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, kw):
    if (cls is None and not skipkeys and ensure_ascii and check_circular
            and allow_nan and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _plain_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialise obj to a JSON formatted str."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                       allow_nan, indent, separators, default, sort_keys, kw)
    return enc.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialise obj as JSON into the writable text stream fp."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                       allow_nan, indent, separators, default, sort_keys, kw)
    fp.write(''.join(enc.iterencode(obj)))


def detect_encoding(b):
    """Guess the Unicode encoding of JSON bytes (BOM or zero-byte layout)."""
    head = bytes(b[:4])
    if head in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if head[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if head[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    # JSON text starts with an ASCII character, so the position of the zero
    # bytes around it tells the code unit size and byte order.
    if len(head) >= 4:
        if head[0] == 0:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if head[1] == 0:
            return 'utf-16-le' if (head[2] or head[3]) else 'utf-32-le'
    elif len(head) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Parse a str, bytes or bytearray holding one JSON document."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                'Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        codec = detect_encoding(s)
        if codec == 'utf-8-sig':
            # same as the utf-8-sig codec, which not every build provides
            s = bytes(s[3:]).decode('utf-8', 'surrogatepass')
        else:
            s = s.decode(codec, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not %s' % type(s).__name__)
    if (cls is None and object_hook is None and parse_float is None
            and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _plain_decoder.decode(s)
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


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document read from the text stream fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
