//! Source text to AST: `token` (the logos token set), `lexer` (which adds NEWLINE,
//! INDENT and DEDENT and joins lines inside brackets), `parser` (recursive descent,
//! one function per grammar rule) and `ast` (the tree they produce).

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

pub use parser::{parse_expression, parse_module};

/// A syntax (or indentation) error, carrying what CPython prints for it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{msg}")]
pub struct SyntaxError {
    /// The message after `SyntaxError: `, worded as CPython 3.11 words it
    /// (`invalid syntax`, `expected ':'`, `'(' was never closed`, ...).
    pub msg: String,
    /// 1-based line of the offending token.
    pub line: u32,
    /// 1-based column where the caret goes (CPython's `offset`).
    pub col: u32,
    /// Optional end column (1-based, exclusive) for a run of carets, as CPython 3.11
    /// prints `^^^^` under a whole token or expression. 0 means a single caret.
    pub end_col: u32,
    /// `IndentationError` / `TabError` instead of `SyntaxError`.
    pub kind: SyntaxErrorKind,
    /// True when the error is only that the input ended too soon (an open bracket, a
    /// block header with no body yet, an unterminated triple-quoted string): the REPL
    /// then asks for another line with the `... ` prompt instead of reporting it.
    pub incomplete: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}
