"""re: regular expression matching with CPython 3.11's syntax, results and error
messages, written in plain Python.

How it works: a pattern is parsed into a small tree of tuples, the tree is compiled
into a list of instructions, and a backtracking machine runs the instructions. The
machine keeps its choice points on an explicit list rather than on the Python call
stack, so long subjects and long repetitions do not hit the recursion limit.
Repetitions of a single-character item (`\\w+`, `[^,]*`, `.*?`) run as a tight loop;
a search skips ahead with str.find when the pattern starts with literal text.

bytes patterns are handled by decoding pattern and subject as latin-1 and matching
with ASCII semantics; results are sliced from the original bytes.

Not provided: the LOCALE flag, `\\N{...}` escapes, re.Scanner, the DEBUG dump and
full Unicode case folding (IGNORECASE compares lower/upper case forms).
"""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern',
           'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

# ---------------------------------------------------------------------------
# Flags

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
               (256, 'ASCII')]


def _flags_text(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return '|'.join(names)


class RegexFlag(int):
    """An int that prints as the re flags it holds, e.g. re.IGNORECASE|re.MULTILINE."""

    def __repr__(self):
        if self == 0:
            return 're.NOFLAG'
        return _flags_text(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class error(Exception):
    """Raised for an invalid regular expression, with the position of the problem."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'

# ---------------------------------------------------------------------------
# Character tests
#
# A single-character item is a tuple (kind, data, pred): `kind` says how the machine
# tests a character quickly, `data` is what it tests against and `pred(ch)` is the
# same test as a function, for the slower paths.

_LIT = 0      # data: the character
_SET = 1      # data: a frozenset of characters that match
_NSET = 2     # data: a frozenset of characters that do not match
_NLIT = 3     # data: the one character that does not match
_PRED = 4     # data: a function ch -> bool
_ANY = 5      # any character but newline
_ANYALL = 6   # any character

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ASCII_WORD = frozenset(_ASCII_LETTERS + _DIGITS + '_')
_ASCII_DIGIT = frozenset(_DIGITS)
_ASCII_SPACE = frozenset(' \t\n\r\f\v')
_WHITESPACE = ' \t\n\r\f\v'


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_word_ascii(ch):
    return ch in _ASCII_WORD


def _not_word(ch):
    return not (ch.isalnum() or ch == '_')


def _is_decimal_checked(ch):
    # Workaround: some str.isdecimal() implementations also accept digits that are
    # not decimal, such as '\u00bd'; int() only takes real decimal digits.
    if ch < '\x80':
        return '0' <= ch <= '9'
    if not ch.isdecimal():
        return False
    try:
        int(ch)
    except ValueError:
        return False
    return True


def _is_space_checked(ch):
    # Workaround: some str.isspace() implementations miss '\x1c'-'\x1f'.
    return ch.isspace() or '\x1c' <= ch <= '\x1f'


_is_decimal = _is_decimal_checked if '\u00bd'.isdecimal() else str.isdecimal
_is_space = str.isspace if '\x1c'.isspace() else _is_space_checked


def _not_digit(ch):
    return not _is_decimal(ch)


def _not_space(ch):
    return not _is_space(ch)


# The categories \d \w \s and their negations: letter -> (is_ascii -> test).
def _category(letter, ascii_only):
    if ascii_only:
        base = {'d': _ASCII_DIGIT, 'w': _ASCII_WORD, 's': _ASCII_SPACE}[letter.lower()]
        if letter.islower():
            return (_SET, base, base.__contains__)
        return (_NSET, base, lambda ch: ch not in base)
    if letter == 'd':
        return (_PRED, _is_decimal, _is_decimal)
    if letter == 'D':
        return (_PRED, _not_digit, _not_digit)
    if letter == 'w':
        return (_PRED, _is_word, _is_word)
    if letter == 'W':
        return (_PRED, _not_word, _not_word)
    if letter == 's':
        return (_PRED, _is_space, _is_space)
    return (_PRED, _not_space, _not_space)


# Characters that match each other under IGNORECASE although lower()/upper() of one
# does not give the other (CPython has the same table).
_CASE_GROUPS = ['iı', 'sſ', 'µμ', 'ͅιι', 'ΐΐ',
                'ΰΰ', 'βϐ', 'εϵ', 'θϑ', 'κϰ',
                'πϖ', 'ρϱ', 'ςσ', 'φϕ', 'ṡẛ',
                'ﬅﬆ', 'kK', 'åÅ', 'ωΩ', 'ßẞ']
_CASE_GROUP_OF = {}
for _group in _CASE_GROUPS:
    for _ch in _group:
        _CASE_GROUP_OF[_ch] = _group


def _case_variants(ch, ascii_only):
    """The characters that match `ch` under IGNORECASE."""
    if ascii_only:
        if ch in _ASCII_LETTERS:
            return {ch.lower(), ch.upper()}
        return {ch}
    out = {ch}
    todo = [ch]
    while todo:
        c = todo.pop()
        for other in (c.lower(), c.upper()):
            if len(other) == 1 and other not in out:
                out.add(other)
                todo.append(other)
        for other in _CASE_GROUP_OF.get(c, ''):
            if other not in out:
                out.add(other)
                todo.append(other)
    return out


def _literal_test(ch, icase, ascii_only):
    if icase:
        variants = _case_variants(ch, ascii_only)
        if len(variants) > 1:
            chars = frozenset(variants)
            return (_SET, chars, chars.__contains__)
    return (_LIT, ch, lambda c: c == ch)


def _class_test(chars, ranges, cats, negate, icase, ascii_only):
    """Combine the pieces of a [...] class into one character test."""
    chars = set(chars)
    big = []
    for lo, hi in ranges:
        if hi - lo < 256:
            for code in range(lo, hi + 1):
                chars.add(chr(code))
        else:
            big.append((lo, hi))
    if icase:
        for ch in list(chars):
            chars.update(_case_variants(ch, ascii_only))
    chars = frozenset(chars)
    if not big and not cats:
        if negate:
            if len(chars) == 1:
                only = list(chars)[0]
                return (_NLIT, only, lambda c: c != only)
            return (_NSET, chars, lambda c: c not in chars)
        if len(chars) == 1:
            only = list(chars)[0]
            return (_LIT, only, lambda c: c == only)
        return (_SET, chars, chars.__contains__)
    preds = [cat[2] for cat in cats]

    def base(c):
        if c in chars:
            return True
        code = ord(c)
        for lo, hi in big:
            if lo <= code <= hi:
                return True
        for pred in preds:
            if pred(c):
                return True
        return False

    if icase and big:
        def test(c):
            if base(c):
                return True
            low = c.lower()
            if len(low) == 1 and low != c and base(low):
                return True
            up = c.upper()
            return len(up) == 1 and up != c and base(up)
    else:
        test = base
    if negate:
        def negated(c):
            return not test(c)
        return (_PRED, negated, negated)
    return (_PRED, test, test)


# ---------------------------------------------------------------------------
# Parser: pattern text -> tree
#
# Tree nodes are tuples:
#   ('char', test)                 one character, test as above
#   ('at', kind)                   a zero-width assertion (see _AT_* below)
#   ('group', index, node)         capturing group (index) or None for (?:...)
#   ('seq', [nodes]) / ('alt', [nodes])
#   ('rep', node, min, max, greedy)
#   ('atomic', node)               (?>...) and possessive repeats
#   ('ref', index, icase)          backreference
#   ('look', behind, negate, node, width)   width: for a lookbehind
#   ('cond', index, yes, no)       (?(1)yes|no)

_AT_BEGIN = 0        # \A, and ^ without MULTILINE
_AT_BOL = 1          # ^ with MULTILINE
_AT_EOL = 2          # $ without MULTILINE: end, or before a final newline
_AT_EOL_M = 3        # $ with MULTILINE
_AT_END = 4          # \Z
_AT_BOUND = 5        # \b
_AT_NBOUND = 6       # \B
_AT_BOUND_A = 7      # \b with ASCII
_AT_NBOUND_A = 8     # \B with ASCII

_EMPTY = ('seq', [])

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}

_FLAG_LETTERS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}

_REPEAT_CHARS = '*+?{'


class _Parser:
    def __init__(self, source, pattern, flags, is_bytes):
        self.src = source          # always a str
        self.pattern = pattern     # as given, for error messages
        self.pos = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.groupindex = {}
        self.open_groups = []
        self.group_widths = {}
        # Inside a lookbehind: the first group number that belongs to it.
        self.lookbehind_start = None

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    def ascii_only(self, flags):
        return self.is_bytes or bool(flags & ASCII)

    def parse(self):
        node = self.parse_alt(self.flags, 0)
        if self.pos < len(self.src):
            raise self.error('unbalanced parenthesis', self.pos)
        return node

    def parse_alt(self, flags, nested):
        branches = []
        while True:
            if nested == 0:
                flags = self.flags
            branches.append(self.parse_seq(flags, nested, nested == 0 and not branches))
            if self.pos < len(self.src) and self.src[self.pos] == '|':
                self.pos += 1
                continue
            break
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def skip_verbose(self):
        src = self.src
        n = len(src)
        while self.pos < n:
            c = src[self.pos]
            if c in _WHITESPACE:
                self.pos += 1
            elif c == '#':
                nl = src.find('\n', self.pos)
                self.pos = n if nl < 0 else nl + 1
            else:
                break

    def parse_seq(self, flags, nested, first):
        src = self.src
        n = len(src)
        items = []
        # True while the last item is a repeat made by a quantifier (for "multiple repeat").
        last_was_repeat = False
        while True:
            if flags & VERBOSE:
                self.skip_verbose()
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == '|' or c == ')':
                break
            start = self.pos
            if c in _REPEAT_CHARS:
                quant = self.parse_quantifier()
                if quant is None:       # a '{' that does not start {m,n}
                    self.pos = start + 1
                    items.append(('char', _literal_test('{', flags & IGNORECASE, self.ascii_only(flags))))
                    last_was_repeat = False
                    continue
                mn, mx = quant
                if not items or items[-1][0] == 'at':
                    raise self.error('nothing to repeat', start)
                if last_was_repeat:
                    raise self.error('multiple repeat', start)
                if mn > mx:
                    raise self.error('min repeat greater than max repeat', start + 1)
                item = items[-1]
                if self.pos < n and src[self.pos] == '?':
                    self.pos += 1
                    items[-1] = ('rep', item, mn, mx, False)
                elif self.pos < n and src[self.pos] == '+':
                    self.pos += 1
                    items[-1] = ('atomic', ('rep', item, mn, mx, True))
                else:
                    items[-1] = ('rep', item, mn, mx, True)
                last_was_repeat = True
                continue
            last_was_repeat = False
            if c == '(':
                node = self.parse_group(flags, nested, first and not items)
                if node is None:
                    continue
                if node == 'global':
                    flags = self.flags
                    continue
                items.append(node)
                continue
            self.pos += 1
            if c == '[':
                items.append(('char', self.parse_class(flags, start)))
            elif c == '.':
                items.append(('char', (_ANYALL, None, lambda ch: True) if flags & DOTALL
                              else (_ANY, None, lambda ch: ch != '\n')))
            elif c == '^':
                items.append(('at', _AT_BOL if flags & MULTILINE else _AT_BEGIN))
            elif c == '$':
                items.append(('at', _AT_EOL_M if flags & MULTILINE else _AT_EOL))
            elif c == '\\':
                items.append(self.parse_escape(flags, start))
            else:
                items.append(('char', _literal_test(c, flags & IGNORECASE, self.ascii_only(flags))))
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    def parse_quantifier(self):
        """Read * + ? or {m,n} at self.pos; None for a '{' that is a plain character."""
        src = self.src
        c = src[self.pos]
        if c == '*':
            self.pos += 1
            return 0, _MAXREPEAT
        if c == '+':
            self.pos += 1
            return 1, _MAXREPEAT
        if c == '?':
            self.pos += 1
            return 0, 1
        i = self.pos + 1
        n = len(src)
        if i < n and src[i] == '}':
            return None
        lo_start = i
        while i < n and src[i] in _DIGITS:
            i += 1
        lo = src[lo_start:i]
        if i < n and src[i] == ',':
            i += 1
            hi_start = i
            while i < n and src[i] in _DIGITS:
                i += 1
            hi = src[hi_start:i]
        else:
            hi = lo
        if i >= n or src[i] != '}':
            return None
        self.pos = i + 1
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else _MAXREPEAT
        if mn >= _MAXREPEAT or (hi and mx >= _MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        return mn, mx

    def read_name(self, terminator, start):
        """Read a group name up to `terminator`; self.pos is just past the opening."""
        end = self.src.find(terminator, self.pos)
        if self.pos >= len(self.src):
            raise self.error('missing group name', self.pos)
        if end < 0:
            raise self.error('missing %s, unterminated name' % terminator, self.pos)
        name = self.src[self.pos:end]
        if not name:
            raise self.error('missing group name', self.pos)
        name_pos = self.pos
        self.pos = end + 1
        return name, name_pos

    def check_name(self, name, pos):
        if not name.isidentifier() or (self.is_bytes and not name.isascii()):
            raise self.error('bad character in group name %r' % name, pos)

    def parse_group(self, flags, nested, first):
        src = self.src
        n = len(src)
        start = self.pos
        self.pos += 1
        index = None
        if self.pos < n and src[self.pos] == '?':
            self.pos += 1
            if self.pos >= n:
                raise self.error('unexpected end of pattern', self.pos)
            c = src[self.pos]
            self.pos += 1
            if c == ':':
                pass
            elif c == 'P':
                if self.pos >= n:
                    raise self.error('unexpected end of pattern', self.pos)
                c = src[self.pos]
                self.pos += 1
                if c == '<':
                    name, name_pos = self.read_name('>', start)
                    self.check_name(name, name_pos)
                    index = self.new_group(name, name_pos)
                elif c == '=':
                    name, name_pos = self.read_name(')', start)
                    self.check_name(name, name_pos)
                    if name not in self.groupindex:
                        raise self.error('unknown group name %r' % name, name_pos)
                    ref = self.groupindex[name]
                    if ref in self.open_groups:
                        raise self.error('cannot refer to an open group', name_pos)
                    self.check_lookbehind_ref(ref)
                    return ('ref', ref, bool(flags & IGNORECASE))
                else:
                    raise self.error('unknown extension ?P' + c, start + 1)
            elif c == '#':
                end = src.find(')', self.pos)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.pos = end + 1
                return None
            elif c in '=!':
                body = self.parse_alt(flags, nested + 1)
                self.expect_close(start)
                return ('look', False, c == '!', body, 0)
            elif c == '<':
                if self.pos >= n:
                    raise self.error('unexpected end of pattern', self.pos)
                c = src[self.pos]
                self.pos += 1
                if c not in '=!':
                    raise self.error('unknown extension ?<' + c, start + 1)
                outer = self.lookbehind_start
                if outer is None:
                    self.lookbehind_start = self.ngroups + 1
                body = self.parse_alt(flags, nested + 1)
                self.expect_close(start)
                self.lookbehind_start = outer
                lo, hi = _width(body, self.group_widths)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', True, c == '!', body, lo)
            elif c == '>':
                body = self.parse_alt(flags, nested + 1)
                self.expect_close(start)
                return ('atomic', body)
            elif c == '(':
                return self.parse_conditional(flags, nested, start)
            elif c in _FLAG_LETTERS or c == '-':
                self.pos -= 1
                result = self.parse_flags(flags, start, nested, first)
                if result == 'global':
                    return 'global'
                flags = result
            else:
                raise self.error('unknown extension ?' + c, start + 1)
        else:
            index = self.new_group(None, start)
        if index is not None:
            self.open_groups.append(index)
        body = self.parse_alt(flags, nested + 1)
        self.expect_close(start)
        if index is not None:
            self.open_groups.remove(index)
            self.group_widths[index] = _width(body, self.group_widths)
            return ('group', index, body)
        return ('group', None, body)

    def check_lookbehind_ref(self, ref):
        if self.lookbehind_start is not None and ref >= self.lookbehind_start:
            raise self.error('cannot refer to group defined in the same lookbehind subpattern',
                             self.pos)

    def expect_close(self, start):
        if self.pos >= len(self.src) or self.src[self.pos] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.pos += 1

    def new_group(self, name, pos):
        self.ngroups += 1
        if self.ngroups >= _MAXGROUPS:
            raise self.error('too many groups', pos)
        if name is not None:
            if name in self.groupindex:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, self.ngroups, self.groupindex[name]), pos)
            self.groupindex[name] = self.ngroups
        return self.ngroups

    def parse_conditional(self, flags, nested, start):
        name, name_pos = self.read_name(')', start)
        if name.isdigit() and name.isascii():
            ref = int(name)
            if ref == 0:
                raise self.error('bad group number', name_pos)
        else:
            self.check_name(name, name_pos)
            if name not in self.groupindex:
                raise self.error('unknown group name %r' % name, name_pos)
            ref = self.groupindex[name]
        yes = self.parse_seq(flags, nested + 1, False)
        no = _EMPTY
        if self.pos < len(self.src) and self.src[self.pos] == '|':
            self.pos += 1
            no = self.parse_seq(flags, nested + 1, False)
            if self.pos < len(self.src) and self.src[self.pos] == '|':
                raise self.error('conditional backref with more than two branches', self.pos)
        self.expect_close(start)
        if ref > self.ngroups:
            raise self.error('invalid group reference %d' % ref, name_pos)
        return ('cond', ref, yes, no)

    def parse_flags(self, flags, start, nested, first):
        src = self.src
        n = len(src)
        add = 0
        remove = 0
        while self.pos < n and src[self.pos] in _FLAG_LETTERS:
            add |= _FLAG_LETTERS[src[self.pos]]
            self.pos += 1
        if self.pos < n and src[self.pos] == ')':
            self.pos += 1
            if not first:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= add
            return 'global'
        if self.pos < n and src[self.pos] == '-':
            self.pos += 1
            if self.pos >= n:
                raise self.error('missing flag', self.pos)
            while self.pos < n and src[self.pos] in _FLAG_LETTERS:
                letter = src[self.pos]
                if letter in 'aLu':
                    raise self.error('bad inline flags: cannot turn off flags '
                                     "'a', 'u' and 'L'", self.pos)
                remove |= _FLAG_LETTERS[letter]
                self.pos += 1
            if self.pos >= n or src[self.pos] != ':':
                if self.pos < n and src[self.pos].isalpha():
                    raise self.error('unknown flag', self.pos)
                raise self.error('missing :', self.pos)
        elif self.pos >= n or src[self.pos] != ':':
            if self.pos < n and src[self.pos].isalpha():
                raise self.error('unknown flag', self.pos)
            raise self.error('missing -, : or )', self.pos)
        self.pos += 1
        return (flags | add) & ~remove

    def parse_escape(self, flags, start):
        src = self.src
        n = len(src)
        if self.pos >= n:
            raise self.error('bad escape (end of pattern)', start)
        c = src[self.pos]
        self.pos += 1
        if c in 'dDwWsS':
            return ('char', _category(c, self.ascii_only(flags)))
        if c == 'A':
            return ('at', _AT_BEGIN)
        if c == 'Z':
            return ('at', _AT_END)
        if c == 'b' or c == 'B':
            if self.ascii_only(flags):
                return ('at', _AT_BOUND_A if c == 'b' else _AT_NBOUND_A)
            return ('at', _AT_BOUND if c == 'b' else _AT_NBOUND)
        if c in _DIGITS:
            if c == '0':
                digits = c
                while len(digits) < 3 and self.pos < n and src[self.pos] in _OCTDIGITS:
                    digits += src[self.pos]
                    self.pos += 1
                return self.literal(chr(int(digits, 8)), flags)
            digits = c
            if self.pos < n and src[self.pos] in _DIGITS:
                digits += src[self.pos]
                self.pos += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and
                        self.pos < n and src[self.pos] in _OCTDIGITS):
                    digits += src[self.pos]
                    self.pos += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range 0-0o377'
                                         % digits, start)
                    return self.literal(chr(value), flags)
            ref = int(digits)
            if ref > self.ngroups:
                raise self.error('invalid group reference %d' % ref, start + 1)
            if ref in self.open_groups:
                raise self.error('cannot refer to an open group', start)
            self.check_lookbehind_ref(ref)
            return ('ref', ref, bool(flags & IGNORECASE))
        ch = self.simple_escape(c, start)
        return self.literal(ch, flags)

    def literal(self, ch, flags):
        return ('char', _literal_test(ch, flags & IGNORECASE, self.ascii_only(flags)))

    def simple_escape(self, c, start):
        """Escapes that stand for one character, in and out of classes."""
        src = self.src
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c == 'x' or (not self.is_bytes and c in 'uU'):
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = ''
            while len(digits) < size and self.pos < len(src) and src[self.pos] in _HEXDIGITS:
                digits += src[self.pos]
                self.pos += 1
            if len(digits) < size:
                raise self.error('incomplete escape \\%s%s' % (c, digits), start)
            value = int(digits, 16)
            if value > 0x10ffff:
                raise self.error('bad escape \\%s%s' % (c, digits), start)
            return chr(value)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error('bad escape \\' + c, start)
        return c

    def parse_class(self, flags, start):
        src = self.src
        n = len(src)
        negate = False
        if self.pos < n and src[self.pos] == '^':
            negate = True
            self.pos += 1
        chars = []
        ranges = []
        cats = []
        ascii_only = self.ascii_only(flags)
        first = True
        while True:
            if self.pos >= n:
                raise self.error('unterminated character set', start)
            item_start = self.pos
            c = src[self.pos]
            self.pos += 1
            if c == ']' and not first:
                break
            first = False
            lo = self.class_item(c, item_start, ascii_only)
            if (self.pos + 1 < n and src[self.pos] == '-' and src[self.pos + 1] != ']'):
                self.pos += 1
                hi_start = self.pos
                c2 = src[self.pos]
                self.pos += 1
                hi = self.class_item(c2, hi_start, ascii_only)
                if isinstance(lo, tuple) or isinstance(hi, tuple):
                    raise self.error('bad character range %s' % src[item_start:self.pos],
                                     item_start)
                if ord(hi) < ord(lo):
                    raise self.error('bad character range %s' % src[item_start:self.pos],
                                     item_start)
                ranges.append((ord(lo), ord(hi)))
            elif isinstance(lo, tuple):
                cats.append(lo)
            else:
                chars.append(lo)
        return _class_test(chars, ranges, cats, negate, flags & IGNORECASE, ascii_only)

    def class_item(self, c, start, ascii_only):
        """One class member: a character, or a category test tuple for \\d etc."""
        if c != '\\':
            return c
        src = self.src
        if self.pos >= len(src):
            raise self.error('unterminated character set', start - 1)
        c = src[self.pos]
        self.pos += 1
        if c in 'dDwWsS':
            return _category(c, ascii_only)
        if c in _OCTDIGITS:
            digits = c
            while len(digits) < 3 and self.pos < len(src) and src[self.pos] in _OCTDIGITS:
                digits += src[self.pos]
                self.pos += 1
            value = int(digits, 8)
            if value > 0o377:
                raise self.error('octal escape value \\%s outside of range 0-0o377'
                                 % digits, start)
            return chr(value)
        return self.simple_escape(c, start)


def _width(node, group_widths):
    """(min, max) number of characters `node` can match; max is None if unbounded."""
    kind = node[0]
    if kind == 'char':
        return 1, 1
    if kind == 'at' or kind == 'look':
        return 0, 0
    if kind == 'group':
        return _width(node[2], group_widths)
    if kind == 'atomic':
        return _width(node[1], group_widths)
    if kind == 'seq':
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item, group_widths)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == 'alt' or kind == 'cond':
        options = node[1] if kind == 'alt' else [node[2], node[3]]
        lo = None
        hi = 0
        for item in options:
            a, b = _width(item, group_widths)
            lo = a if lo is None else min(lo, a)
            hi = None if hi is None or b is None else max(hi, b)
        return lo, hi
    if kind == 'rep':
        a, b = _width(node[1], group_widths)
        hi = None
        if b is not None and node[3] != _MAXREPEAT:
            hi = b * node[3]
        return a * node[2], hi
    if kind == 'ref':
        return group_widths.get(node[1], (0, None))
    return 0, None


# ---------------------------------------------------------------------------
# Compiler: tree -> instruction list
#
# Instructions are lists [opcode, args...]. Opcodes 0-6 are the character kinds
# above (one character with that test).

_STRING = 10      # [_STRING, text, len(text)]
_REPEAT1 = 11     # [_REPEAT1, kind, data, min, max, greedy, pred, next_char]
_SPLIT = 12       # [_SPLIT, target]: try the next instruction, else target
_SPLIT_LAZY = 13  # [_SPLIT_LAZY, target]: try target, else the next instruction
_JUMP = 14        # [_JUMP, target]
_OPEN = 15        # [_OPEN, start_register]
_CLOSE = 16       # [_CLOSE, mark_register, start_register, group]
_AT = 17          # [_AT, kind]
_REF = 18         # [_REF, group, icase]
_LOOK = 19        # [_LOOK, program, behind, negate, width]
_ATOMIC = 20      # [_ATOMIC, program]
_IF_GROUP = 21    # [_IF_GROUP, group, else_target]
_REP_INIT = 22    # [_REP_INIT, counter_register]
_REP_LOOP = 23    # [_REP_LOOP, counter_register, min, max, greedy, body, exit]
_REP_ENTER = 24   # [_REP_ENTER, counter_register, min]
_SUCCESS = 25     # [_SUCCESS]


def _single_char(node):
    """The character test of `node` if it always matches exactly one character."""
    while True:
        kind = node[0]
        if kind == 'char':
            return node[1]
        if kind == 'group' and node[1] is None:
            node = node[2]
        elif kind == 'seq' and len(node[1]) == 1:
            node = node[1][0]
        elif kind == 'alt':
            # a|b|[cd] is the class [abcd] when every branch is a set of characters
            chars = set()
            for branch in node[1]:
                test = _single_char(branch)
                if test is None or test[0] not in (_LIT, _SET):
                    return None
                if test[0] == _LIT:
                    chars.add(test[1])
                else:
                    chars.update(test[1])
            chars = frozenset(chars)
            return (_SET, chars, chars.__contains__)
        else:
            return None


class _Compiler:
    def __init__(self, ngroups):
        self.ngroups = ngroups
        groups = ngroups + 1
        self.start_base = 2 * groups           # pending group starts
        self.lastindex_reg = 3 * groups
        self.counter_base = 3 * groups + 1
        self.counters = 0

    def program(self, node):
        code = []
        self.emit(node, code)
        code.append([_SUCCESS])
        # A greedy single-character repeat followed by literal text only needs to
        # give back characters up to an occurrence of that text's first character.
        for k in range(len(code) - 1):
            op = code[k]
            if op[0] == _REPEAT1 and op[5]:
                nxt = code[k + 1]
                if nxt[0] == _LIT:
                    op[7] = nxt[1]
                elif nxt[0] == _STRING:
                    op[7] = nxt[1][0]
        return code

    def emit(self, node, code):
        kind = node[0]
        if kind == 'char':
            test = node[1]
            code.append([test[0], test[1], test[2]])
        elif kind == 'seq':
            items = node[1]
            k = 0
            while k < len(items):
                # Runs of plain characters become one _STRING instruction.
                text = ''
                while k < len(items) and items[k][0] == 'char' and items[k][1][0] == _LIT:
                    text += items[k][1][1]
                    k += 1
                if len(text) > 1:
                    code.append([_STRING, text, len(text)])
                elif text:
                    self.emit(items[k - 1], code)
                else:
                    self.emit(items[k], code)
                    k += 1
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for k, branch in enumerate(branches):
                if k < len(branches) - 1:
                    split = [_SPLIT, None]
                    code.append(split)
                    self.emit(branch, code)
                    jump = [_JUMP, None]
                    code.append(jump)
                    jumps.append(jump)
                    split[1] = len(code)
                else:
                    self.emit(branch, code)
            for jump in jumps:
                jump[1] = len(code)
        elif kind == 'group':
            index = node[1]
            if index is None:
                self.emit(node[2], code)
            else:
                code.append([_OPEN, self.start_base + index])
                self.emit(node[2], code)
                code.append([_CLOSE, 2 * index, self.start_base + index, index,
                             self.lastindex_reg])
        elif kind == 'at':
            code.append([_AT, node[1]])
        elif kind == 'rep':
            self.emit_repeat(node, code)
        elif kind == 'ref':
            code.append([_REF, node[1], node[2]])
        elif kind == 'look':
            code.append([_LOOK, self.program(node[3]), node[1], node[2], node[4]])
        elif kind == 'atomic':
            code.append([_ATOMIC, self.program(node[1])])
        elif kind == 'cond':
            test = [_IF_GROUP, node[1], None]
            code.append(test)
            self.emit(node[2], code)
            jump = [_JUMP, None]
            code.append(jump)
            test[2] = len(code)
            self.emit(node[3], code)
            jump[1] = len(code)
        else:
            raise AssertionError('unknown node %r' % (kind,))

    def emit_repeat(self, node, code):
        body, mn, mx, greedy = node[1], node[2], node[3], node[4]
        if mx == 0:
            return
        test = _single_char(body)
        if test is not None:
            code.append([_REPEAT1, test[0], test[1], mn, mx, greedy, test[2], None])
            return
        if mn == 1 and mx == 1:
            self.emit(body, code)
            return
        if mn == 0 and mx == 1:
            split = [_SPLIT if greedy else _SPLIT_LAZY, None]
            code.append(split)
            self.emit(body, code)
            split[1] = len(code)
            return
        reg = self.counter_base + 2 * self.counters
        self.counters += 1
        code.append([_REP_INIT, reg])
        loop = [_REP_LOOP, reg, mn, mx, greedy, None, None]
        loop_at = len(code)
        code.append(loop)
        loop[5] = len(code)
        code.append([_REP_ENTER, reg, mn])
        self.emit(body, code)
        code.append([_JUMP, loop_at])
        loop[6] = len(code)


# ---------------------------------------------------------------------------
# The matching machine
#
# `regs` holds, for group g, its span at [2g] and [2g+1], then the pending start of
# each open group, then lastindex, then two registers (count, start of the last
# iteration) per complex repeat. Every change to a register pushes an undo entry, so
# backtracking restores it. Backtrack-stack entries:
#   (0, register, old value)           undo
#   (1, pc, i)                         choice point: resume at pc with position i
#   (2, pc, lowest, j, next_char)      greedy single repeat: retry with one less
#   (3, pc, j, limit, pred)            lazy single repeat: retry with one more


def _run(prog, s, i, end, regs, forbid, full):
    """Match `prog` at position i; return the end position or -1.

    forbid: a position at which the match may not end (for the rule that an empty
    match cannot directly follow an empty match), or -1. full: the match must end
    at `end`."""
    stack = []
    pc = 0
    while True:
        op = prog[pc]
        code = op[0]
        if code == _LIT:
            if i < end and s[i] == op[1]:
                i += 1
                pc += 1
                continue
        elif code == _REPEAT1:
            kind = op[1]
            data = op[2]
            lim = i + op[4]
            if lim > end:
                lim = end
            if op[5]:
                j = i
                if kind == _PRED:
                    while j < lim and data(s[j]):
                        j += 1
                elif kind == _SET:
                    while j < lim and s[j] in data:
                        j += 1
                elif kind == _ANY:
                    while j < lim and s[j] != '\n':
                        j += 1
                elif kind == _NSET:
                    while j < lim and s[j] not in data:
                        j += 1
                elif kind == _NLIT:
                    while j < lim and s[j] != data:
                        j += 1
                elif kind == _LIT:
                    while j < lim and s[j] == data:
                        j += 1
                else:
                    j = lim
                lowest = i + op[3]
                if j >= lowest:
                    nxt = op[7]
                    if nxt is None or (j < end and s[j] == nxt):
                        if j > lowest:
                            stack.append((2, pc + 1, lowest, j, nxt))
                        i = j
                        pc += 1
                        continue
                    if j > lowest:
                        stack.append((2, pc + 1, lowest, j, nxt))
            else:
                pred = op[6]
                j = i
                lowest = i + op[3]
                if lowest <= lim:
                    while j < lowest and pred(s[j]):
                        j += 1
                    if j == lowest:
                        stack.append((3, pc + 1, j, lim, pred))
                        i = j
                        pc += 1
                        continue
        elif code == _STRING:
            j = i + op[2]
            if j <= end and s[i:j] == op[1]:
                i = j
                pc += 1
                continue
        elif code == _SET:
            if i < end and s[i] in op[1]:
                i += 1
                pc += 1
                continue
        elif code == _PRED:
            if i < end and op[1](s[i]):
                i += 1
                pc += 1
                continue
        elif code == _SUCCESS:
            if i != forbid and (not full or i == end):
                return i
        elif code == _OPEN:
            reg = op[1]
            stack.append((0, reg, regs[reg]))
            regs[reg] = i
            pc += 1
            continue
        elif code == _CLOSE:
            reg = op[1]
            lireg = op[4]
            stack.append((0, reg, regs[reg]))
            stack.append((0, reg + 1, regs[reg + 1]))
            stack.append((0, lireg, regs[lireg]))
            regs[reg] = regs[op[2]]
            regs[reg + 1] = i
            regs[lireg] = op[3]
            pc += 1
            continue
        elif code == _SPLIT:
            stack.append((1, op[1], i))
            pc += 1
            continue
        elif code == _JUMP:
            pc = op[1]
            continue
        elif code == _AT:
            if _at(op[1], s, i, end):
                pc += 1
                continue
        elif code == _NSET:
            if i < end and s[i] not in op[1]:
                i += 1
                pc += 1
                continue
        elif code == _NLIT:
            if i < end and s[i] != op[1]:
                i += 1
                pc += 1
                continue
        elif code == _ANY:
            if i < end and s[i] != '\n':
                i += 1
                pc += 1
                continue
        elif code == _ANYALL:
            if i < end:
                i += 1
                pc += 1
                continue
        elif code == _REP_LOOP:
            reg = op[1]
            count = regs[reg]
            if count < op[2]:
                pc = op[5]
                continue
            if count < op[3] and i != regs[reg + 1]:
                if op[4]:
                    stack.append((1, op[6], i))
                    pc = op[5]
                else:
                    stack.append((1, op[5], i))
                    pc = op[6]
                continue
            pc = op[6]
            continue
        elif code == _REP_ENTER:
            reg = op[1]
            count = regs[reg]
            stack.append((0, reg, count))
            regs[reg] = count + 1
            if count >= op[2]:
                # Remember where this optional iteration started: an iteration
                # that ends where it started stops the loop.
                stack.append((0, reg + 1, regs[reg + 1]))
                regs[reg + 1] = i
            pc += 1
            continue
        elif code == _REP_INIT:
            reg = op[1]
            stack.append((0, reg, regs[reg]))
            stack.append((0, reg + 1, regs[reg + 1]))
            regs[reg] = 0
            regs[reg + 1] = -1
            pc += 1
            continue
        elif code == _SPLIT_LAZY:
            stack.append((1, pc + 1, i))
            pc = op[1]
            continue
        elif code == _REF:
            group = op[1]
            a = regs[2 * group]
            b = regs[2 * group + 1]
            if a >= 0 and b >= 0:
                size = b - a
                if op[2]:
                    if i + size <= end and s[i:i + size].lower() == s[a:b].lower():
                        i += size
                        pc += 1
                        continue
                elif i + size <= end and s[i:i + size] == s[a:b]:
                    i += size
                    pc += 1
                    continue
        elif code == _LOOK:
            start = i
            if op[2]:
                start = i - op[4]
            saved = regs[:]
            found = start >= 0 and _run(op[1], s, start, end, regs, -1, False) >= 0
            if op[3]:
                if not found:
                    pc += 1
                    continue
                regs[:] = saved
            elif found:
                _push_changes(stack, regs, saved)
                pc += 1
                continue
        elif code == _ATOMIC:
            saved = regs[:]
            j = _run(op[1], s, i, end, regs, -1, False)
            if j >= 0:
                _push_changes(stack, regs, saved)
                i = j
                pc += 1
                continue
        elif code == _IF_GROUP:
            group = op[1]
            if regs[2 * group] >= 0 and regs[2 * group + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        else:
            raise AssertionError('bad opcode %r' % (code,))

        # The current path failed: backtrack to the latest choice point.
        while True:
            if not stack:
                return -1
            entry = stack.pop()
            tag = entry[0]
            if tag == 0:
                regs[entry[1]] = entry[2]
            elif tag == 1:
                pc = entry[1]
                i = entry[2]
                break
            elif tag == 2:
                lowest = entry[2]
                j = entry[3] - 1
                nxt = entry[4]
                if nxt is not None:
                    while j >= lowest and s[j] != nxt:
                        j -= 1
                    if j < lowest:
                        continue
                if j > lowest:
                    stack.append((2, entry[1], lowest, j, nxt))
                pc = entry[1]
                i = j
                break
            else:
                j = entry[2]
                if j < entry[3] and entry[4](s[j]):
                    j += 1
                    stack.append((3, entry[1], j, entry[3], entry[4]))
                    pc = entry[1]
                    i = j
                    break


def _at(kind, s, i, end):
    """Whether the zero-width assertion `kind` holds at position i."""
    if kind == _AT_BEGIN:
        return i == 0
    if kind == _AT_BOL:
        return i == 0 or s[i - 1] == '\n'
    if kind == _AT_EOL:
        return i == end or (i == end - 1 and s[i] == '\n')
    if kind == _AT_EOL_M:
        return i == end or s[i] == '\n'
    if kind == _AT_END:
        return i == end
    if end == 0:
        return False        # as CPython: neither \b nor \B matches in an empty string
    word = _is_word if kind == _AT_BOUND or kind == _AT_NBOUND else _is_word_ascii
    before = i > 0 and word(s[i - 1])
    after = i < end and word(s[i])
    if kind == _AT_BOUND or kind == _AT_BOUND_A:
        return before != after
    return before == after


def _push_changes(stack, regs, saved):
    """After a sub-match (lookaround, atomic group), make its register changes undoable."""
    for k in range(len(regs)):
        if regs[k] != saved[k]:
            stack.append((0, k, saved[k]))


def _first_test(node):
    """The test the first character of any match passes, or None if unknown."""
    kind = node[0]
    if kind == 'char':
        return node[1]
    if kind == 'group':
        return _first_test(node[2])
    if kind == 'atomic':
        return _first_test(node[1])
    if kind == 'seq':
        for item in node[1]:
            if item[0] != 'at' and item[0] != 'look':
                return _first_test(item)
        return None
    if kind == 'rep' and node[2] >= 1:
        return _first_test(node[1])
    return None


def _scan(test, s, i, end):
    """The first position from i where a character passes `test`, or -1."""
    kind = test[0]
    data = test[1]
    if kind == _LIT:
        return s.find(data, i, end)
    if kind == _PRED:
        while i < end and not data(s[i]):
            i += 1
    elif kind == _SET:
        while i < end and s[i] not in data:
            i += 1
    else:
        pred = test[2]
        while i < end and not pred(s[i]):
            i += 1
    return i if i < end else -1


# ---------------------------------------------------------------------------
# Pattern and Match objects

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        is_bytes = isinstance(pattern, bytes)
        source = pattern.decode('latin-1') if is_bytes else pattern
        parser = _Parser(source, pattern, flags, is_bytes)
        tree = parser.parse()
        flags = parser.flags
        if not is_bytes:
            if flags & LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if not flags & ASCII:
                flags |= UNICODE
            elif flags & UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        else:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            if flags & LOCALE and flags & ASCII:
                raise ValueError('ASCII and LOCALE flags are incompatible')
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.groupindex)
        self._is_bytes = is_bytes
        self._names = {}
        for name, index in parser.groupindex.items():
            self._names[index] = name
        compiler = _Compiler(parser.ngroups)
        self._prog = compiler.program(tree)
        self._lastindex_reg = compiler.lastindex_reg
        self._blank = [-1] * (compiler.counter_base + 2 * compiler.counters)
        self._templates = {}
        # What a search can use to skip ahead.
        items = tree[1] if tree[0] == 'seq' else [tree]
        self._anchored = bool(items) and items[0] == ('at', _AT_BEGIN)
        prefix = ''
        for item in items:
            if item[0] == 'char' and item[1][0] == _LIT:
                prefix += item[1][1]
            else:
                break
        self._prefix = prefix or None
        self._first = None if prefix else _first_test(tree)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if not self._is_bytes and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_text(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags and
                self._is_bytes == other._is_bytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- matching machinery --------------------------------------------------

    def _text(self, string):
        if self._is_bytes:
            if isinstance(string, bytes):
                return string.decode('latin-1')
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
        else:
            if isinstance(string, str):
                return string
            if isinstance(string, bytes):
                raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    def _find(self, s, pos, end, mode, must_advance):
        """Registers of the first match (mode 0 search, 1 match, 2 fullmatch) or None."""
        regs = self._blank[:]
        prog = self._prog
        forbid = pos if must_advance else -1
        if mode or self._anchored:
            if pos > end:
                return None
            j = _run(prog, s, pos, end, regs, forbid, mode == 2)
            if j < 0:
                return None
            regs[0] = pos
            regs[1] = j
            return regs
        prefix = self._prefix
        first = self._first
        i = pos
        while i <= end:
            if prefix is not None:
                i = s.find(prefix, i, end)
                if i < 0:
                    return None
            elif first is not None:
                i = _scan(first, s, i, end)
                if i < 0:
                    return None
            j = _run(prog, s, i, end, regs, forbid, False)
            if j >= 0:
                regs[0] = i
                regs[1] = j
                return regs
            i += 1
        return None

    def _iter(self, s, pos, end):
        """Registers of each match in turn, with CPython's rules for empty matches."""
        must_advance = False
        while pos <= end:
            regs = self._find(s, pos, end, 0, must_advance)
            if regs is None:
                return
            yield regs
            must_advance = regs[0] == regs[1]
            pos = regs[1]

    def _bounds(self, s, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _one(self, string, pos, endpos, mode):
        s = self._text(string)
        pos, endpos = self._bounds(s, pos, endpos)
        regs = self._find(s, pos, endpos, mode, False)
        if regs is None:
            return None
        return Match(self, string, regs, pos, endpos)

    # -- public methods ------------------------------------------------------

    def search(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, endpos = self._bounds(s, pos, endpos)
        return self._finditer(string, s, pos, endpos)

    def _finditer(self, string, s, pos, endpos):
        for regs in self._iter(s, pos, endpos):
            yield Match(self, string, regs, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        s = self._text(string)
        pos, endpos = self._bounds(s, pos, endpos)
        out = []
        groups = self.groups
        empty = string[:0]
        for regs in self._iter(s, pos, endpos):
            if groups == 0:
                out.append(string[regs[0]:regs[1]])
            elif groups == 1:
                a = regs[2]
                b = regs[3]
                out.append(string[a:b] if a >= 0 and b >= 0 else empty)
            else:
                row = []
                for g in range(1, groups + 1):
                    a = regs[2 * g]
                    b = regs[2 * g + 1]
                    row.append(string[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(row))
        return out

    def split(self, string, maxsplit=0):
        s = self._text(string)
        out = []
        last = 0
        count = 0
        groups = self.groups
        for regs in self._iter(s, 0, len(s)):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:regs[0]])
            for g in range(1, groups + 1):
                a = regs[2 * g]
                b = regs[2 * g + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = regs[1]
            count += 1
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        s = self._text(string)
        func = None
        literal = None
        template = None
        if callable(repl):
            func = repl
        else:
            template = self._template(repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
            elif not template:
                literal = string[:0]
        out = []
        last = 0
        n = 0
        for regs in self._iter(s, 0, len(s)):
            out.append(string[last:regs[0]])
            if literal is not None:
                out.append(literal)
            elif func is not None:
                piece = func(Match(self, string, regs, 0, len(s)))
                if piece:
                    out.append(piece)
            else:
                out.append(_expand(template, string, regs))
            last = regs[1]
            n += 1
            if count and n >= count:
                break
        out.append(string[last:])
        return string[:0].join(out), n

    def _template(self, repl):
        items = self._templates.get(repl)
        if items is None:
            items = _parse_template(self, repl)
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[repl] = items
        return items


def _expand(template, string, regs):
    out = []
    for item in template:
        if isinstance(item, int):
            a = regs[2 * item]
            b = regs[2 * item + 1]
            if a >= 0 and b >= 0:
                out.append(string[a:b])
        else:
            out.append(item)
    return string[:0].join(out)


def _parse_template(pattern, repl):
    """Split a replacement template into literal text and group numbers."""
    is_bytes = pattern._is_bytes
    if is_bytes:
        if not isinstance(repl, bytes):
            raise TypeError('expected a bytes-like object, %s found' % type(repl).__name__)
        src = repl.decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        src = repl
    items = []
    literal = []

    def flush():
        if literal:
            text = ''.join(literal)
            items.append(text.encode('latin-1') if is_bytes else text)
            del literal[:]

    n = len(src)
    i = 0
    while True:
        j = src.find('\\', i)
        if j < 0:
            literal.append(src[i:])
            break
        literal.append(src[i:j])
        if j + 1 >= n:
            raise error('bad escape (end of pattern)', repl, j)
        c = src[j + 1]
        i = j + 2
        if c == 'g':
            if i >= n or src[i] != '<':
                raise error('missing <', repl, i)
            close = src.find('>', i + 1)
            name = src[i + 1:close] if close >= 0 else src[i + 1:]
            if not name:
                raise error('missing group name', repl, i + 1)
            if close < 0:
                raise error('missing >, unterminated name', repl, i + 1)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern.groupindex[name]
            elif name.isdigit() and name.isascii():
                index = int(name)
                if index >= _MAXGROUPS:
                    raise error('invalid group reference %d' % index, repl, i + 1)
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, i + 1)
            flush()
            items.append(index)
            i = close + 1
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and src[i] in _OCTDIGITS:
                digits += src[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            if i < n and src[i] in _DIGITS:
                digits += src[i]
                i += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and
                        i < n and src[i] in _OCTDIGITS):
                    digits += src[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % digits, repl, j)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, j + 1)
            flush()
            items.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error('bad escape \\' + c, repl, j)
        else:
            literal.append('\\' + c)
    flush()
    return items


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs
        last = regs[pattern._lastindex_reg]
        self.lastindex = None if last < 0 else last
        self.lastgroup = pattern._names.get(last)

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            if isinstance(group, str) and group in self.re.groupindex:
                return self.re.groupindex[group]
        else:
            try:
                group = group.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= group <= self.re.groups:
                    return group
        raise IndexError('no such group')

    def _get(self, index, default=None):
        a = self._regs[2 * index]
        b = self._regs[2 * index + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        out = {}
        for name, index in self.re.groupindex.items():
            out[name] = self._get(index, default)
        return out

    def start(self, group=0):
        index = self._index(group)
        if self._regs[2 * index + 1] < 0:
            return -1
        return self._regs[2 * index]

    def end(self, group=0):
        index = self._index(group)
        if self._regs[2 * index] < 0:
            return -1
        return self._regs[2 * index + 1]

    def span(self, group=0):
        return self.start(group), self.end(group)

    @property
    def regs(self):
        return tuple([self.span(g) for g in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(self.re._template(template), self.string, self._regs)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._regs[0], self._regs[1], self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------
# Module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches of pattern in string by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), but return (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, bytes):
        return escape(pattern.decode('latin-1')).encode('latin-1')
    out = []
    for ch in pattern:
        if ch in _SPECIAL_CHARS:
            out.append('\\')
        out.append(ch)
    return ''.join(out)
