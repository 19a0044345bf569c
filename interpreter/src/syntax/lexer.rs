//! The tokenizer: wraps the `logos` lexer of `token.rs` and adds what a regular
//! lexer cannot do, following CPython's `Parser/tokenizer.c`:
//!
//! * indentation: at the start of each logical line outside brackets it measures
//!   the indentation (tabs to the next multiple of 8, with the alternate 1-column
//!   tab measure for TabError) and emits INDENT/DEDENT; blank and comment-only lines
//!   emit nothing;
//! * logical lines: a physical newline becomes NEWLINE only outside brackets and
//!   after a non-blank line; backslash-newline joins lines; an implicit NEWLINE,
//!   the pending DEDENTs and ENDMARKER close the input;
//! * brackets: a stack of open brackets gives `unmatched ')'`, mismatch and
//!   `too many nested parentheses` errors, and the innermost unclosed bracket at
//!   the end (the parser turns it into `'(' was never closed`);
//! * numbers and strings: scanned by hand from the start logos found, mirroring
//!   the C tokenizer so that malformed literals get CPython's message and caret;
//! * positions: a monotonic cursor converts byte offsets to 1-based lines and
//!   0-based character columns in one pass over the text.
//!
//! The whole input is tokenized up front. On the first error the token list is
//! cut there and the error is returned beside it: CPython reports a tokenizer
//! error in preference to a parser error anywhere in the file, so the parser only
//! needs to know that one exists. Literal decoding (escapes, bytes) lives here
//! too, as it is a matter of literal syntax; f-string splitting needs the
//! expression parser and lives in `parser.rs`.

use std::borrow::Cow;

use logos::Logos;

use super::token::Token;
use super::{SyntaxError, SyntaxErrorKind};
use crate::object::unicode;

/// CPython's MAXLEVEL: more open brackets than this is a syntax error.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's MAXINDENT: more indentation levels than this is an IndentationError.
const MAX_INDENT_DEPTH: usize = 100;
const TAB_SIZE: u32 = 8;

/// One token with its byte span in the (newline-normalised) source and its
/// position: 1-based lines, 0-based character columns, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub kind: Token,
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// Bracket depth after this token (CPython's `level`), used by the parser's
    /// "Perhaps you forgot a comma?" check which only applies inside brackets.
    pub level: u16,
    /// True for the DEDENT and ENDMARKER tokens synthesised at the end of input: a
    /// parse failing on one of them failed only because the input ended too soon.
    pub at_eof: bool,
}

/// A bracket that was still open when the input ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenBracket {
    pub ch: char,
    pub line: u32,
    pub col: u32,
}

/// The result of tokenizing: the tokens up to the first error (always ending with
/// ENDMARKER when there is no error), the error, and an unclosed bracket at EOF.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Tok>,
    pub error: Option<SyntaxError>,
    pub unclosed: Option<OpenBracket>,
}

/// Converts `\r\n` and lone `\r` to `\n` (universal newlines) and drops a leading
/// byte-order mark, so that every later stage sees one newline convention.
pub fn normalize_source(source: &str) -> Cow<'_, str> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.contains('\r') {
        Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(source)
    }
}

/// Tokenizes a whole module (the source must already be normalised).
pub fn tokenize(src: &str) -> Lexed {
    Lexer::new(src, 1, 0, false).run()
}

/// Tokenizes the expression part of an f-string replacement field, which begins
/// at `line`/`col` of the enclosing source. As in CPython it is lexed as if inside
/// parentheses: newlines are insignificant and there is no NEWLINE or INDENT.
pub fn tokenize_fragment(src: &str, line: u32, col: u32) -> Lexed {
    Lexer::new(src, line, col, true).run()
}

/// Converts byte offsets to line/column, moving forward only.
struct Cursor {
    byte: usize,
    line: u32,
    col: u32,
}

impl Cursor {
    fn advance(&mut self, src: &str, to: usize) -> (u32, u32) {
        if to > self.byte {
            for ch in src[self.byte..to].chars() {
                if ch == '\n' {
                    self.line += 1;
                    self.col = 0;
                } else {
                    self.col += 1;
                }
            }
            self.byte = to;
        }
        (self.line, self.col)
    }
}

struct Lexer<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, Token>,
    out: Vec<Tok>,
    cursor: Cursor,
    /// (column, alternate column) of each open indentation level; starts at (0, 0).
    indents: Vec<(u32, u32)>,
    brackets: Vec<OpenBracket>,
    /// 1 for an f-string fragment, which behaves as if inside one bracket.
    base_level: usize,
    at_line_start: bool,
    unclosed: Option<OpenBracket>,
}

type LexResult<T> = Result<T, SyntaxError>;

impl<'s> Lexer<'s> {
    fn new(src: &'s str, line: u32, col: u32, fragment: bool) -> Lexer<'s> {
        Lexer {
            src,
            inner: Token::lexer(src),
            out: Vec::new(),
            cursor: Cursor { byte: 0, line, col },
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            base_level: usize::from(fragment),
            at_line_start: !fragment,
            unclosed: None,
        }
    }

    fn run(mut self) -> Lexed {
        let error = self.run_tokens().err();
        Lexed {
            tokens: self.out,
            error,
            unclosed: self.unclosed,
        }
    }

    fn depth(&self) -> usize {
        self.base_level + self.brackets.len()
    }

    fn run_tokens(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start && self.depth() == 0 {
                self.line_start()?;
            }
            let Some(result) = self.inner.next() else {
                break;
            };
            let span = self.inner.span();
            match result {
                Ok(kind) => self.token(kind, span.start, span.end)?,
                Err(()) => return Err(self.bad_character(span.start)),
            }
        }
        self.finish();
        Ok(())
    }

    /// Measures the indentation of the line about to be lexed and emits INDENT or
    /// DEDENTs for it, unless the line is blank or holds only a comment.
    fn line_start(&mut self) -> LexResult<()> {
        let rest = self.inner.remainder().as_bytes();
        let (mut col, mut alt, mut n) = (0u32, 0u32, 0usize);
        for &b in rest {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                0x0c => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            n += 1;
        }
        let start = self.inner.span().end;
        self.inner.bump(n);
        match rest.get(n) {
            None | Some(b'\n') | Some(b'#') => Ok(()),
            Some(_) => {
                self.at_line_start = false;
                self.indent_to(col, alt, start, start + n)
            }
        }
    }

    fn indent_to(&mut self, col: u32, alt: u32, line_start: usize, first: usize) -> LexResult<()> {
        let (top, top_alt) = *self.indents.last().expect("indent stack is never empty");
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error(line_start));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                let (line, _) = self.cursor.advance(self.src, line_start);
                return Err(error_at(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    line,
                    1,
                    0,
                ));
            }
            if alt <= top_alt {
                return Err(self.tab_error(line_start));
            }
            self.indents.push((col, alt));
            self.push(Token::Indent, line_start, first);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.push(Token::Dedent, first, first);
            }
            let (level, level_alt) = *self.indents.last().unwrap();
            if col != level {
                let (line, _) = self.cursor.advance(self.src, line_start);
                let len = self.src[line_start..]
                    .split('\n')
                    .next()
                    .unwrap_or("")
                    .chars()
                    .count() as u32;
                return Err(error_at(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    len + 1,
                    0,
                ));
            }
            if alt != level_alt {
                return Err(self.tab_error(line_start));
            }
        }
        Ok(())
    }

    fn tab_error(&mut self, line_start: usize) -> SyntaxError {
        let (line, _) = self.cursor.advance(self.src, line_start);
        error_at(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            line,
            1,
            0,
        )
    }

    fn token(&mut self, kind: Token, start: usize, end: usize) -> LexResult<()> {
        match kind {
            Token::Newline => {
                if self.depth() == 0 && !self.at_line_start {
                    self.push(Token::Newline, start, start);
                    self.at_line_start = true;
                }
            }
            Token::Continuation => {
                if end == self.src.len() {
                    return Err(self.eof_in_continuation(start));
                }
            }
            Token::Backslash => return Err(self.bad_continuation(start)),
            Token::Number => {
                let len = self.scan_number(start)?;
                self.inner.bump(len - (end - start));
                self.push(kind, start, start + len);
            }
            Token::String => {
                let stop = self.scan_string(start, end - 1)?;
                self.inner.bump(stop - end);
                self.push(kind, start, stop);
            }
            Token::Name => {
                self.check_name(start, end)?;
                self.push(kind, start, end);
            }
            Token::LParen | Token::LSquare | Token::LBrace => {
                self.open_bracket(kind, start, end)?
            }
            Token::RParen | Token::RSquare | Token::RBrace => {
                self.close_bracket(kind, start, end)?
            }
            _ => self.push(kind, start, end),
        }
        Ok(())
    }

    fn push(&mut self, kind: Token, start: usize, end: usize) {
        let (line, col) = self.cursor.advance(self.src, start);
        let (end_line, end_col) = self.cursor.advance(self.src, end);
        let level = self.depth().min(u16::MAX as usize) as u16;
        self.out.push(Tok {
            kind,
            start,
            end,
            line,
            col,
            end_line,
            end_col,
            level,
            at_eof: false,
        });
    }

    fn position(&mut self, byte: usize) -> (u32, u32) {
        self.cursor.advance(self.src, byte)
    }

    fn open_bracket(&mut self, kind: Token, start: usize, end: usize) -> LexResult<()> {
        let (line, col) = self.position(start);
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(syntax_error(
                "too many nested parentheses",
                line,
                col + 1,
                col + 1,
            ));
        }
        let ch = kind.text().chars().next().unwrap_or('(');
        self.brackets.push(OpenBracket { ch, line, col });
        self.push(kind, start, end);
        Ok(())
    }

    fn close_bracket(&mut self, kind: Token, start: usize, end: usize) -> LexResult<()> {
        let (line, col) = self.position(start);
        let close = kind.text();
        let Some(open) = self.brackets.pop() else {
            return Err(syntax_error(
                &format!("unmatched '{close}'"),
                line,
                col + 1,
                col + 1,
            ));
        };
        let expected = match open.ch {
            '(' => ")",
            '[' => "]",
            _ => "}",
        };
        if close != expected {
            let mut msg = format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                open.ch
            );
            if open.line != line {
                msg.push_str(&format!(" on line {}", open.line));
            }
            return Err(syntax_error(&msg, line, col + 1, col + 1));
        }
        self.push(kind, start, end);
        Ok(())
    }

    /// Emits the implicit NEWLINE, the pending DEDENTs and ENDMARKER. They are
    /// placed where CPython reports errors at the end of input: on the last line,
    /// just after its last character.
    fn finish(&mut self) {
        let len = self.src.len();
        let eof = if self.src.ends_with('\n') {
            len - 1
        } else {
            len
        };
        if self.depth() > 0 {
            self.unclosed = self.brackets.last().copied();
        } else {
            if !self.at_line_start {
                self.push(Token::Newline, eof, eof);
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push_eof(Token::Dedent, eof);
            }
        }
        self.push_eof(Token::EndMarker, eof);
    }

    fn push_eof(&mut self, kind: Token, eof: usize) {
        let (line, col) = self.cursor.advance(self.src, eof);
        let tok = Tok {
            kind,
            start: eof,
            end: eof,
            line,
            col,
            end_line: line,
            end_col: col,
            level: 0,
            at_eof: true,
        };
        self.out.push(tok);
    }

    fn eof_in_continuation(&mut self, start: usize) -> SyntaxError {
        let (line, col) = self.position(start);
        let mut err = syntax_error("unexpected EOF while parsing", line, col + 2, 0);
        err.incomplete = true;
        err
    }

    fn bad_continuation(&mut self, start: usize) -> SyntaxError {
        if start + 1 >= self.src.len() {
            return self.eof_in_continuation(start);
        }
        let (line, col) = self.position(start);
        syntax_error(
            "unexpected character after line continuation character",
            line,
            col + 2,
            0,
        )
    }

    fn bad_character(&mut self, start: usize) -> SyntaxError {
        let (line, col) = self.position(start);
        let ch = self.src[start..].chars().next().unwrap_or(' ');
        if ch.is_ascii_graphic() {
            syntax_error("invalid syntax", line, col + 1, col + 2)
        } else {
            syntax_error(
                &format!("invalid non-printable character U+{:04X}", ch as u32),
                line,
                col + 1,
                col + 1,
            )
        }
    }

    /// Rejects characters that logos let into a name only so that they could be
    /// reported here: CPython names them in the message.
    fn check_name(&mut self, start: usize, end: usize) -> LexResult<()> {
        let text = &self.src[start..end];
        if text.is_ascii() {
            return Ok(());
        }
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 {
                unicode::is_id_start(ch)
            } else {
                unicode::is_id_continue(ch)
            };
            if !ok {
                let (line, col) = self.position(start + i);
                let msg = if !unicode::is_printable(ch) {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                } else {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                };
                return Err(syntax_error(&msg, line, col + 1, col + 1));
            }
        }
        Ok(())
    }

    fn scan_number(&mut self, start: usize) -> LexResult<usize> {
        let mut scan = NumberScan {
            s: &self.src.as_bytes()[start..],
            cur: 0,
        };
        match scan.number() {
            Ok(()) => Ok(scan.cur),
            Err(err) => {
                let (line, col) = self.position(start);
                let caret = col + char_count(&self.src[start..start + err.at]);
                let end = match err.end {
                    Some(end) => col + char_count(&self.src[start..start + end]),
                    None => caret,
                };
                Err(syntax_error(&err.msg, line, caret.max(col + 1), end))
            }
        }
    }

    /// Finds the end of the string literal whose opening quote is at `quote`.
    fn scan_string(&mut self, start: usize, quote: usize) -> LexResult<usize> {
        let bytes = self.src.as_bytes();
        let q = bytes[quote];
        let triple = bytes.len() >= quote + 3 && bytes[quote + 1] == q && bytes[quote + 2] == q;
        let mut i = quote + if triple { 3 } else { 1 };
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 2,
                b'\n' if !triple => return Err(self.unterminated(start, i, false)),
                b if b == q && !triple => return Ok(i + 1),
                b if b == q && bytes[i..].starts_with(&[q, q, q]) => return Ok(i + 3),
                _ => i += 1,
            }
        }
        let stop = if self.src.ends_with('\n') {
            bytes.len() - 1
        } else {
            bytes.len()
        };
        Err(self.unterminated(start, stop, triple))
    }

    fn unterminated(&mut self, start: usize, stop: usize, triple: bool) -> SyntaxError {
        let (line, col) = self.position(start);
        let stop = stop.max(start);
        let detected = line + self.src[start..stop].matches('\n').count() as u32;
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        let mut err = syntax_error(
            &format!("{what} (detected at line {detected})"),
            line,
            col + 1,
            col + 1,
        );
        err.incomplete = triple;
        err
    }
}

fn char_count(s: &str) -> u32 {
    s.chars().count() as u32
}

fn syntax_error(msg: &str, line: u32, col: u32, end_col: u32) -> SyntaxError {
    error_at(SyntaxErrorKind::SyntaxError, msg, line, col, end_col)
}

fn error_at(kind: SyntaxErrorKind, msg: &str, line: u32, col: u32, end_col: u32) -> SyntaxError {
    SyntaxError {
        msg: msg.to_string(),
        line,
        col,
        end_col,
        kind,
        incomplete: false,
    }
}

/// A malformed number: the message, where CPython's caret goes (a 1-based column
/// relative to the literal's start, which is also the 0-based index of the
/// tokenizer's read position) and an optional end of the underlined range.
struct NumberError {
    msg: String,
    at: usize,
    end: Option<usize>,
}

const EOF: i32 = -1;

/// A transcription of the number scanner of CPython's tokenizer, with the same
/// read/backup discipline so that errors land on the same character.
struct NumberScan<'a> {
    s: &'a [u8],
    cur: usize,
}

type NumResult<T> = Result<T, NumberError>;

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_ident_char(c: i32) -> bool {
    c >= 128 || (c >= 0 && (c as u8).is_ascii_alphanumeric()) || c == b'_' as i32
}

fn is(c: i32, chars: &[u8]) -> bool {
    chars.iter().any(|&x| x as i32 == c)
}

impl NumberScan<'_> {
    fn next(&mut self) -> i32 {
        match self.s.get(self.cur) {
            Some(&b) => {
                self.cur += 1;
                b as i32
            }
            None => EOF,
        }
    }

    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur -= 1;
        }
    }

    fn err(&self, msg: impl Into<String>) -> NumberError {
        NumberError {
            msg: msg.into(),
            at: self.cur,
            end: None,
        }
    }

    fn number(&mut self) -> NumResult<()> {
        let c = self.next();
        if c == b'.' as i32 {
            let c = self.next();
            return self.fraction(c);
        }
        if c == b'0' as i32 {
            return self.zero_prefixed();
        }
        let c = self.decimal_tail()?;
        self.after_integer(c)
    }

    fn after_integer(&mut self, c: i32) -> NumResult<()> {
        if c == b'.' as i32 {
            let c = self.next();
            return self.fraction(c);
        }
        self.exponent_or_end(c)
    }

    fn fraction(&mut self, mut c: i32) -> NumResult<()> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent_or_end(c)
    }

    fn exponent_or_end(&mut self, mut c: i32) -> NumResult<()> {
        if is(c, b"eE") {
            let e = c;
            c = self.next();
            if is(c, b"+-") {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.err("invalid decimal literal"));
                }
            } else if !is_digit(c) {
                self.backup(c);
                self.verify_end(e, "decimal")?;
                self.backup(e);
                return Ok(());
            }
            c = self.decimal_tail()?;
        }
        if is(c, b"jJ") {
            c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup(c);
        Ok(())
    }

    fn decimal_tail(&mut self) -> NumResult<i32> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' as i32 {
                return Ok(c);
            }
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.err("invalid decimal literal"));
            }
        }
    }

    fn zero_prefixed(&mut self) -> NumResult<()> {
        let c = self.next();
        if is(c, b"xX") {
            return self.radix(|c| c >= 0 && (c as u8).is_ascii_hexdigit(), "hexadecimal");
        }
        if is(c, b"oO") {
            return self.radix(|c| (b'0' as i32..b'8' as i32).contains(&c), "octal");
        }
        if is(c, b"bB") {
            return self.radix(|c| c == b'0' as i32 || c == b'1' as i32, "binary");
        }
        self.leading_zeros(c)
    }

    /// `0x`, `0o`, `0b` literals: digit groups separated by single underscores.
    fn radix(&mut self, valid: fn(i32) -> bool, kind: &str) -> NumResult<()> {
        let mut c = self.next();
        loop {
            if c == b'_' as i32 {
                c = self.next();
            }
            if !valid(c) {
                if kind != "hexadecimal" && is_digit(c) {
                    return Err(self.err(format!(
                        "invalid digit '{}' in {kind} literal",
                        c as u8 as char
                    )));
                }
                self.backup(c);
                return Err(self.err(format!("invalid {kind} literal")));
            }
            c = self.next();
            while valid(c) {
                c = self.next();
            }
            if c != b'_' as i32 {
                break;
            }
        }
        if kind != "hexadecimal" && is_digit(c) {
            return Err(self.err(format!(
                "invalid digit '{}' in {kind} literal",
                c as u8 as char
            )));
        }
        self.verify_end(c, kind)?;
        self.backup(c);
        Ok(())
    }

    /// A literal starting with `0` and no radix prefix: `0`, `00`, `0.5`, `0e1`,
    /// `0j`, `09.5` are fine; `007` is an old-style octal, now an error.
    fn leading_zeros(&mut self, mut c: i32) -> NumResult<()> {
        loop {
            if c == b'_' as i32 {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.err("invalid decimal literal"));
                }
            }
            if c != b'0' as i32 {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.cur;
        let nonzero = is_digit(c);
        if nonzero {
            c = self.decimal_tail()?;
        }
        if c == b'.' as i32 || is(c, b"eEjJ") {
            return self.after_integer(c);
        }
        if nonzero {
            return Err(NumberError {
                msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .into(),
                at: 1,
                end: Some(zeros_end),
            });
        }
        self.verify_end(c, "decimal")?;
        self.backup(c);
        Ok(())
    }

    /// A number directly followed by a letter is an error, except before the
    /// keywords that may legally follow a number (`1if x else 2`).
    fn verify_end(&mut self, c: i32, kind: &str) -> NumResult<()> {
        let rest = &self.s[self.cur.min(self.s.len())..];
        let keyword_follows = |word: &[u8]| {
            rest.starts_with(word)
                && !rest
                    .get(word.len())
                    .is_some_and(|&b| is_ident_char(b as i32))
        };
        let before_keyword = match u8::try_from(c).unwrap_or(0) {
            b'a' => keyword_follows(b"nd"),
            b'e' => keyword_follows(b"lse"),
            b'f' => keyword_follows(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => keyword_follows(b"r"),
            b'n' => keyword_follows(b"ot"),
            _ => false,
        };
        if !before_keyword && is_ident_char(c) {
            self.backup(c);
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// The pieces of a string token: its prefix flags and the text between quotes.
#[derive(Debug, Clone, Copy)]
pub struct StringParts<'a> {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes, undecoded.
    pub body: &'a str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

/// Splits a complete string token (as produced by the lexer) into prefix and body.
pub fn split_string(text: &str) -> StringParts<'_> {
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let q = text.as_bytes().get(prefix_len).copied().unwrap_or(b'"');
    let rest = &text[prefix_len..];
    let quote_len = if rest.len() >= 6 && rest.as_bytes()[1] == q && rest.as_bytes()[2] == q {
        3
    } else {
        1
    };
    let body_end = text
        .len()
        .saturating_sub(quote_len)
        .max(prefix_len + quote_len);
    StringParts {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        fstring: prefix.contains('f'),
        body: &text[prefix_len + quote_len..body_end],
        body_offset: prefix_len + quote_len,
    }
}

/// Decodes the escapes of a str literal body. The error is CPython's message.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, ch)) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        let Some((_, esc)) = chars.next() else {
            out.push('\\');
            break;
        };
        match esc {
            '\n' => {}
            'x' | 'u' | 'U' => {
                let width = match esc {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let value = hex_digits(&mut chars, width).map_err(|found| {
                    let name = match esc {
                        'x' => "\\xXX",
                        'u' => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    };
                    unicode_error(pos, pos + 1 + found, &format!("truncated {name} escape"))
                })?;
                match char::from_u32(value) {
                    Some(c) => out.push(c),
                    // A lone surrogate: a Rust String cannot hold it.
                    None if value < 0x110000 => out.push('\u{fffd}'),
                    None => {
                        return Err(unicode_error(
                            pos,
                            pos + 1 + width,
                            "illegal Unicode character",
                        ))
                    }
                }
            }
            'N' => out.push(named_escape(body, pos, &mut chars)?),
            _ => push_simple_escape(&mut out, esc, &mut chars),
        }
    }
    Ok(out)
}

type CharIter<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// The escapes shared by str and bytes: single characters and octal.
fn push_simple_escape(out: &mut String, esc: char, chars: &mut CharIter<'_>) {
    match esc {
        '\\' | '\'' | '"' => out.push(esc),
        'a' => out.push('\x07'),
        'b' => out.push('\x08'),
        'f' => out.push('\x0c'),
        'n' => out.push('\n'),
        'r' => out.push('\r'),
        't' => out.push('\t'),
        'v' => out.push('\x0b'),
        '0'..='7' => {
            let mut value = esc as u32 - '0' as u32;
            for _ in 0..2 {
                match chars.peek() {
                    Some(&(_, d @ '0'..='7')) => {
                        value = value * 8 + (d as u32 - '0' as u32);
                        chars.next();
                    }
                    _ => break,
                }
            }
            out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
        }
        _ => {
            out.push('\\');
            out.push(esc);
        }
    }
}

/// Reads exactly `width` hex digits; on failure returns how many were found.
fn hex_digits(chars: &mut CharIter<'_>, width: usize) -> Result<u32, usize> {
    let mut value = 0u32;
    for found in 0..width {
        match chars.peek().and_then(|&(_, c)| c.to_digit(16)) {
            Some(d) => {
                value = value.wrapping_mul(16).wrapping_add(d);
                chars.next();
            }
            None => return Err(found),
        }
    }
    Ok(value)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

fn named_escape(body: &str, pos: usize, chars: &mut CharIter<'_>) -> Result<char, String> {
    let malformed = || unicode_error(pos, pos + 1, "malformed \\N character escape");
    if chars.peek().map(|&(_, c)| c) != Some('{') {
        return Err(malformed());
    }
    let (open, _) = chars.next().unwrap();
    let close = body[open..]
        .find('}')
        .map(|i| open + i)
        .ok_or_else(malformed)?;
    let name = &body[open + 1..close];
    while chars.peek().is_some_and(|&(i, _)| i <= close) {
        chars.next();
    }
    if name.is_empty() {
        return Err(malformed());
    }
    lookup_char_name(name)
        .ok_or_else(|| unicode_error(pos, close, "unknown Unicode character name"))
}

/// The `\N{...}` names this implementation knows: letters, digits and a set of
/// commonly used symbols (the full Unicode name table is not carried).
fn lookup_char_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    for (prefix, base) in [
        ("LATIN SMALL LETTER ", b'a'),
        ("LATIN CAPITAL LETTER ", b'A'),
    ] {
        if let Some(letter) = upper.strip_prefix(prefix) {
            if letter.len() == 1 && letter.as_bytes()[0].is_ascii_uppercase() {
                return Some((letter.as_bytes()[0] - b'A' + base) as char);
            }
        }
    }
    const DIGITS: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    if let Some(digit) = upper.strip_prefix("DIGIT ") {
        return DIGITS
            .iter()
            .position(|d| *d == digit)
            .map(|i| (b'0' + i as u8) as char);
    }
    const NAMES: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("CHARACTER TABULATION", '\t'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("ESCAPE", '\x1b'),
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("SECTION SIGN", '§'),
        ("COPYRIGHT SIGN", '©'),
        ("REGISTERED SIGN", '®'),
        ("DEGREE SIGN", '°'),
        ("PLUS-MINUS SIGN", '±'),
        ("MICRO SIGN", 'µ'),
        ("PILCROW SIGN", '¶'),
        ("MIDDLE DOT", '·'),
        ("POUND SIGN", '£'),
        ("YEN SIGN", '¥'),
        ("CENT SIGN", '¢'),
        ("EURO SIGN", '€'),
        ("MULTIPLICATION SIGN", '×'),
        ("DIVISION SIGN", '÷'),
        ("LATIN SMALL LETTER E WITH ACUTE", 'é'),
        ("LATIN SMALL LETTER SHARP S", 'ß'),
        ("GREEK SMALL LETTER ALPHA", 'α'),
        ("GREEK SMALL LETTER BETA", 'β'),
        ("GREEK SMALL LETTER GAMMA", 'γ'),
        ("GREEK SMALL LETTER DELTA", 'δ'),
        ("GREEK SMALL LETTER LAMDA", 'λ'),
        ("GREEK SMALL LETTER MU", 'μ'),
        ("GREEK SMALL LETTER PI", 'π'),
        ("GREEK SMALL LETTER SIGMA", 'σ'),
        ("GREEK SMALL LETTER OMEGA", 'ω'),
        ("GREEK CAPITAL LETTER DELTA", 'Δ'),
        ("GREEK CAPITAL LETTER SIGMA", 'Σ'),
        ("GREEK CAPITAL LETTER OMEGA", 'Ω'),
        ("EN DASH", '–'),
        ("EM DASH", '—'),
        ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
        ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
        ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
        ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
        ("BULLET", '•'),
        ("HORIZONTAL ELLIPSIS", '…'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("TRADE MARK SIGN", '™'),
        ("LEFTWARDS ARROW", '←'),
        ("UPWARDS ARROW", '↑'),
        ("RIGHTWARDS ARROW", '→'),
        ("DOWNWARDS ARROW", '↓'),
        ("INFINITY", '∞'),
        ("BLACK STAR", '★'),
        ("WHITE STAR", '☆'),
        ("SNOWMAN", '☃'),
        ("WHITE SMILING FACE", '☺'),
        ("BLACK HEART SUIT", '♥'),
        ("CHECK MARK", '✓'),
        ("HEAVY CHECK MARK", '✔'),
        ("BALLOT X", '✗'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
        ("GRINNING FACE", '😀'),
        ("THUMBS UP SIGN", '👍'),
        ("PILE OF POO", '💩'),
    ];
    NAMES.iter().find(|(n, _)| *n == upper).map(|&(_, c)| c)
}

/// Decodes a bytes literal body: ASCII only, with the str escapes minus `\u`,
/// `\U` and `\N`, and octal escapes truncated to a byte.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".to_string());
    }
    if raw || !body.contains('\\') {
        return Ok(body.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, ch)) = chars.next() {
        if ch != '\\' {
            out.push(ch as u8);
            continue;
        }
        match chars.next() {
            None => out.push(b'\\'),
            Some((_, '\n')) => {}
            Some((_, 'x')) => {
                let value = hex_digits(&mut chars, 2)
                    .map_err(|_| format!("(value error) invalid \\x escape at position {pos}"))?;
                out.push(value as u8);
            }
            Some((_, esc)) => {
                let mut s = String::new();
                push_simple_escape(&mut s, esc, &mut chars);
                out.extend(s.chars().map(|c| (c as u32 & 0xff) as u8));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        let lexed = tokenize(src);
        assert!(lexed.error.is_none(), "{:?}", lexed.error);
        lexed.tokens.iter().map(|t| t.kind).collect()
    }

    fn error(src: &str) -> SyntaxError {
        tokenize(src).error.expect("expected a tokenizer error")
    }

    use Token::*;

    #[test]
    fn simple_line() {
        assert_eq!(kinds("x = 1\n"), [Name, Equal, Number, Newline, EndMarker]);
        assert_eq!(kinds("x = 1"), [Name, Equal, Number, Newline, EndMarker]);
        assert_eq!(kinds(""), [EndMarker]);
        assert_eq!(kinds("# only a comment\n\n   \n"), [EndMarker]);
    }

    #[test]
    fn indentation() {
        let src = "if x:\n    y\n\n    # c\n        \n    z\nw\n";
        assert_eq!(
            kinds(src),
            [
                If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Name,
                Newline, EndMarker
            ]
        );
        let tabs = [
            If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, EndMarker,
        ];
        assert_eq!(kinds("if x:\n\ty\n\tz\n"), tabs);
    }

    #[test]
    fn dedents_at_eof() {
        let toks = tokenize("if x:\n  if y:\n    z").tokens;
        let tail: Vec<_> = toks
            .iter()
            .rev()
            .take(3)
            .map(|t| (t.kind, t.at_eof))
            .collect();
        assert_eq!(tail, [(EndMarker, true), (Dedent, true), (Dedent, true)]);
    }

    #[test]
    fn brackets_join_lines() {
        assert_eq!(
            kinds("f(1,\n  2)\n"),
            [Name, LParen, Number, Comma, Number, RParen, Newline, EndMarker]
        );
        assert_eq!(
            kinds("x = 1 + \\\n  2\n"),
            [Name, Equal, Number, Plus, Number, Newline, EndMarker]
        );
    }

    #[test]
    fn positions_in_characters() {
        let toks = tokenize("café = 'é'\n").tokens;
        assert_eq!((toks[0].col, toks[0].end_col), (0, 4));
        assert_eq!((toks[1].col, toks[2].col, toks[2].end_col), (5, 7, 10));
        let toks = tokenize("x = '''a\nbc'''\n").tokens;
        assert_eq!(
            (toks[2].line, toks[2].col, toks[2].end_line, toks[2].end_col),
            (1, 4, 2, 5)
        );
    }

    #[test]
    fn numbers() {
        for ok in [
            "1", "1_000", "0x_1f", "0o17", "0b1_0", "00", "0_0", "1.5", "1.", ".5", "1e10", "1E-5",
            "1e1_0", "3j", "09.5", "0e0",
        ] {
            let toks = tokenize(ok).tokens;
            assert_eq!((toks[0].kind, toks[0].end), (Number, ok.len()), "{ok}");
        }
        assert_eq!(
            kinds("1if x else 2"),
            [Number, If, Name, Else, Number, Newline, EndMarker]
        );
        assert_eq!(kinds("1..real"), [Number, Dot, Name, Newline, EndMarker]);
    }

    #[test]
    fn number_errors() {
        let cases = [
            ("1abc\n", "invalid decimal literal", 1, 1),
            ("007\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 3),
            ("0x\n", "invalid hexadecimal literal", 2, 2),
            ("0o8\n", "invalid digit '8' in octal literal", 3, 3),
            ("0b2\n", "invalid digit '2' in binary literal", 3, 3),
            ("1_\n", "invalid decimal literal", 2, 2),
            ("1__0\n", "invalid decimal literal", 2, 2),
            ("1e\n", "invalid decimal literal", 1, 1),
            ("1.__class__\n", "invalid decimal literal", 2, 2),
            ("1e+\n", "invalid decimal literal", 3, 3),
            ("09\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 2),
        ];
        for (src, msg, col, end_col) in cases {
            let err = error(src);
            assert_eq!(
                (err.msg.as_str(), err.col, err.end_col),
                (msg, col, end_col),
                "{src:?}"
            );
        }
    }

    #[test]
    fn string_errors() {
        let err = error("'abc\n");
        assert_eq!(
            (err.msg.as_str(), err.col, err.incomplete),
            ("unterminated string literal (detected at line 1)", 1, false)
        );
        let err = error("a = \"\"\"\nab\n");
        assert_eq!(
            err.msg,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!((err.line, err.col, err.incomplete), (1, 5, true));
    }

    #[test]
    fn bracket_errors() {
        assert_eq!(error(")\n").msg, "unmatched ')'");
        assert_eq!(
            error("(]\n").msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        let err = error("(\n]\n");
        assert_eq!(
            err.msg,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!((err.line, err.col), (2, 1));
        let deep = format!("x = {}{}\n", "(".repeat(201), ")".repeat(201));
        let err = error(&deep);
        assert_eq!(
            (err.msg.as_str(), err.col),
            ("too many nested parentheses", 205)
        );
        let lexed = tokenize("foo(1,\n");
        assert_eq!(
            lexed.unclosed,
            Some(OpenBracket {
                ch: '(',
                line: 1,
                col: 3
            })
        );
    }

    #[test]
    fn indentation_errors() {
        let err = error("if x:\n    a\n  b\n");
        assert_eq!(
            err.msg,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(
            (err.kind, err.line, err.col),
            (SyntaxErrorKind::IndentationError, 3, 4)
        );
        let err = error("if True:\n\tx\n        y\n");
        assert_eq!((err.kind, err.line), (SyntaxErrorKind::TabError, 3));
    }

    #[test]
    fn continuation_errors() {
        let err = error("x = \\\n");
        assert_eq!(
            (err.msg.as_str(), err.col, err.incomplete),
            ("unexpected EOF while parsing", 6, true)
        );
        let err = error("x = 1 \\ 2\n");
        assert_eq!(
            (err.msg.as_str(), err.col),
            ("unexpected character after line continuation character", 8)
        );
        assert!(error("\\").incomplete);
    }

    #[test]
    fn character_errors() {
        let err = error("x = €\n");
        assert_eq!(
            (err.msg.as_str(), err.col),
            ("invalid character '€' (U+20AC)", 5)
        );
        assert_eq!(error("a $ b\n").msg, "invalid syntax");
        assert_eq!(
            error("a\u{a0}= 1\n").msg,
            "invalid non-printable character U+00A0"
        );
        assert_eq!(
            kinds("café = 1\n"),
            [Name, Equal, Number, Newline, EndMarker]
        );
    }

    #[test]
    fn crlf_and_bom() {
        let src = normalize_source("\u{feff}if x:\r\n  y\r\n");
        assert_eq!(
            kinds(&src),
            [If, Name, Colon, Newline, Indent, Name, Newline, Dedent, EndMarker]
        );
    }

    #[test]
    fn string_decoding() {
        assert_eq!(
            decode_str(r"a\n\t\\\'\x41\u00e9\U0001F600\101\d", false).unwrap(),
            "a\n\t\\'Aé😀A\\d"
        );
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(
            decode_str(r"\N{EM DASH}\N{digit one}", false).unwrap(),
            "—1"
        );
        assert_eq!(decode_str(r"\n", true).unwrap(), r"\n");
        assert!(decode_str(r"\x4", false)
            .unwrap_err()
            .ends_with("position 0-2: truncated \\xXX escape"));
        assert!(decode_str(r"\N{foo}", false)
            .unwrap_err()
            .ends_with("position 0-6: unknown Unicode character name"));
        assert_eq!(
            decode_bytes(r"a\x00\777\u", false).unwrap(),
            b"a\x00\xff\\u"
        );
        assert_eq!(
            decode_bytes("é", false).unwrap_err(),
            "bytes can only contain ASCII literal characters"
        );
    }

    #[test]
    fn split_strings() {
        let parts = split_string("Rb'''x'''");
        assert!(parts.raw && parts.bytes && !parts.fstring);
        assert_eq!((parts.body, parts.body_offset), ("x", 5));
        assert_eq!(split_string("''").body, "");
        assert_eq!(split_string("f\"{x}\"").body, "{x}");
    }
}
