"""String constants, capwords(), Template and Formatter (gilpy's own)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs when sep is None), capitalize each
    piece and join them back with sep (a single space when sep is None)."""
    joiner = ' ' if sep is None else sep
    return joiner.join([piece.capitalize() for piece in s.split(sep)])


import re as _re


# ---------------------------------------------------------------------------
# Template: $-substitution.

class _Layered:
    """Read-only mapping that consults several mappings in order."""

    def __init__(self, *layers):
        self._layers = layers

    def __getitem__(self, key):
        for layer in self._layers:
            try:
                return layer[key]
            except KeyError:
                pass
        raise KeyError(key)


_NO_MAPPING = object()


def _placeholder_regex(cls):
    """Compile the placeholder pattern for a Template class.

    A class that sets its own `pattern` keeps it; otherwise the regex is
    assembled from delimiter, idpattern and braceidpattern.  The groups
    are: escaped (delimiter doubled), named ($id), braced (${id}) and
    invalid (a delimiter followed by anything else).
    """
    if 'pattern' in cls.__dict__:
        source = cls.pattern
    else:
        delim = _re.escape(cls.delimiter)
        plain_id = cls.idpattern
        brace_id = cls.braceidpattern
        if brace_id is None:
            brace_id = plain_id
        source = (delim + '(?:'
                  + '(?P<escaped>' + delim + ')'
                  + '|(?P<named>' + plain_id + ')'
                  + '|{(?P<braced>' + brace_id + ')}'
                  + '|(?P<invalid>)'
                  + ')')
    if isinstance(source, str):
        source = _re.compile(source, cls.flags | _re.VERBOSE)
    return source


class Template:
    """A string with $-placeholders: $$ is a literal $, $name and ${name}
    are replaced from a mapping and/or keyword arguments."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pattern = _placeholder_regex(cls)

    def __init__(self, template):
        self.template = template

    def _where(self, match):
        # Report the position just after the delimiter as line/column,
        # both counted from 1.
        offset = match.start('invalid')
        before = self.template[:offset].splitlines(True)
        if not before:
            return 1, 1
        return len(before), len(before[-1])

    def _complain(self, match):
        line, column = self._where(match)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, column))

    @staticmethod
    def _lookup_source(mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _Layered(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup_source(mapping, kws)

        def replace(match):
            name = match.group('named')
            if name is None:
                name = match.group('braced')
            if name is not None:
                return str(values[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._complain(match)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup_source(mapping, kws)

        def replace(match):
            name = match.group('named')
            if name is None:
                name = match.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)

        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """True when the template has no invalid placeholders."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None
                    and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance."""
        found = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named')
            if name is None:
                name = match.group('braced')
            if name is not None:
                if name not in found:
                    found.append(name)
            elif (match.group('invalid') is None
                  and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return found


# The base class does not run its own __init_subclass__.
Template.pattern = _placeholder_regex(Template)


# ---------------------------------------------------------------------------
# Formatter: str.format() with overridable steps.

def _scan_format(text):
    """Yield (literal, field_name, format_spec, conversion) tuples for a
    format string, the way str.format() splits it."""
    size = len(text)
    pos = 0
    while pos < size:
        # Literal text up to the next brace.
        start = pos
        while pos < size and text[pos] not in '{}':
            pos += 1
        literal = text[start:pos]
        if pos == size:
            yield (literal, None, None, None)
            return
        brace = text[pos]
        if pos + 1 < size and text[pos + 1] == brace:
            # Doubled brace: the literal ends with one copy of it.
            yield (literal + brace, None, None, None)
            pos += 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        pos += 1
        if pos == size:
            raise ValueError("Single '{' encountered in format string")

        # Field name: ends at '!', ':' or '}'; [...] is skipped whole.
        start = pos
        while True:
            if pos >= size:
                raise ValueError("expected '}' before end of string")
            ch = text[pos]
            if ch == '[':
                while pos < size and text[pos] != ']':
                    pos += 1
                if pos >= size:
                    raise ValueError("expected '}' before end of string")
                pos += 1
                continue
            if ch == '{':
                raise ValueError("unexpected '{' in field name")
            if ch in '!:}':
                break
            pos += 1
        name = text[start:pos]

        conversion = None
        if text[pos] == '!':
            pos += 1
            if pos >= size:
                raise ValueError(
                    'end of string while looking for conversion specifier')
            conversion = text[pos]
            pos += 1
            if pos < size and text[pos] not in ':}':
                raise ValueError("expected ':' after conversion specifier")

        spec = ''
        if pos < size and text[pos] == ':':
            pos += 1
        elif pos < size and text[pos] == '}':
            yield (literal, name, spec, conversion)
            pos += 1
            continue
        # Format spec: runs to the '}' that balances the field's '{'.
        start = pos
        depth = 1
        while pos < size:
            ch = text[pos]
            if ch == '{':
                depth += 1
            elif ch == '}':
                depth -= 1
                if depth == 0:
                    break
            pos += 1
        if pos >= size:
            raise ValueError("unmatched '{' in format spec")
        spec = text[start:pos]
        pos += 1
        yield (literal, name, spec, conversion)


def _split_field_name(name):
    """Split 'a.b[0]' into 'a' and an iterator over (True, 'b'),
    (False, 0).

    The first part and bracketed keys become ints when they are all
    digits.  The rest is produced lazily, so a malformed tail is only
    reported once the earlier lookups have succeeded."""
    size = len(name)
    pos = 0
    while pos < size and name[pos] not in '.[':
        pos += 1
    head = name[:pos]
    if head.isdigit():
        head = int(head)
    return head, _field_steps(name, pos)


def _field_steps(name, pos):
    size = len(name)
    while pos < size:
        ch = name[pos]
        pos += 1
        if ch == '.':
            start = pos
            while pos < size and name[pos] not in '.[':
                pos += 1
            attr = name[start:pos]
            if not attr:
                raise ValueError('Empty attribute in format string')
            yield (True, attr)
        elif ch == '[':
            start = pos
            while pos < size and name[pos] != ']':
                pos += 1
            if pos >= size:
                raise ValueError("Missing ']' in format string")
            key = name[start:pos]
            pos += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit():
                key = int(key)
            yield (False, key)
            if pos < size and name[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in "
                                 "format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in "
                             "format field specifier")


class Formatter:
    """The machinery behind str.format(), split into overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._render(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _render(self, format_string, args, kwargs, used, depth_left,
                next_index):
        # next_index is the next automatic field number, or None once an
        # explicit number has been used.
        if depth_left < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if next_index is None:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(next_index)
                next_index += 1
            elif name.isdigit():
                if next_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                next_index = None
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_index = self._render(spec, args, kwargs, used,
                                            depth_left - 1, next_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), next_index

    def parse(self, format_string):
        """Return (literal_text, field_name, format_spec, conversion)
        tuples; the last three are None after a trailing literal."""
        return _scan_format(format_string)

    def get_field(self, field_name, args, kwargs):
        head, steps = _split_field_name(field_name)
        value = self.get_value(head, args, kwargs)
        for is_attribute, key in steps:
            if is_attribute:
                value = getattr(value, key)
            else:
                value = value[key]
        return value, head

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))
