"""Wrap and fill paragraphs of plain text; dedent and indent blocks.

`TextWrapper` holds the formatting options; `wrap`, `fill` and `shorten`
are shortcuts that build one for a single call.
"""

# gilpy: written for gilpy from the documented behaviour of the module.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as blanks here (not e.g. U+00A0).
_BLANKS = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _BLANKS}


def _blank(c):
    return c in _BLANKS


def _wordish(c):
    # what the regular-expression class \w accepts
    return c.isalnum() or c == '_'


def _alpha(c):
    # a word character that is not a decimal digit
    return _wordish(c) and not c.isdecimal()


def _may_precede_dashes(c):
    return _wordish(c) or c in '!"\'&.,?'


class _Chunker:
    """Cut text into blank runs and word pieces, breaking after hyphens."""

    def __init__(self, text):
        self.s = text
        self.n = len(text)

    def at(self, i):
        if 0 <= i < self.n:
            return self.s[i]
        return ''

    def alpha(self, i):
        c = self.at(i)
        return c != '' and _alpha(c)

    def dash_run(self, i):
        """Length of a run of two or more '-' at i followed by a \\w char."""
        j = i
        while j < self.n and self.s[j] == '-':
            j += 1
        if j - i >= 2 and j < self.n and _wordish(self.s[j]):
            return j - i
        return 0

    def hyphen_break(self, h):
        """May a piece end with the hyphen at index h?"""
        s = self.s
        if s[h] != '-':
            return False
        before = ((self.alpha(h - 2) and self.alpha(h - 1)) or
                  (self.alpha(h - 3) and self.at(h - 2) == '-'
                   and self.alpha(h - 1)))
        if not before:
            return False
        if not self.alpha(h + 1):
            return False
        return self.alpha(h + 2) or (self.at(h + 2) == '-'
                                     and self.alpha(h + 3))

    def pieces(self):
        s, n = self.s, self.n
        out = []
        i = 0
        while i < n:
            if _blank(s[i]):
                j = i
                while j < n and _blank(s[j]):
                    j += 1
                out.append(s[i:j])
                i = j
                continue
            # a run of dashes between words stands alone
            if i > 0 and _may_precede_dashes(s[i - 1]):
                k = self.dash_run(i)
                if k:
                    out.append(s[i:i + k])
                    i += k
                    continue
            j = i + 1
            while True:
                if j < n and self.hyphen_break(j):
                    j += 1
                    break
                if j >= n or _blank(s[j]):
                    break
                if _may_precede_dashes(s[j - 1]) and self.dash_run(j):
                    break
                j += 1
            out.append(s[i:j])
            i = j
        return out


def _blank_split(text):
    out = []
    i, n = 0, len(text)
    while i < n:
        kind = _blank(text[i])
        j = i + 1
        while j < n and _blank(text[j]) == kind:
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _closes_sentence(piece):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    if piece[-1:] in ('"', "'"):
        piece = piece[:-1]
    return (len(piece) >= 2 and piece[-1] in '.!?'
            and 'a' <= piece[-2] <= 'z')


class TextWrapper:
    """Reusable set of options for wrapping text.

    Options (all may be changed after construction): width,
    initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- preparing the pieces ------------------------------------------------

    def _prepare(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        if self.break_on_hyphens:
            parts = _Chunker(text).pieces()
        else:
            parts = _blank_split(text)
        parts = [p for p in parts if p]
        if self.fix_sentence_endings:
            for k in range(len(parts) - 1):
                if parts[k + 1] == ' ' and _closes_sentence(parts[k]):
                    parts[k + 1] = '  '
        return parts

    # -- laying out lines ----------------------------------------------------

    def _split_oversized(self, todo, line, used, room):
        """Move (part of) the too-long piece at todo[-1] onto `line`."""
        free = room - used if room >= 1 else 1
        if self.break_long_words:
            piece = todo[-1]
            cut = free
            if self.break_on_hyphens and len(piece) > free:
                h = piece.rfind('-', 0, free)
                if h > 0 and piece[:h].strip('-'):
                    cut = h + 1
            line.append(piece[:cut])
            todo[-1] = piece[cut:]
        elif not line:
            line.append(todo.pop())

    def _layout(self, parts):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % width)
        limit = self.max_lines
        mark = self.placeholder
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(mark.lstrip()) > width:
                raise ValueError("placeholder too large for max width")
        todo = parts[::-1]          # next piece is at the end
        out = []
        trim = self.drop_whitespace
        while todo:
            prefix = self.subsequent_indent if out else self.initial_indent
            room = width - len(prefix)
            if trim and out and not todo[-1].strip():
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._split_oversized(todo, line, used, room)
                used = sum(len(p) for p in line)
            if trim and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_empty = not todo or (trim and len(todo) == 1
                                      and not todo[0].strip())
            if (limit is None or len(out) + 1 < limit
                    or (rest_empty and used <= room)):
                out.append(prefix + ''.join(line))
                continue
            # The last permitted line: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(mark) <= room:
                    out.append(prefix + ''.join(line) + mark)
                    return out
                used -= len(line[-1])
                line.pop()
            if out:
                tail = out[-1].rstrip()
                if len(tail) + len(mark) <= width:
                    out[-1] = tail + mark
                    return out
            out.append(prefix + mark.lstrip())
            return out
        return out

    # -- public API ----------------------------------------------------------

    def wrap(self, text):
        """Return `text` broken into a list of lines (without newlines)."""
        return self._layout(self._prepare(text))

    def fill(self, text):
        """Return `text` wrapped into a single newline-separated string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap `text` into lines of at most `width` characters; return a list."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but join the lines with newlines into one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squash whitespace in `text` and cut it to fit on one line.

    Words that do not fit are dropped and replaced by the placeholder.
    """
    squashed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squashed)


def _indent_of(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Strip the leading spaces/tabs that all non-blank lines have in common.

    Lines holding only spaces and tabs are emptied and do not take part in
    finding the common margin.  Tabs and spaces are not treated as equal.
    """
    rows = text.split('\n')
    margin = None
    for idx, row in enumerate(rows):
        lead = _indent_of(row)
        if len(lead) == len(row):
            rows[idx] = ''
            continue
        if margin is None:
            margin = lead
        else:
            k = 0
            top = min(len(margin), len(lead))
            while k < top and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        rows = [row[cut:] if row.startswith(margin) else row for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Put `prefix` in front of the lines of `text` chosen by `predicate`.

    By default every line that is not made only of whitespace is prefixed.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
