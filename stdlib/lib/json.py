"""json: encode Python values as JSON text and decode JSON text into Python values,
with CPython's defaults (ensure_ascii, ', ' and ': ' separators, NaN and Infinity
allowed) and its error messages. The parser is a plain recursive descent over the
string.

Not provided: the JSONEncoder/JSONDecoder subclassing hooks beyond `default`,
`object_hook` and `object_pairs_hook`; `parse_float`, `parse_int` and `cls`."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error."""

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


JSONDecodeError.__module__ = 'json.decoder'

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_sep, self.key_sep = separators
        elif indent is not None:
            self.item_sep, self.key_sep = ',', ': '
        else:
            self.item_sep, self.key_sep = ', ', ': '
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {}

    def default_hook(self, o):
        if self.default is not None:
            return self.default(o)
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o, level=0, out=None):
        if out is None:
            out = []
            self.encode(o, 0, out)
            return ''.join(out)
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            marker = self.enter(o)
            self.encode(self.default_hook(o), level, out)
            self.leave(marker)

    def enter(self, o):
        if not self.check_circular:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, level, out):
        self.encode_items(lst, [('', value) for value in lst], '[]', level, out)

    def encode_items(self, container, entries, brackets, level, out):
        """A list or dict: `entries` are (prefix, value) pairs, the prefix being the
        encoded key and separator for a dict. (An empty container prints as `[]` or `{}`,
        but a dict whose keys were all skipped keeps its line breaks, as CPython's.)"""
        if not container:
            out.append(brackets)
            return
        marker = self.enter(container)
        out.append(brackets[0])
        if self.indent is not None:
            level += 1
            sep = self.item_sep + self.newline(level)
            out.append(self.newline(level))
        else:
            sep = self.item_sep
        first = True
        for prefix, value in entries:
            if not first:
                out.append(sep)
            first = False
            out.append(prefix)
            self.encode(value, level, out)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append(brackets[1])
        self.leave(marker)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def encode_dict(self, dct, level, out):
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        entries = []
        for key, value in items:
            key = self.key_text(key)
            if key is not None:
                entries.append((_encode_str(key, self.ensure_ascii) + self.key_sep, value))
        self.encode_items(dct, entries, '{}', level, out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                    separators, default, sort_keys).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as JSON to fp, a file-like object with a write method."""
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_NUMBER_CHARS = '0123456789+-.eE'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _Parser:
    def __init__(self, s, object_hook, object_pairs_hook):
        self.s = s
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        for name, value in _CONSTANTS.items():
            if s.startswith(name, i):
                return value, i + len(name)
        if ch == '-' or '0' <= ch <= '9':
            return self.number(i)
        raise JSONDecodeError('Expecting value', s, i)

    def number(self, i):
        s = self.s
        start = i
        if s[i] == '-':
            i += 1
        if i >= len(s) or not '0' <= s[i] <= '9':
            raise JSONDecodeError('Expecting value', s, start)
        if s[i] == '0':
            i += 1
        else:
            while i < len(s) and '0' <= s[i] <= '9':
                i += 1
        is_float = False
        if i + 1 < len(s) and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 1
            while i < len(s) and '0' <= s[i] <= '9':
                i += 1
        if i < len(s) and s[i] in 'eE':
            j = i + 1
            if j < len(s) and s[j] in '+-':
                j += 1
            if j < len(s) and '0' <= s[j] <= '9':
                is_float = True
                i = j
                while i < len(s) and '0' <= s[i] <= '9':
                    i += 1
        text = s[start:i]
        return (float(text) if is_float else int(text)), i

    def string(self, i):
        s = self.s
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(s) and s[j] != '"' and s[j] != '\\' and s[j] >= ' ':
                j += 1
            chunks.append(s[i:j])
            if j >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            ch = s[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc == 'u':
                code = self.hex4(j + 2)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                    low = self.hex4(i + 2)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        i += 6
                chunks.append(chr(code))
                continue
            simple = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                      'r': '\r', 't': '\t'}.get(esc)
            if simple is None:
                raise JSONDecodeError('Invalid \\escape', s, j)
            chunks.append(simple)
            i = j + 2

    def hex4(self, i):
        text = self.s[i:i + 4]
        if len(text) == 4 and all(c in '0123456789abcdefABCDEF' for c in text):
            return int(text, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 1)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = self.skip(i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == ']':
                return items, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % s.__class__.__name__)
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    parser = _Parser(s, object_hook, object_pairs_hook)
    i = parser.skip(0)
    value, i = parser.value(i)
    end = parser.skip(i)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return value


def load(fp, **kw):
    """Deserialize fp (a file-like object with read) holding JSON."""
    return loads(fp.read(), **kw)
