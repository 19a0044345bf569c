"""Pretty-printing of Python data structures (gilpy implementation).

pprint(), pformat(), pp(), saferepr(), isreadable(), isrecursive() and the
PrettyPrinter class, laid out the way CPython 3.11 lays them out.
"""

import sys as _sys
import collections as _collections
import dataclasses as _dataclasses

try:
    import types as _types
except ImportError:        # gilpy has no types module yet
    _types = None

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed representation of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that guards against recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True if eval(saferepr(object)) could rebuild object."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True if object contains a reference to itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    """Orders arbitrary objects: natural order when it exists, otherwise by
    (type name, id)."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _item_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Buffer:
    """Minimal string accumulator (avoids depending on io)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


def _split_words(line):
    """Equivalent of re.findall(r'\\S*\\s*', line) without the final ''."""
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _bytes_pieces(data, width, allowance):
    pieces = []
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                pieces.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        pieces.append(repr(current))
    return pieces


def _generated_dataclass_repr(obj):
    cls = type(obj)
    params = getattr(cls, '__dataclass_params__', None)
    r = cls.__repr__
    if params is not None:
        if not params.repr:
            return False
        wrapped = getattr(r, '__wrapped__', None)
        return wrapped is not None and '__create_fn__' in wrapped.__qualname__
    # gilpy's dataclasses builds __repr__ via exec() with its own globals
    g = getattr(r, '__globals__', None)
    return isinstance(g, dict) and '__dataclass_object__' in g


try:
    _bytearray = bytearray
except NameError:          # gilpy has no bytearray yet
    _bytearray = None

try:
    _complex = complex
except NameError:          # gilpy has no complex type yet
    _complex = None

_scalar_types = frozenset(t for t in (str, bytes, _bytearray, float, _complex, bool, type(None))
                          if t is not None)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API -------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        buf = _Buffer()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr string, readable flag, recursive flag)."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout -------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            handler = self._dispatch.get(type(object).__repr__, None)
            if handler is not None:
                context[key] = 1
                handler(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if (_dataclasses.is_dataclass(object)
                    and not isinstance(object, type)
                    and _generated_dataclass_repr(object)):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_SortKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width = self._width - indent
        max_width1 = max_width
        rep = ''
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if last_line:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _split_words(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if last_line and j == len(parts) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        for i, piece in enumerate(chunks):
            if i > 0:
                stream.write('\n' + ' ' * indent)
            stream.write(piece)
        if level == 1:
            stream.write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        first = True
        for piece in _bytes_pieces(object, self._width - indent, allowance):
            if not first:
                stream.write('\n' + ' ' * indent)
            stream.write(piece)
            first = False
        if parens:
            stream.write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        stream.write(')')

    if _bytearray is not None:
        _dispatch[_bytearray.__repr__] = _pprint_bytearray

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        sep = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # mirrors the "..." a recursive dataclass repr shows
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        sep_nl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        count = len(items)
        for i, ent in enumerate(items):
            last = i == count - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                need = len(rep) + 2
                if width < need:
                    width = max_width
                    if delim:
                        delim = sep_nl
                if width >= need:
                    width -= need
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = sep_nl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(object.maps):
            if i == len(object.maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    if hasattr(_collections, 'ChainMap'):
        _dispatch[_collections.ChainMap.__repr__] = _pprint_chain_map

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    if hasattr(_collections, 'UserDict'):
        _dispatch[_collections.UserDict.__repr__] = _pprint_user_dict
    if hasattr(_collections, 'UserList'):
        _dispatch[_collections.UserList.__repr__] = _pprint_user_list
    if hasattr(_collections, 'UserString'):
        _dispatch[_collections.UserString.__repr__] = _pprint_user_string

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    if _types is not None:
        if hasattr(_types, 'MappingProxyType'):
            _dispatch[_types.MappingProxyType.__repr__] = _pprint_mappingproxy
        if hasattr(_types, 'SimpleNamespace'):
            _dispatch[_types.SimpleNamespace.__repr__] = _pprint_simplenamespace

    # -- single-line representations ---------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _scalar_types:
            return repr(object), True, False

        r = getattr(typ, "__repr__", None)

        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_key)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive

        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                fmt = "[%s]"
            elif len(object) == 1:
                fmt = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                fmt = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecur = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
            del context[key]
            return fmt % ", ".join(parts), readable, recursive

        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False
