//! The token set. `logos` recognises the context-free part of the token stream:
//! names, keywords and operators. Three token kinds are only *starts* that the lexer
//! wrapper (`lexer.rs`) finishes by hand, because their full syntax is easier to
//! scan than to express as one regex and their error messages depend on where the
//! scan stops: `Number` (a digit, or `.` and a digit), `String` (an optional prefix
//! and an opening quote) and `Backslash` (a line continuation not followed by a
//! newline). `Newline` is the physical newline; the wrapper turns it into the
//! logical NEWLINE token or drops it. `Indent`, `Dedent` and `EndMarker` are never
//! produced by logos: the wrapper synthesises them from the indentation stack.

use logos::Logos;

/// One token kind. Text-carrying kinds (`Name`, `Number`, `String`) keep their text
/// in the source; the parser slices it using the token's byte span.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Token {
    /// An identifier. Any non-ASCII character is accepted here and checked by the
    /// lexer wrapper, which can then name the offending character in its message.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    /// The start of a numeric literal; the wrapper scans the rest.
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Number,
    /// A string prefix and opening quote; the wrapper scans the body.
    #[regex(r#"(?i:[rubf]|br|rb|fr|rf)?['"]"#)]
    String,
    /// A physical newline (sources are normalised to `\n` first).
    #[token("\n")]
    Newline,
    /// A backslash followed by a newline: an explicit line join.
    #[token("\\\n")]
    Continuation,
    /// A backslash not followed by a newline: always an error.
    #[token("\\")]
    Backslash,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LSquare,
    #[token("]")]
    RSquare,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("=")]
    Equal,
    #[token("@")]
    At,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,

    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,

    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("@=")]
    AtEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,

    /// Synthesised when a line is indented deeper than the enclosing block.
    Indent,
    /// Synthesised when a line returns to an enclosing block's indentation.
    Dedent,
    /// Synthesised after the last token of the input.
    EndMarker,
}

impl Token {
    /// True for the tokens that cannot be a variable name (`if`, `None`, ...).
    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Token::False as u8) && (self as u8) <= (Token::Yield as u8)
    }

    /// The source spelling of a keyword or operator (empty for other kinds), used in
    /// error messages such as `'(' was never closed`.
    pub fn text(self) -> &'static str {
        use Token::*;
        match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            LParen => "(",
            RParen => ")",
            LSquare => "[",
            RSquare => "]",
            LBrace => "{",
            RBrace => "}",
            _ => "",
        }
    }
}
