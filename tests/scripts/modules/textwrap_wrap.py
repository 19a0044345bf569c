# textwrap: wrap/fill/shorten line breaking (hyphens, em-dashes, long words, indents, max_lines, sentence endings, tabs), dedent and indent
import textwrap
text = ("The well-known state-of-the-art text wrapping algorithm splits words at "
        "whitespace and after hyphens--like this--so that long compound words such as "
        "mother-in-law or self-contained can break. Supercalifragilisticexpialidocious "
        "is simply too long. It even handles e-mail and x-ray. Numbers like 1990-2000 stay.")
for width in (12, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap("A-very-long-hyphenated-compound-identifier-here", 10))
print(textwrap.wrap("aaaa--bbbb--cccc dd---ee -x- --", 6))
print(textwrap.fill(text, 50, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.fill("Hello there. How are you? Fine!  Thanks.\tOK", 20, fix_sentence_endings=True))
print(textwrap.wrap("col1\tcol2\tcol3\nnext  line", 40, tabsize=4))
print(textwrap.wrap("col1\tcol2\tcol3\nnext  line", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 60))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      \t
    # done
""")))
print(repr(textwrap.dedent("  a\n\tb\n  c")), repr(textwrap.dedent("   x\n  y\n")), repr(textwrap.dedent("\n\n  z\n")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("a\r\nb\rc", "| ")))
w = textwrap.TextWrapper(width=20, initial_indent="# ", subsequent_indent="# ")
print(w.wrap("Comment text that needs to be wrapped into several short lines."))
w.width = 35
print(w.fill("Comment text that needs to be wrapped into several short lines."))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10) == "")
for bad in (dict(width=0), dict(width=5, max_lines=1, placeholder=" [....]")):
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: 12 ['The well-', 'known state-', 'of-the-art', 'text', 'wrapping', 'algorithm', 'splits words', 'at', 'whitespace', 'and after', 'hyphens--', 'like this--', 'so that long', 'compound', 'words such', 'as mother-', 'in-law or', 'self-', 'contained', 'can break. S', 'upercalifrag', 'ilisticexpia', 'lidocious is', 'simply too', 'long. It', 'even handles', 'e-mail and', 'x-ray.', 'Numbers like', '1990-2000', 'stay.']
# expect: 25 ['The well-known state-of-', 'the-art text wrapping', 'algorithm splits words at', 'whitespace and after', 'hyphens--like this--so', 'that long compound words', 'such as mother-in-law or', 'self-contained can break.', 'Supercalifragilisticexpia', 'lidocious is simply too', 'long. It even handles', 'e-mail and x-ray. Numbers', 'like 1990-2000 stay.']
# expect: 40 ['The well-known state-of-the-art text', 'wrapping algorithm splits words at', 'whitespace and after hyphens--like this', '--so that long compound words such as', 'mother-in-law or self-contained can', 'break.', 'Supercalifragilisticexpialidocious is', 'simply too long. It even handles e-mail', 'and x-ray. Numbers like 1990-2000 stay.']
# expect: 70 ['The well-known state-of-the-art text wrapping algorithm splits words', 'at whitespace and after hyphens--like this--so that long compound', 'words such as mother-in-law or self-contained can break.', 'Supercalifragilisticexpialidocious is simply too long. It even handles', 'e-mail and x-ray. Numbers like 1990-2000 stay.']
# expect: ['The well-known', 'state-of-the-art text wrapping', 'algorithm splits words at', 'whitespace and after', 'hyphens--like this--so that', 'long compound words such as', 'mother-in-law or', 'self-contained can break. Supe', 'rcalifragilisticexpialidocious', 'is simply too long. It even', 'handles e-mail and x-ray.', 'Numbers like 1990-2000 stay.']
# expect: ['The well-known', 'state-of-the-', 'art text', 'wrapping', 'algorithm', 'splits words at', 'whitespace and', 'after hyphens--', 'like this--so', 'that long', 'compound words', 'such as mother-', 'in-law or self-', 'contained can', 'break.', 'Supercalifragilisticexpialidocious', 'is simply too', 'long. It even', 'handles e-mail', 'and x-ray.', 'Numbers like', '1990-2000 stay.']
# expect: ['A-very-', 'long-hyphe', 'nated-', 'compound-i', 'dentifier-', 'here']
# expect: ['aaaa--', 'bbbb--', 'cccc', 'dd---', 'ee -x-', '--']
# expect:   * The well-known state-of-the-art text wrapping
# expect:     algorithm splits words at whitespace and after
# expect:     hyphens--like this--so that long compound
# expect:     words such as mother-in-law or self-contained
# expect:     can break. Supercalifragilisticexpialidocious
# expect:     is simply too long. It even handles e-mail and
# expect:     x-ray. Numbers like 1990-2000 stay.
# expect: Hello there.  How
# expect: are you?  Fine!
# expect: Thanks.        OK
# expect: ['col1    col2    col3 next  line']
# expect: ['col1\tcol2\tcol3\nnext  line']
# expect: ['  leading ', 'and ', 'trailing  ']
# expect: ['  leading', 'and', 'trailing']
# expect: ['The well-known state-of-the-', 'art text wrapping algorithm', 'splits words at [...]']
# expect: ['The well-known state-of-the-', 'art text wrapping ...']
# expect: ['short text']
# expect: Hello world!
# expect: Hello [...]
# expect: Hello...
# expect: The well-known state-of-the-art text wrapping [...]
# expect: 'def f():\n    return 1\n\n# done\n'
# expect: '  a\n\tb\n  c' ' x\ny\n' '\n\nz\n'
# expect: '> one\n\n> two\n  \n> three'
# expect: '+ one\n+ \n+ two\n'
# expect: '| a\r\n| b\r| c'
# expect: ['# Comment text that', '# needs to be', '# wrapped into', '# several short', '# lines.']
# expect: # Comment text that needs to be
# expect: # wrapped into several short lines.
# expect: [] True
# expect: ValueError: invalid width 0 (must be > 0)
# expect: ValueError: placeholder too large for max width
