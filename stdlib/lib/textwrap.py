"""Text wrapping and filling (gilpy implementation).

Provides wrap(), fill(), shorten(), dedent(), indent() and the TextWrapper
class.  Line breaking follows CPython's rules: text is split into chunks of
whitespace, words, and word fragments ending in a hyphen, and then the chunks
are packed greedily into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace characters textwrap cares about (ASCII only, like CPython).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word_char(c):
    # regex \w
    return c.isalnum() or c == '_'


def _is_letter(c):
    # regex [^\d\W]: a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # regex [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _emdash_at(text, j, n):
    """True when text[j:] starts with two or more hyphens followed by \\w."""
    if j + 1 >= n or text[j] != '-' or text[j + 1] != '-':
        return False
    k = j + 2
    while k < n and text[k] == '-':
        k += 1
    return k < n and _is_word_char(text[k])


def _split_hyphenated(text):
    """Split text into whitespace runs, em-dashes and (hyphen-broken) words."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash ("--" or longer) directly after a word character and
        # directly before another word character is a chunk of its own.
        if i > 0 and _is_word_punct(text[i - 1]) and _emdash_at(text, i, n):
            j = i + 2
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends at
        # whitespace/end of text, just before an em-dash, or just after a
        # hyphen that joins two letters-ish pieces.
        j = i + 1
        while True:
            if j >= n or text[j] in _WS:
                end = j
                break
            ch = text[j]
            if ch == '-':
                # hyphen inside a word: "ab-c", "a-b-c" style
                if j + 1 < n:
                    before_ok = False
                    if j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]):
                        before_ok = True
                    elif (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                          and _is_letter(text[j - 1])):
                        before_ok = True
                    if before_ok:
                        nxt = text[j + 1]
                        after_ok = False
                        if _is_letter(nxt):
                            if j + 2 < n and _is_letter(text[j + 2]):
                                after_ok = True
                            elif (j + 3 < n and text[j + 2] == '-'
                                  and _is_letter(text[j + 3])):
                                after_ok = True
                        if after_ok:
                            end = j + 1
                            break
                if _is_word_punct(text[j - 1]) and _emdash_at(text, j, n):
                    end = j
                    break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_simple(text):
    """Split text into alternating whitespace and non-whitespace runs."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    if n < 2:
        return False
    return chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text.  See the module docstring."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

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

    # -- preparing the text ---------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to break right after the last hyphen that fits,
                # provided something other than hyphens precedes it
                h = chunk.rfind('-', 0, space_left)
                if h > 0:
                    for c in chunk[:h]:
                        if c != '-':
                            cut = h + 1
                            break
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        todo = chunks[::-1]          # pop from the end
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # whitespace at the start of a continuation line is dropped
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                todo.pop()

            line = []
            length = 0
            while todo:
                size = len(todo[-1])
                if length + size > width:
                    break
                line.append(todo.pop())
                length += size

            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, length, width)
                length = 0
                for piece in line:
                    length += len(piece)

            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()

            if not line:
                continue

            fits = (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not todo
                         or (self.drop_whitespace and len(todo) == 1
                             and not todo[0].strip()))
                        and length <= width))
            if fits:
                lines.append(indent + ''.join(line))
                continue

            # Out of lines: finish with the placeholder.
            while line:
                if line[-1].strip() and length + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= self.width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface -----------------------------------------------

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph of text into a list of lines of at most width chars."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph of text and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit in width characters."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in text."""
    lines = text.split('\n')
    # lines made only of blanks/tabs become empty
    for k, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[k] = ''
    margin = None
    for line in lines:
        lead = _leading_blank(line)
        if len(lead) == len(line):
            continue          # empty line (no non-blank content)
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [line[m:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text."""
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            ok = line.strip()
        else:
            ok = predicate(line)
        out.append(prefix + line if ok else line)
    return ''.join(out)
