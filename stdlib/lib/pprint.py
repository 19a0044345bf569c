"""Pretty-printing of Python data structures.

The public surface mirrors the standard library module of the same name:
pprint(), pformat(), pp(), saferepr(), isreadable(), isrecursive() and the
PrettyPrinter class.  An object whose one-line repr fits in the space left on
the current line is written as is; otherwise containers of the supported
kinds are broken up, one element per line, with nested values indented
under their opening bracket.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# ---------------------------------------------------------------------------
# module-level conveniences

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object to stream (sys.stdout by default)."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            stream=stream, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty form of object as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """One-line repr of object that survives self-referencing containers."""
    return _one_line(object)[0]


def isreadable(object):
    """True when the repr of object could be evaluated back into an equal value."""
    return _one_line(object)[1]


def isrecursive(object):
    """True when object contains a reference to itself."""
    return _one_line(object)[2]


def _one_line(obj):
    return PrettyPrinter()._flat(obj, {}, None, 0)


# ---------------------------------------------------------------------------
# small helpers

def _cycle_marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


class _Orderable:
    """Sort wrapper: uses the natural order when the values allow it and
    falls back to (type name, id) for values that cannot be compared."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_order(pair):
    return (_Orderable(pair[0]), _Orderable(pair[1]))


class _TextSink:
    """Minimal string accumulator with a file-like write()."""

    def __init__(self):
        self._pieces = []

    def write(self, text):
        self._pieces.append(text)

    def getvalue(self):
        return ''.join(self._pieces)


def _word_runs(text):
    """Cut text into runs of non-blanks each followed by its trailing blanks."""
    runs = []
    n = len(text)
    pos = 0
    while pos < n:
        end = pos
        while end < n and not text[end].isspace():
            end += 1
        while end < n and text[end].isspace():
            end += 1
        runs.append(text[pos:end])
        pos = end
    return runs


def _bytes_chunks(data, room, tail_reserve):
    """Yield reprs of consecutive slices of data (grown four bytes at a
    time) that each fit in room columns; the final slice must also leave
    tail_reserve columns free."""
    pending = b''
    final_start = (len(data) // 4) * 4
    for start in range(0, len(data), 4):
        block = data[start:start + 4]
        grown = pending + block
        if start == final_start:
            room -= tail_reserve
        if len(repr(grown)) > room:
            if pending:
                yield repr(pending)
            pending = block
        else:
            pending = grown
    if pending:
        yield repr(pending)


def _uses_generated_dataclass_repr(obj):
    cls = type(obj)
    if isinstance(obj, type) or not hasattr(cls, '__dataclass_fields__'):
        return False
    import dataclasses
    if not dataclasses.is_dataclass(obj):
        return False
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(obj.__repr__, '__wrapped__', None)
    if inner is None:
        return False
    return '__create_fn__' in getattr(inner, '__qualname__', '')


_PLAIN_TYPES = frozenset((str, bytes, bytearray, float, complex, bool,
                          type(None)))


# ---------------------------------------------------------------------------
# the printer

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Configure a printer.

        indent: extra columns added for each nesting level.
        width: the line length the printer tries to stay within.
        depth: nesting level beyond which contents are shown as '...'.
        stream: file-like target of pprint(); sys.stdout when omitted.
        compact: pack several short items on each line of a sequence.
        sort_dicts: order dictionary items by key.
        underscore_numbers: write ints with '_' thousands separators.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._limit = width
        self._max_depth = depth
        self._out = stream if stream is not None else _sys.stdout
        self._packed = bool(compact)
        self._ordered_keys = sort_dicts
        self._grouped_digits = underscore_numbers
        self._flag_readable = True
        self._flag_recursive = False

    # -- public methods ----------------------------------------------------

    def pprint(self, object):
        if self._out is not None:
            self._emit(object, self._out, 0, 0, {}, 0)
            self._out.write('\n')

    def pformat(self, object):
        sink = _TextSink()
        self._emit(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr string, readable flag, recursive flag) for object.

        context maps ids of the containers currently being rendered; a
        maxlevels of 0 or None means unlimited depth.  Subclasses may
        override this to change how individual values are shown."""
        return self._flat(object, context, maxlevels, level)

    # -- layout driver -----------------------------------------------------

    def _emit(self, obj, out, col, reserve, active, level):
        """Write obj at column col, keeping reserve columns free after it."""
        key = id(obj)
        if key in active:
            out.write(_cycle_marker(obj))
            self._flag_recursive = True
            self._flag_readable = False
            return
        text = self._short(obj, active, level)
        if len(text) > self._limit - col - reserve:
            splitter = self._splitter_for(obj)
            if splitter is None and _uses_generated_dataclass_repr(obj):
                splitter = PrettyPrinter._lay_dataclass
            if splitter is not None:
                active[key] = 1
                splitter(self, obj, out, col, reserve, active, level + 1)
                del active[key]
                return
        out.write(text)

    def _short(self, obj, active, level):
        text, readable, recursive = self.format(obj, active.copy(),
                                                self._max_depth, level)
        if not readable:
            self._flag_readable = False
        if recursive:
            self._flag_recursive = True
        return text

    _splitters = None

    @classmethod
    def _splitter_table(cls):
        table = PrettyPrinter.__dict__.get('_splitters')
        if table is None:
            import collections
            table = {
                dict.__repr__: PrettyPrinter._lay_dict,
                list.__repr__: PrettyPrinter._lay_list,
                tuple.__repr__: PrettyPrinter._lay_tuple,
                set.__repr__: PrettyPrinter._lay_set,
                frozenset.__repr__: PrettyPrinter._lay_set,
                str.__repr__: PrettyPrinter._lay_str,
                bytes.__repr__: PrettyPrinter._lay_bytes,
                bytearray.__repr__: PrettyPrinter._lay_bytearray,
                collections.OrderedDict.__repr__: PrettyPrinter._lay_ordereddict,
                collections.defaultdict.__repr__: PrettyPrinter._lay_defaultdict,
                collections.Counter.__repr__: PrettyPrinter._lay_counter,
                collections.ChainMap.__repr__: PrettyPrinter._lay_chainmap,
                collections.deque.__repr__: PrettyPrinter._lay_deque,
                collections.UserDict.__repr__: PrettyPrinter._lay_wrapped_data,
                collections.UserList.__repr__: PrettyPrinter._lay_wrapped_data,
                collections.UserString.__repr__: PrettyPrinter._lay_wrapped_data,
            }
            try:
                import types
            except ImportError:
                types = None
            if types is not None:
                proxy = getattr(types, 'MappingProxyType', None)
                if proxy is not None and proxy is not dict:
                    table[proxy.__repr__] = PrettyPrinter._lay_mappingproxy
                ns = getattr(types, 'SimpleNamespace', None)
                if ns is not None:
                    table[ns.__repr__] = PrettyPrinter._lay_namespace
            PrettyPrinter._splitters = table
        return table

    def _splitter_for(self, obj):
        try:
            return self._splitter_table().get(type(obj).__repr__)
        except TypeError:
            return None

    # -- shared pieces -----------------------------------------------------

    def _pad_after_open(self, out):
        if self._step > 1:
            out.write(' ' * (self._step - 1))

    def _sequence_body(self, elements, out, col, reserve, active, level):
        """Lay out elements one per line (or packed when compact)."""
        col += self._step
        self._pad_after_open(out)
        newline = ',\n' + ' ' * col
        full = self._limit - col + 1
        left = full
        source = iter(elements)
        try:
            upcoming = next(source)
        except StopIteration:
            return
        sep = ''
        done = False
        while not done:
            current = upcoming
            try:
                upcoming = next(source)
            except StopIteration:
                done = True
                full -= reserve
                left -= reserve
            if self._packed:
                text = self._short(current, active, level)
                need = len(text) + 2
                if left < need:
                    left = full
                    if sep:
                        sep = newline
                if left >= need:
                    left -= need
                    out.write(sep)
                    sep = ', '
                    out.write(text)
                    continue
            out.write(sep)
            sep = newline
            self._emit(current, out, col, reserve if done else 1, active,
                       level)

    def _mapping_body(self, pairs, out, col, reserve, active, level):
        """Lay out key: value pairs, one per line."""
        col += self._step
        newline = ',\n' + ' ' * col
        pairs = list(pairs)
        final = len(pairs) - 1
        for pos, (k, v) in enumerate(pairs):
            ktext = self._short(k, active, level)
            out.write(ktext)
            out.write(': ')
            self._emit(v, out, col + len(ktext) + 2,
                       reserve if pos == final else 1, active, level)
            if pos != final:
                out.write(newline)

    def _keyword_body(self, pairs, out, col, reserve, active, level):
        """Lay out name=value pairs, one per line, starting at col."""
        newline = ',\n' + ' ' * col
        pairs = list(pairs)
        final = len(pairs) - 1
        for pos, (name, v) in enumerate(pairs):
            out.write(name)
            out.write('=')
            if id(v) in active:
                out.write('...')
            else:
                self._emit(v, out, col + len(name) + 1,
                           reserve if pos == final else 1, active, level)
            if pos != final:
                out.write(newline)

    def _dict_pairs(self, mapping):
        if self._ordered_keys:
            return sorted(mapping.items(), key=_pair_order)
        return mapping.items()

    # -- per-type layouts --------------------------------------------------

    def _lay_dict(self, obj, out, col, reserve, active, level):
        out.write('{')
        self._pad_after_open(out)
        if len(obj):
            self._mapping_body(self._dict_pairs(obj), out, col, reserve + 1,
                               active, level)
        out.write('}')

    def _lay_ordereddict(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._emit(list(obj.items()), out, col + len(name) + 1, reserve + 1,
                   active, level)
        out.write(')')

    def _lay_list(self, obj, out, col, reserve, active, level):
        out.write('[')
        self._sequence_body(obj, out, col, reserve + 1, active, level)
        out.write(']')

    def _lay_tuple(self, obj, out, col, reserve, active, level):
        out.write('(')
        closer = ',)' if len(obj) == 1 else ')'
        self._sequence_body(obj, out, col, reserve + len(closer), active,
                            level)
        out.write(closer)

    def _lay_set(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            out.write('{')
            closer = '}'
        else:
            out.write(kind.__name__ + '({')
            closer = '})'
            col += len(kind.__name__) + 1
        members = sorted(obj, key=_Orderable)
        self._sequence_body(members, out, col, reserve + len(closer), active,
                            level)
        out.write(closer)

    def _lay_str(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            col += 1
            reserve += 1
        room = self._limit - col
        lines = obj.splitlines(True)
        last_line = len(lines) - 1
        pieces = []
        for ln, line in enumerate(lines):
            line_room = room - reserve if ln == last_line else room
            if len(repr(line)) <= line_room:
                pieces.append(repr(line))
                continue
            runs = _word_runs(line)
            acc = ''
            run_room = room
            for rn, run in enumerate(runs):
                trial = acc + run
                if ln == last_line and rn == len(runs) - 1:
                    run_room -= reserve
                if len(repr(trial)) > run_room:
                    if acc:
                        pieces.append(repr(acc))
                    acc = run
                else:
                    acc = trial
            if acc:
                pieces.append(repr(acc))
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        if outermost:
            out.write('(')
        out.write(('\n' + ' ' * col).join(pieces))
        if outermost:
            out.write(')')

    def _lay_bytes(self, obj, out, col, reserve, active, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            col += 1
            reserve += 1
            out.write('(')
        chunks = list(_bytes_chunks(obj, self._limit - col, reserve))
        out.write(('\n' + ' ' * col).join(chunks))
        if outermost:
            out.write(')')

    def _lay_bytearray(self, obj, out, col, reserve, active, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(obj), out, col + 10, reserve + 1, active,
                        level + 1)
        out.write(')')

    def _lay_mappingproxy(self, obj, out, col, reserve, active, level):
        out.write('mappingproxy(')
        self._emit(obj.copy(), out, col + 13, reserve + 1, active, level)
        out.write(')')

    def _lay_namespace(self, obj, out, col, reserve, active, level):
        import types
        if type(obj) is types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(obj).__name__
        out.write(name + '(')
        self._keyword_body(obj.__dict__.items(), out, col + len(name) + 1,
                           reserve, active, level)
        out.write(')')

    def _lay_dataclass(self, obj, out, col, reserve, active, level):
        import dataclasses
        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        out.write(name + '(')
        self._keyword_body(shown, out, col + len(name) + 1, reserve, active,
                           level)
        out.write(')')

    def _lay_defaultdict(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        factory = self._short(obj.default_factory, active, level)
        name = type(obj).__name__
        col += len(name) + 1
        out.write('%s(%s,\n%s' % (name, factory, ' ' * col))
        self._lay_dict(obj, out, col, reserve + 1, active, level)
        out.write(')')

    def _lay_counter(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        self._pad_after_open(out)
        self._mapping_body(obj.most_common(), out, col + len(name) + 1,
                           reserve + 2, active, level)
        out.write('})')

    def _lay_chainmap(self, obj, out, col, reserve, active, level):
        if not len(obj.maps):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        col += len(name) + 1
        final = len(obj.maps) - 1
        for pos, sub in enumerate(obj.maps):
            if pos == final:
                self._emit(sub, out, col, reserve + 1, active, level)
                out.write(')')
            else:
                self._emit(sub, out, col, 1, active, level)
                out.write(',\n' + ' ' * col)

    def _lay_deque(self, obj, out, col, reserve, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '([')
        col += len(name) + 1
        if obj.maxlen is None:
            self._sequence_body(obj, out, col, reserve + 2, active, level)
            out.write('])')
        else:
            self._sequence_body(obj, out, col, 2, active, level)
            limit = self._short(obj.maxlen, active, level)
            out.write('],\n%smaxlen=%s)' % (' ' * col, limit))

    def _lay_wrapped_data(self, obj, out, col, reserve, active, level):
        # UserDict / UserList / UserString: show the underlying data
        self._emit(obj.data, out, col, reserve, active, level - 1)

    # -- one-line rendering ------------------------------------------------

    def _flat(self, obj, active, max_levels, level):
        kind = type(obj)
        if kind in _PLAIN_TYPES:
            return repr(obj), True, False
        own_repr = getattr(kind, '__repr__', None)

        if issubclass(kind, int) and own_repr is int.__repr__:
            if self._grouped_digits:
                return format(obj, '_d'), True, False
            return repr(obj), True, False

        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not obj:
                return '{}', True, False
            pairs = self._dict_pairs(obj)
            return self._flat_container(obj, pairs, '{', '}', True, active,
                                        max_levels, level)

        if issubclass(kind, list) and own_repr is list.__repr__:
            if not obj:
                return '[]', True, False
            return self._flat_container(obj, obj, '[', ']', False, active,
                                        max_levels, level)

        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if len(obj) == 1:
                return self._flat_container(obj, obj, '(', ',)', False,
                                            active, max_levels, level)
            if not obj:
                return '()', True, False
            return self._flat_container(obj, obj, '(', ')', False, active,
                                        max_levels, level)

        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_container(self, obj, entries, opener, closer, keyed, active,
                        max_levels, level):
        key = id(obj)
        if max_levels and level >= max_levels:
            return opener + '...' + closer, False, key in active
        if key in active:
            return _cycle_marker(obj), False, True
        active[key] = 1
        all_readable = True
        any_recursive = False
        parts = []
        deeper = level + 1
        if keyed:
            for k, v in entries:
                ktext, kread, krec = self.format(k, active, max_levels, deeper)
                vtext, vread, vrec = self.format(v, active, max_levels, deeper)
                parts.append(ktext + ': ' + vtext)
                all_readable = all_readable and kread and vread
                if krec or vrec:
                    any_recursive = True
        else:
            for item in entries:
                text, read, rec = self.format(item, active, max_levels, deeper)
                parts.append(text)
                if not read:
                    all_readable = False
                if rec:
                    any_recursive = True
        del active[key]
        return opener + ', '.join(parts) + closer, all_readable, any_recursive
