//! Recursive-descent parser from the token list of `lexer.rs` to the AST of
//! `ast.rs`, one function per rule of CPython 3.11's grammar (without `match`,
//! `async`/`await` and type parameters).
//!
//! Design:
//! * One token of lookahead, plus a second for the few places the grammar needs it
//!   (`name=` in calls, `name :=`). The only backtracking is bounded and local: the
//!   parenthesised form of `with`, and re-parsing one expression to word an error.
//! * Targets (assignment, `for`, `with ... as`, `del`) are parsed as expressions and
//!   then checked, as CPython does, which also yields its `cannot assign to ...`
//!   messages. `for` and comprehension targets use a restricted parser (primaries
//!   and starred primaries) so that `in` is not taken for a comparison.
//! * Binary operators use precedence climbing: one loop instead of a function per
//!   precedence level keeps the stack shallow for parenthesised nesting.
//! * Errors follow CPython's two-tier scheme: a generic `invalid syntax` at the
//!   token where parsing stopped, refined by the specific messages of CPython's
//!   `invalid_*` rules for common mistakes. A tokenizer error anywhere in the
//!   input takes precedence over a parser error, and an unclosed bracket before
//!   the error line becomes `'(' was never closed` (see `Parser::resolve_error`).
//! * String literals are decoded here; f-strings are split following CPython
//!   3.11's `string_parser.c`, and each replacement field's expression is lexed
//!   and parsed by a sub-parser positioned at its real line and column.
//! * Recursion depth is bounded (`MAX_DEPTH`): the lexer already caps brackets at
//!   200, and this caps chains such as `not not ...` or `- - ...`.

use super::ast::*;
use super::lexer::{self, Lexed, OpenBracket, Tok};
use super::token::Token;
use super::{SyntaxError, SyntaxErrorKind};

/// Nesting limit for recursive rules (each bracket level costs two units).
const MAX_DEPTH: u32 = 1000;
/// CPython's limit on nested format specs: `f'{a:{b:{c}}}'` is too deep.
const MAX_FSTRING_NESTING: u32 = 2;

type PResult<T> = Result<T, SyntaxError>;

/// Parses a whole module (a file, or one REPL entry).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let src = lexer::normalize_source(source);
    run_parser(&src, lexer::tokenize(&src), |p| p.file())
}

/// Parses the argument of `eval()`: one expression list, which may be surrounded
/// by whitespace and blank lines.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let src = lexer::normalize_source(source);
    let trimmed = src.trim_start_matches([' ', '\t', '\x0c']);
    let offset = (src.len() - trimmed.len()) as u32;
    let mut lexed = lexer::tokenize(trimmed);
    for tok in &mut lexed.tokens {
        if tok.line == 1 {
            tok.col += offset;
        }
        if tok.end_line == 1 {
            tok.end_col += offset;
        }
    }
    run_parser(trimmed, lexed, |p| p.eval_input())
}

/// Stack for parsing deeply nested input: 200 nested brackets take a few
/// megabytes in unoptimised builds, more than a test thread's default 2 MiB.
const DEEP_STACK_SIZE: usize = 256 << 20;

/// Runs `entry` on the tokens, on a thread with a large stack when the input
/// could nest deeply (bracket depth, or many operators that recurse).
fn run_parser<T: Send>(
    src: &str,
    lexed: Lexed,
    entry: fn(&mut Parser<'_>) -> PResult<T>,
) -> PResult<T> {
    let run = move |lexed: Lexed| {
        let mut parser = Parser::new(src, lexed, 0, false);
        let result = entry(&mut parser);
        parser.finish(result)
    };
    if !may_nest_deeply(&lexed.tokens) {
        return run(lexed);
    }
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .stack_size(DEEP_STACK_SIZE)
            .spawn_scoped(scope, move || run(lexed));
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: try on this one, which copes with most input.
            Err(_) => run(lexer::tokenize(src)),
        }
    })
}

/// A cheap over-estimate of recursion: any bracket nesting beyond a few levels,
/// or more than a handful of tokens whose rules recurse (unary operators, `not`,
/// `lambda`, conditional expressions, `**`, strings holding f-string fields).
fn may_nest_deeply(tokens: &[Tok]) -> bool {
    let mut recursive = 0;
    for tok in tokens {
        if tok.level > 8 {
            return true;
        }
        if matches!(
            tok.kind,
            Token::Not
                | Token::Minus
                | Token::Plus
                | Token::Tilde
                | Token::Lambda
                | Token::If
                | Token::DoubleStar
        ) {
            recursive += 1;
        }
    }
    recursive > 32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    line: u32,
    col: u32,
}

fn start_of(e: &Expr) -> Pos {
    Pos {
        line: e.line,
        col: e.col,
    }
}

fn end_of(e: &Expr) -> Pos {
    Pos {
        line: e.end_line,
        col: e.end_col,
    }
}

fn tok_start(t: &Tok) -> Pos {
    Pos {
        line: t.line,
        col: t.col,
    }
}

fn tok_end(t: &Tok) -> Pos {
    Pos {
        line: t.end_line,
        col: t.end_col,
    }
}

fn mk(kind: ExprKind, start: Pos, end: Pos) -> Expr {
    Expr::new(kind, start.line, start.col, end.line, end.col)
}

fn mk_stmt(kind: StmtKind, start: Pos, end: Pos) -> Stmt {
    Stmt::new(kind, start.line, start.col, end.line, end.col)
}

fn error_at(kind: SyntaxErrorKind, msg: &str, start: Pos, end_col: u32) -> SyntaxError {
    SyntaxError {
        msg: msg.to_string(),
        line: start.line,
        col: start.col + 1,
        end_col,
        kind,
        incomplete: false,
    }
}

/// A span-preserving error over an expression: caret run from its start to its end.
fn error_over(msg: &str, start: Pos, end: Pos) -> SyntaxError {
    let end_col = if end.line == start.line {
        end.col + 1
    } else {
        0
    };
    error_at(SyntaxErrorKind::SyntaxError, msg, start, end_col)
}

fn expr_error(msg: &str, e: &Expr) -> SyntaxError {
    error_over(msg, start_of(e), end_of(e))
}

/// What CPython calls an expression kind in messages (`_PyPegen_get_expr_name`).
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Store,
    Del,
}

/// The first sub-expression that cannot be assigned to (or deleted), as CPython's
/// `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred(inner) if kind == TargetKind::Store => invalid_target(inner, kind),
        _ => Some(e),
    }
}

fn check_target(e: &Expr, kind: TargetKind) -> PResult<()> {
    match invalid_target(e, kind) {
        None => Ok(()),
        Some(bad) => {
            let verb = if kind == TargetKind::Store {
                "assign to"
            } else {
                "delete"
            };
            Err(expr_error(
                &format!("cannot {verb} {}", expr_name(bad)),
                bad,
            ))
        }
    }
}

fn augassign_op(kind: Token) -> Option<BinOp> {
    Some(match kind {
        Token::PlusEqual => BinOp::Add,
        Token::MinusEqual => BinOp::Sub,
        Token::StarEqual => BinOp::Mult,
        Token::AtEqual => BinOp::MatMult,
        Token::SlashEqual => BinOp::Div,
        Token::DoubleSlashEqual => BinOp::FloorDiv,
        Token::PercentEqual => BinOp::Mod,
        Token::DoubleStarEqual => BinOp::Pow,
        Token::AmperEqual => BinOp::BitAnd,
        Token::VbarEqual => BinOp::BitOr,
        Token::CircumflexEqual => BinOp::BitXor,
        Token::LeftShiftEqual => BinOp::LShift,
        Token::RightShiftEqual => BinOp::RShift,
        _ => return None,
    })
}

/// Binary operators and their precedence (higher binds tighter), below `**`.
fn binary_op(kind: Token) -> Option<(BinOp, u8)> {
    Some(match kind {
        Token::Vbar => (BinOp::BitOr, 1),
        Token::Circumflex => (BinOp::BitXor, 2),
        Token::Amper => (BinOp::BitAnd, 3),
        Token::LeftShift => (BinOp::LShift, 4),
        Token::RightShift => (BinOp::RShift, 4),
        Token::Plus => (BinOp::Add, 5),
        Token::Minus => (BinOp::Sub, 5),
        Token::Star => (BinOp::Mult, 6),
        Token::Slash => (BinOp::Div, 6),
        Token::DoubleSlash => (BinOp::FloorDiv, 6),
        Token::Percent => (BinOp::Mod, 6),
        Token::At => (BinOp::MatMult, 6),
        _ => return None,
    })
}

/// Tokens that can begin an expression (used to word errors and to tell whether a
/// statement such as `return` has a value).
fn starts_expression(kind: Token) -> bool {
    matches!(
        kind,
        Token::Name
            | Token::Number
            | Token::String
            | Token::LParen
            | Token::LSquare
            | Token::LBrace
            | Token::Minus
            | Token::Plus
            | Token::Tilde
            | Token::Not
            | Token::Lambda
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
            | Token::Await
    )
}

/// Accumulates the parts of a (possibly implicitly concatenated) string literal.
#[derive(Default)]
struct StrParts {
    exprs: Vec<Expr>,
    literal: String,
    fstring: bool,
}

impl StrParts {
    fn flush(&mut self, start: Pos, end: Pos) {
        if !self.literal.is_empty() {
            let text = std::mem::take(&mut self.literal);
            self.exprs
                .push(mk(ExprKind::Constant(Constant::Str(text)), start, end));
        }
    }
}

/// Where an f-string body is being read: the token, the text and read position.
struct FString<'a> {
    tok: Tok,
    /// The whole token text (prefix and quotes included).
    text: &'a str,
    pos: usize,
    end: usize,
    raw: bool,
    /// Span of the whole concatenated literal: every part is placed there.
    span: (Pos, Pos),
}

struct Parser<'s> {
    src: &'s str,
    toks: Vec<Tok>,
    pos: usize,
    depth: u32,
    lex_error: Option<SyntaxError>,
    unclosed: Option<OpenBracket>,
    /// Parsing the expression of an f-string field: messages get `f-string: `.
    in_fstring: bool,
}

impl<'s> Parser<'s> {
    fn new(src: &'s str, lexed: Lexed, depth: u32, in_fstring: bool) -> Parser<'s> {
        let Lexed {
            mut tokens,
            error,
            unclosed,
        } = lexed;
        if error.is_some() || tokens.last().map(|t| t.kind) != Some(Token::EndMarker) {
            // A sentinel so that the parser stops where the tokenizer did.
            let (line, col) = tokens.last().map_or((1, 0), |t| (t.end_line, t.end_col));
            let end = tokens.last().map_or(0, |t| t.end);
            tokens.push(Tok {
                kind: Token::EndMarker,
                start: end,
                end,
                line,
                col,
                end_line: line,
                end_col: col,
                level: 0,
                at_eof: false,
            });
        }
        Parser {
            src,
            toks: tokens,
            pos: 0,
            depth,
            lex_error: error,
            unclosed,
            in_fstring,
        }
    }

    /// Picks the error to report, as CPython's `_PyPegen_set_syntax_error` does: a
    /// tokenizer error wins over a parser error (except `unexpected indent`), and a
    /// bracket left open on an earlier line explains a later failure better.
    fn finish<T>(&self, result: PResult<T>) -> PResult<T> {
        let err = match (result, &self.lex_error) {
            (Ok(value), None) => return Ok(value),
            (Ok(_), Some(lex)) => return Err(lex.clone()),
            (Err(err), _) => err,
        };
        if err.msg == "unexpected indent" {
            return Err(err);
        }
        if let Some(lex) = &self.lex_error {
            return Err(lex.clone());
        }
        if let Some(open) = self.unclosed {
            if err.incomplete || err.line > open.line {
                let msg = format!("'{}' was never closed", open.ch);
                let mut never = error_at(
                    SyntaxErrorKind::SyntaxError,
                    &msg,
                    Pos {
                        line: open.line,
                        col: open.col,
                    },
                    0,
                );
                never.incomplete = err.incomplete;
                return Err(never);
            }
        }
        Err(err)
    }

    // ----- token access -------------------------------------------------------

    fn tok(&self) -> &Tok {
        &self.toks[self.pos]
    }

    fn peek(&self) -> Token {
        self.toks[self.pos].kind
    }

    fn peek_at(&self, n: usize) -> Token {
        self.toks
            .get(self.pos + n)
            .map_or(Token::EndMarker, |t| t.kind)
    }

    fn prev_end(&self) -> Pos {
        tok_end(&self.toks[self.pos.saturating_sub(1)])
    }

    fn advance(&mut self) -> Tok {
        let tok = self.toks[self.pos];
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        tok
    }

    fn eat(&mut self, kind: Token) -> bool {
        if self.peek() == kind {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, kind: Token) -> PResult<Tok> {
        if self.peek() == kind {
            Ok(self.advance())
        } else {
            Err(self.invalid_syntax())
        }
    }

    fn text(&self, tok: &Tok) -> &'s str {
        &self.src[tok.start..tok.end]
    }

    fn name(&mut self) -> PResult<(String, Tok)> {
        let tok = self.expect(Token::Name)?;
        Ok((self.text(&tok).to_string(), tok))
    }

    // ----- errors -------------------------------------------------------------

    fn msg(&self, msg: &str) -> String {
        if self.in_fstring {
            format!("f-string: {msg}")
        } else {
            msg.to_string()
        }
    }

    /// An error whose caret run covers `tok`; at the end of input it has no run and
    /// is marked incomplete, since more input could have fixed it.
    fn error_at_tok(&self, tok: &Tok, kind: SyntaxErrorKind, msg: &str) -> SyntaxError {
        let end_col = if tok.at_eof { 0 } else { tok.end_col + 1 };
        let mut err = error_at(kind, &self.msg(msg), tok_start(tok), end_col);
        err.incomplete = tok.at_eof;
        err
    }

    fn error_here(&self, msg: &str) -> SyntaxError {
        self.error_at_tok(self.tok(), SyntaxErrorKind::SyntaxError, msg)
    }

    fn invalid_syntax(&self) -> SyntaxError {
        let tok = self.tok();
        if tok.kind == Token::Indent {
            let mut err = error_at(
                SyntaxErrorKind::IndentationError,
                "unexpected indent",
                tok_start(tok),
                0,
            );
            err.col = tok.end_col;
            return err;
        }
        self.error_here("invalid syntax")
    }

    fn range_error(&self, msg: &str, start: Pos, end: Pos) -> SyntaxError {
        error_over(&self.msg(msg), start, end)
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_here("too many nested parentheses"));
        }
        Ok(())
    }

    /// Runs `f` and rewinds, returning its result: used only to word an error.
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let (pos, depth) = (self.pos, self.depth);
        let result = f(self).ok();
        self.pos = pos;
        self.depth = depth;
        result
    }

    /// The error for an expression followed by something that cannot follow it:
    /// `print x` (Python 2 style), `[a b]` (missing comma), else `invalid syntax`.
    fn unexpected_after(&mut self, e: &Expr, first: usize) -> SyntaxError {
        if !starts_expression(self.peek()) {
            return self.invalid_syntax();
        }
        let legacy = match &e.kind {
            ExprKind::Name(name)
                if (name == "print" || name == "exec") && self.toks[first].kind == Token::Name =>
            {
                Some(name.clone())
            }
            _ => None,
        };
        let Some(b) = self.speculate(|p| {
            if legacy.is_some() {
                p.star_expressions()
            } else {
                p.expression()
            }
        }) else {
            return self.invalid_syntax();
        };
        if let Some(name) = legacy {
            let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            return self.range_error(&msg, start_of(e), end_of(&b));
        }
        let soft_start = self.toks[first].kind == Token::Name
            && (self.toks[first + 1].kind == Token::String
                || matches!(
                    self.text(&self.toks[first]),
                    "match" | "case" | "_" | "type"
                ));
        let in_brackets = self.tok().level > 0;
        if in_brackets
            && !soft_start
            && !matches!(e.kind, ExprKind::IfExp { .. } | ExprKind::Lambda { .. })
        {
            return self.range_error(
                "invalid syntax. Perhaps you forgot a comma?",
                start_of(e),
                end_of(&b),
            );
        }
        self.invalid_syntax()
    }

    // ----- statements ---------------------------------------------------------

    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        while self.peek() != Token::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }

    fn eval_input(&mut self) -> PResult<Expr> {
        while matches!(self.peek(), Token::Newline | Token::Indent) {
            self.advance();
        }
        let first = self.pos;
        let e = self.expressions()?;
        while matches!(self.peek(), Token::Newline | Token::Dedent) {
            self.advance();
        }
        if self.peek() != Token::EndMarker {
            return Err(self.unexpected_after(&e, first));
        }
        Ok(e)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            Token::If => out.push(self.if_stmt()?),
            Token::While => out.push(self.while_stmt()?),
            Token::For => out.push(self.for_stmt()?),
            Token::Try => out.push(self.try_stmt()?),
            Token::With => out.push(self.with_stmt()?),
            Token::Def | Token::Class | Token::At => out.push(self.decorated()?),
            Token::Name if self.text(self.tok()) == "match" => match self.match_stmt()? {
                Some(stmt) => out.push(stmt),
                None => self.simple_stmts(out)?,
            },
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat(Token::Semi) || self.peek() == Token::Newline {
                break;
            }
        }
        self.expect(Token::Newline)?;
        Ok(())
    }

    /// The end of a simple statement: `;` or NEWLINE must follow.
    fn at_stmt_end(&self) -> bool {
        matches!(self.peek(), Token::Semi | Token::Newline)
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = *self.tok();
        let kind = match start.kind {
            Token::Pass | Token::Break | Token::Continue => {
                self.advance();
                match start.kind {
                    Token::Pass => StmtKind::Pass,
                    Token::Break => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            Token::Return => self.return_stmt()?,
            Token::Raise => self.raise_stmt()?,
            Token::Global | Token::Nonlocal => self.global_stmt()?,
            Token::Del => self.del_stmt()?,
            Token::Assert => self.assert_stmt()?,
            Token::Import => self.import_stmt()?,
            Token::From => self.import_from_stmt()?,
            _ => return self.expr_or_assign(),
        };
        if !self.at_stmt_end() {
            return Err(self.invalid_syntax());
        }
        Ok(mk_stmt(kind, tok_start(&start), self.prev_end()))
    }

    fn return_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let value = if self.at_stmt_end() {
            None
        } else {
            Some(self.star_expressions()?)
        };
        Ok(StmtKind::Return(value))
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        if self.at_stmt_end() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = self.expression()?;
        let cause = if self.eat(Token::From) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(StmtKind::Raise {
            exc: Some(exc),
            cause,
        })
    }

    fn global_stmt(&mut self) -> PResult<StmtKind> {
        let global = self.advance().kind == Token::Global;
        let mut names = vec![self.name()?.0];
        while self.eat(Token::Comma) {
            names.push(self.name()?.0);
        }
        Ok(if global {
            StmtKind::Global(names)
        } else {
            StmtKind::Nonlocal(names)
        })
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut targets = Vec::new();
        loop {
            let target = self.star_expression()?;
            check_target(&target, TargetKind::Del)?;
            targets.push(target);
            if !self.eat(Token::Comma) || self.at_stmt_end() {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn assert_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let test = self.expression()?;
        let msg = if self.eat(Token::Comma) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(StmtKind::Assert { test, msg })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.eat(Token::Dot) {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = if self.eat(Token::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias { name, asname });
            if !self.eat(Token::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.peek() {
                Token::Dot => level += 1,
                Token::Ellipsis => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if self.peek() == Token::Name || level == 0 {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(Token::Import)?;
        if self.peek() == Token::Star {
            self.advance();
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![Alias {
                    name: "*".into(),
                    asname: None,
                }],
                level,
            });
        }
        let paren = self.eat(Token::LParen);
        let mut names = Vec::new();
        loop {
            let name = self.name()?.0;
            let asname = if self.eat(Token::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias { name, asname });
            if !self.eat(Token::Comma) {
                break;
            }
            if paren && self.peek() == Token::RParen {
                break;
            }
            if !paren && self.at_stmt_end() {
                return Err(
                    self.error_here("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if paren {
            self.expect(Token::RParen)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and the three kinds of assignment, which all start
    /// with an expression: the token after it decides which one this is.
    fn expr_or_assign(&mut self) -> PResult<Stmt> {
        let first_tok = self.pos;
        let start = tok_start(self.tok());
        let first = self.yield_or_star_expressions()?;
        let kind = match self.peek() {
            Token::Equal => self.assign(first, first_tok)?,
            Token::Colon => self.ann_assign(first, first_tok)?,
            kind if augassign_op(kind).is_some() => {
                let op = augassign_op(self.advance().kind).expect("checked above");
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&first)
                    );
                    return Err(expr_error(&msg, &first));
                }
                let value = self.yield_or_star_expressions()?;
                self.value_end(&value)?;
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                }
            }
            _ => {
                if !self.at_stmt_end() {
                    return Err(self.unexpected_after(&first, first_tok));
                }
                StmtKind::Expr(first)
            }
        };
        Ok(mk_stmt(kind, start, self.prev_end()))
    }

    /// Checks that the value of an assignment ends the statement.
    fn value_end(&mut self, value: &Expr) -> PResult<()> {
        if self.at_stmt_end() {
            return Ok(());
        }
        let first = self
            .toks
            .iter()
            .position(|t| t.line == value.line && t.col == value.col)
            .unwrap_or(self.pos);
        Err(self.unexpected_after(value, first))
    }

    fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Yield {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn is_parenthesized(&self, e: &Expr, first_tok: usize) -> bool {
        let tok = &self.toks[first_tok];
        tok.kind == Token::LParen && (tok.line, tok.col) != (e.line, e.col)
    }

    fn assign(&mut self, first: Expr, first_tok: usize) -> PResult<StmtKind> {
        let mut targets = vec![(first, first_tok)];
        while self.eat(Token::Equal) {
            let tok = self.pos;
            targets.push((self.yield_or_star_expressions()?, tok));
        }
        let (value, _) = targets.pop().expect("at least one target and the value");
        self.value_end(&value)?;
        let single = targets.len() == 1;
        for (target, tok) in &targets {
            self.check_assign_target(target, *tok, single, &value)?;
        }
        Ok(StmtKind::Assign {
            targets: targets.into_iter().map(|(t, _)| t).collect(),
            value,
        })
    }

    /// CPython words an invalid single target as a likely `==` typo
    /// (`f() = 1` → `... here. Maybe you meant '==' instead of '='?`) when the
    /// target is an operand-level expression, and plainly otherwise.
    fn check_assign_target(
        &self,
        target: &Expr,
        tok: usize,
        single: bool,
        value: &Expr,
    ) -> PResult<()> {
        let Some(bad) = invalid_target(target, TargetKind::Store) else {
            return Ok(());
        };
        let parenthesized = self.is_parenthesized(target, tok);
        let operand_level = parenthesized
            || !matches!(
                target.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
                    | ExprKind::Starred(_)
            );
        let excluded = matches!(
            target.kind,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::None | Constant::Bool(_))
        );
        let value_ok = !matches!(
            value.kind,
            ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
                | ExprKind::Lambda { .. }
                | ExprKind::Starred(_)
        );
        if single && operand_level && !excluded && value_ok && std::ptr::eq(bad, target) {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(bad)
            );
            return Err(expr_error(&msg, bad));
        }
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(expr_error(
                "assignment to yield expression not possible",
                target,
            ));
        }
        check_target(target, TargetKind::Store)
    }

    fn ann_assign(&mut self, target: Expr, first_tok: usize) -> PResult<StmtKind> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple(_) | ExprKind::List(_) => {
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&target)
                );
                return Err(expr_error(&msg, &target));
            }
            _ => return Err(expr_error("illegal target for annotation", &target)),
        }
        self.advance();
        let annotation = self.expression()?;
        let value = if self.eat(Token::Equal) {
            let value = self.yield_or_star_expressions()?;
            self.value_end(&value)?;
            Some(value)
        } else {
            None
        };
        let simple =
            matches!(target.kind, ExprKind::Name(_)) && !self.is_parenthesized(&target, first_tok);
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }

    // ----- compound statements ------------------------------------------------

    /// `:` after a block header. Where CPython's grammar forces the colon (`def`,
    /// `try`, `else`, ...) any other token gets `expected ':'`; elsewhere only a
    /// line end does.
    fn expect_colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat(Token::Colon) {
            return Ok(());
        }
        if forced || self.peek() == Token::Newline {
            return Err(self.error_here("expected ':'"));
        }
        Err(self.invalid_syntax())
    }

    /// A suite: statements on the header's line, or an indented block.
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.eat(Token::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        if self.peek() != Token::Indent {
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(self.error_at_tok(self.tok(), SyntaxErrorKind::IndentationError, &msg));
        }
        self.advance();
        while !matches!(self.peek(), Token::Dedent | Token::EndMarker) {
            self.statement(&mut body)?;
        }
        self.expect(Token::Dedent)?;
        Ok(body)
    }

    fn body_end(&self, blocks: &[&[Stmt]]) -> Pos {
        blocks
            .iter()
            .rev()
            .find_map(|b| b.last())
            .map_or(self.prev_end(), |s| Pos {
                line: s.end_line,
                col: s.end_col,
            })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != Token::Else {
            return Ok(Vec::new());
        }
        let tok = self.advance();
        self.expect_colon(true)?;
        self.block("'else' statement", tok.line)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.advance();
        let what = if tok.kind == Token::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.condition()?;
        self.expect_colon(false)?;
        let body = self.block(what, tok.line)?;
        let orelse = if self.peek() == Token::Elif {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        let end = self.body_end(&[&body, &orelse]);
        Ok(mk_stmt(
            StmtKind::If { test, body, orelse },
            tok_start(&tok),
            end,
        ))
    }

    /// The test of `if`/`elif`/`while`: a named expression, with CPython's hint
    /// for the classic `if x = 1:` mistake.
    fn condition(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if self.peek() == Token::Equal && matches!(test.kind, ExprKind::Name(_)) {
            self.advance();
            if let Some(value) = self.speculate(|p| p.bitwise_or()) {
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return Err(self.range_error(msg, start_of(&test), end_of(&value)));
            }
            self.pos -= 1;
        }
        Ok(test)
    }

    /// `match subject:` NEWLINE INDENT `case ...:` blocks. `match` is a soft keyword:
    /// when what follows is not `subject:` and a line end, this is an ordinary
    /// statement (`match = 1`, `match(x)`), and None sends the caller there.
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let save = self.pos;
        let tok = self.advance();
        let subject = match self.match_subject() {
            Ok(e) if self.peek() == Token::Colon && self.peek_at(1) == Token::Newline => e,
            _ => {
                self.pos = save;
                return Ok(None);
            }
        };
        self.advance();
        self.advance();
        if self.peek() != Token::Indent {
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                tok.line
            );
            return Err(self.error_at_tok(self.tok(), SyntaxErrorKind::IndentationError, &msg));
        }
        self.advance();
        let mut cases = Vec::new();
        while !matches!(self.peek(), Token::Dedent | Token::EndMarker) {
            let case = *self.tok();
            if case.kind != Token::Name || self.text(&case) != "case" {
                return Err(self.invalid_syntax());
            }
            self.advance();
            let pattern = self.case_patterns()?;
            let guard = if self.eat(Token::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.expect_colon(false)?;
            let body = self.block("'case' statement", case.line)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        self.expect(Token::Dedent)?;
        let end = self.body_end(&[cases.last().map_or(&[][..], |c| &c.body[..])]);
        Ok(Some(mk_stmt(
            StmtKind::Match { subject, cases },
            tok_start(&tok),
            end,
        )))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let first = self.star_named_expression()?;
        if self.peek() != Token::Comma {
            return Ok(first);
        }
        let start = start_of(&first);
        let mut items = vec![first];
        while self.eat(Token::Comma) {
            if self.peek() == Token::Colon {
                break;
            }
            items.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple(items), start, self.prev_end()))
    }

    /// The patterns of a `case`: one pattern, or an open sequence `a, *b`.
    fn case_patterns(&mut self) -> PResult<Pattern> {
        let first = self.maybe_star_pattern()?;
        if self.peek() != Token::Comma {
            if matches!(first, Pattern::Star(_)) {
                return Err(self.error_here("invalid syntax"));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(Token::Comma) {
            if matches!(self.peek(), Token::Colon | Token::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern::Sequence(items))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.eat(Token::Star) {
            let (name, _) = self.name()?;
            return Ok(Pattern::Star((name != "_").then_some(name)));
        }
        self.pattern()
    }

    /// `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let p = self.or_pattern()?;
        if self.eat(Token::As) {
            let (name, tok) = self.name()?;
            if name == "_" {
                return Err(self.error_at_tok(
                    &tok,
                    SyntaxErrorKind::SyntaxError,
                    "cannot use '_' as a target",
                ));
            }
            return Ok(Pattern::As {
                pattern: Some(Box::new(p)),
                name: Some(name),
            });
        }
        Ok(p)
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let mut alts = vec![self.closed_pattern()?];
        while self.eat(Token::Vbar) {
            alts.push(self.closed_pattern()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Pattern::Or(vec![]))
        } else {
            Pattern::Or(alts)
        })
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        match self.peek() {
            Token::Number
            | Token::Minus
            | Token::String
            | Token::None
            | Token::True
            | Token::False => self.literal_pattern(),
            Token::LParen => {
                self.advance();
                if self.eat(Token::RParen) {
                    return Ok(Pattern::Sequence(vec![]));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(Token::RParen) {
                    if matches!(first, Pattern::Star(_)) {
                        return Err(self.invalid_syntax());
                    }
                    return Ok(first);
                }
                let mut items = vec![first];
                while self.eat(Token::Comma) {
                    if self.peek() == Token::RParen {
                        break;
                    }
                    items.push(self.maybe_star_pattern()?);
                }
                self.expect(Token::RParen)?;
                Ok(Pattern::Sequence(items))
            }
            Token::LSquare => {
                self.advance();
                let mut items = vec![];
                while self.peek() != Token::RSquare {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat(Token::Comma) {
                        break;
                    }
                }
                self.expect(Token::RSquare)?;
                Ok(Pattern::Sequence(items))
            }
            Token::LBrace => self.mapping_pattern(),
            Token::Name => {
                let (value, dotted) = self.pattern_dotted_name()?;
                if self.peek() == Token::LParen {
                    return self.class_pattern(value);
                }
                if dotted {
                    return Ok(Pattern::Value(value));
                }
                let ExprKind::Name(name) = value.kind else {
                    return Err(self.invalid_syntax());
                };
                Ok(Pattern::As {
                    pattern: None,
                    name: (name != "_").then_some(name),
                })
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// A literal: a (signed) number, strings, or None/True/False.
    fn literal_pattern(&mut self) -> PResult<Pattern> {
        let tok = *self.tok();
        let constant = match tok.kind {
            Token::None => Some(Constant::None),
            Token::True => Some(Constant::Bool(true)),
            Token::False => Some(Constant::Bool(false)),
            _ => None,
        };
        if let Some(c) = constant {
            self.advance();
            return Ok(Pattern::Singleton(c));
        }
        let e = match tok.kind {
            Token::String => self.strings()?,
            _ => self.factor()?,
        };
        Ok(Pattern::Value(e))
    }

    /// `a.b.c`: the expression, and whether it had a dot.
    fn pattern_dotted_name(&mut self) -> PResult<(Expr, bool)> {
        let (name, tok) = self.name()?;
        let mut e = mk(ExprKind::Name(name), tok_start(&tok), tok_end(&tok));
        let mut dotted = false;
        while self.eat(Token::Dot) {
            let (attr, t) = self.name()?;
            let start = start_of(&e);
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                start,
                tok_end(&t),
            );
            dotted = true;
        }
        Ok((e, dotted))
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        self.expect(Token::LBrace)?;
        let (mut keys, mut patterns, mut rest) = (vec![], vec![], None);
        while self.peek() != Token::RBrace {
            if self.eat(Token::DoubleStar) {
                let (name, _) = self.name()?;
                rest = Some(name);
                self.eat(Token::Comma);
                break;
            }
            let key = match self.peek() {
                Token::Name => {
                    let (e, dotted) = self.pattern_dotted_name()?;
                    if !dotted {
                        return Err(self.invalid_syntax());
                    }
                    e
                }
                _ => match self.literal_pattern()? {
                    Pattern::Value(e) => e,
                    Pattern::Singleton(c) => {
                        let end = self.prev_end();
                        mk(ExprKind::Constant(c), end, end)
                    }
                    _ => return Err(self.invalid_syntax()),
                },
            };
            self.expect(Token::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(Token::Comma) {
                break;
            }
        }
        self.expect(Token::RBrace)?;
        Ok(Pattern::Mapping {
            keys,
            patterns,
            rest,
        })
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.expect(Token::LParen)?;
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (vec![], vec![], vec![]);
        while self.peek() != Token::RParen {
            if self.peek() == Token::Name && self.peek_at(1) == Token::Equal {
                let (name, _) = self.name()?;
                self.advance();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                if !kwd_attrs.is_empty() {
                    return Err(self.error_here("positional patterns follow keyword patterns"));
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat(Token::Comma) {
                break;
            }
        }
        self.expect(Token::RParen)?;
        Ok(Pattern::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        })
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.advance();
        let test = self.condition()?;
        self.expect_colon(false)?;
        let body = self.block("'while' statement", tok.line)?;
        let orelse = self.else_block()?;
        let end = self.body_end(&[&body, &orelse]);
        Ok(mk_stmt(
            StmtKind::While { test, body, orelse },
            tok_start(&tok),
            end,
        ))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.advance();
        let target = self.target_list()?;
        check_target(&target, TargetKind::Store)?;
        self.expect(Token::In)?;
        let iter = self.star_expressions()?;
        self.expect_colon(false)?;
        let body = self.block("'for' statement", tok.line)?;
        let orelse = self.else_block()?;
        let end = self.body_end(&[&body, &orelse]);
        Ok(mk_stmt(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            tok_start(&tok),
            end,
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.advance();
        self.expect_colon(true)?;
        let body = self.block("'try' statement", tok.line)?;
        let mut handlers = Vec::new();
        while self.peek() == Token::Except {
            handlers.push(self.except_block()?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        if self.peek() == Token::Finally {
            let fin = self.advance();
            self.expect_colon(true)?;
            finalbody = self.block("'finally' statement", fin.line)?;
        }
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        let last_handler = handlers
            .last()
            .map_or(&[][..], |h: &ExceptHandler| &h.body[..]);
        let end = self.body_end(&[&body, last_handler, &orelse, &finalbody]);
        Ok(mk_stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            tok_start(&tok),
            end,
        ))
    }

    fn except_block(&mut self) -> PResult<ExceptHandler> {
        let tok = self.advance();
        let (mut typ, mut name) = (None, None);
        if self.peek() != Token::Colon {
            let t = self.expression()?;
            if self.peek() == Token::Comma {
                return Err(expr_error(
                    "multiple exception types must be parenthesized",
                    &t,
                ));
            }
            typ = Some(t);
            if self.eat(Token::As) {
                name = Some(self.name()?.0);
            }
        }
        self.expect_colon(false)?;
        let body = self.block("'except' statement", tok.line)?;
        Ok(ExceptHandler {
            typ,
            name,
            body,
            line: tok.line,
            col: tok.col,
        })
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let tok = self.advance();
        let items = match self.speculate(|p| p.parenthesized_with_items()) {
            Some((items, pos)) => {
                self.pos = pos;
                items
            }
            None => self.with_items()?,
        };
        self.expect_colon(false)?;
        let body = self.block("'with' statement", tok.line)?;
        let end = self.body_end(&[&body]);
        Ok(mk_stmt(
            StmtKind::With { items, body },
            tok_start(&tok),
            end,
        ))
    }

    /// `with (a as b, c):` (3.10): only taken when `)` is directly followed by `:`,
    /// since `with (a, b) as c:` starts with a parenthesised expression instead.
    fn parenthesized_with_items(&mut self) -> PResult<(Vec<WithItem>, usize)> {
        self.expect(Token::LParen)?;
        let mut items = Vec::new();
        while self.peek() != Token::RParen {
            items.push(self.with_item()?);
            if !self.eat(Token::Comma) {
                break;
            }
        }
        self.expect(Token::RParen)?;
        if items.is_empty() || self.peek() != Token::Colon {
            return Err(self.invalid_syntax());
        }
        Ok((items, self.pos))
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = vec![self.with_item()?];
        while self.eat(Token::Comma) {
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat(Token::As) {
            let target = self.target_element()?;
            check_target(&target, TargetKind::Store)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Token::At) {
            decorators.push(self.named_expression()?);
            self.expect(Token::Newline)?;
        }
        match self.peek() {
            Token::Def => self.function_def(decorators),
            Token::Class => self.class_def(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn function_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let tok = self.advance();
        let (name, _) = self.name()?;
        if self.peek() != Token::LParen {
            return Err(self.error_here("expected '('"));
        }
        self.advance();
        let args = self.parameters(Token::RParen)?;
        self.expect(Token::RParen)?;
        let returns = if self.eat(Token::Arrow) {
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_colon(true)?;
        let body = self.block("function definition", tok.line)?;
        let end = self.body_end(&[&body]);
        let def = FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
        };
        Ok(mk_stmt(
            StmtKind::FunctionDef(Box::new(def)),
            tok_start(&tok),
            end,
        ))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let tok = self.advance();
        let (name, _) = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat(Token::LParen) {
            (bases, keywords) = self.arguments(false)?;
            self.expect(Token::RParen)?;
        }
        self.expect_colon(false)?;
        let body = self.block("class definition", tok.line)?;
        let end = self.body_end(&[&body]);
        let class = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(mk_stmt(
            StmtKind::ClassDef(Box::new(class)),
            tok_start(&tok),
            end,
        ))
    }

    /// A parameter list up to `closer` (`)` for `def`, `:` for `lambda`, which also
    /// has no annotations).
    fn parameters(&mut self, closer: Token) -> PResult<Arguments> {
        let annotated = closer == Token::RParen;
        let mut args = Arguments::default();
        let mut bare_star: Option<Tok> = None;
        let (mut seen_star, mut seen_slash, mut seen_default) = (false, false, false);
        while self.peek() != closer {
            match self.peek() {
                Token::Slash => {
                    let msg = if seen_star {
                        "/ must be ahead of *"
                    } else if seen_slash {
                        "/ may appear only once"
                    } else {
                        "invalid syntax"
                    };
                    if seen_star || seen_slash || args.args.is_empty() {
                        return Err(self.error_here(msg));
                    }
                    self.advance();
                    args.posonlyargs = std::mem::take(&mut args.args);
                    seen_slash = true;
                }
                Token::Star => {
                    if seen_star {
                        return Err(self.error_here("* argument may appear only once"));
                    }
                    let star = self.advance();
                    seen_star = true;
                    if self.peek() == Token::Name {
                        args.vararg = Some(self.param(annotated)?);
                    } else {
                        bare_star = Some(star);
                    }
                }
                Token::DoubleStar => {
                    self.advance();
                    args.kwarg = Some(self.param(annotated)?);
                    self.eat(Token::Comma);
                    if self.peek() != closer {
                        return Err(self.error_here("arguments cannot follow var-keyword argument"));
                    }
                    break;
                }
                Token::Name => {
                    let arg = self.param(annotated)?;
                    let default = if self.eat(Token::Equal) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        args.kwonlyargs.push(arg);
                        args.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(default) => {
                                seen_default = true;
                                args.defaults.push(default);
                            }
                            None if seen_default => {
                                let end = Pos {
                                    line: arg.line,
                                    col: arg.col + arg.name.chars().count() as u32,
                                };
                                let msg = "non-default argument follows default argument";
                                return Err(self.range_error(
                                    msg,
                                    Pos {
                                        line: arg.line,
                                        col: arg.col,
                                    },
                                    end,
                                ));
                            }
                            None => {}
                        }
                        args.args.push(arg);
                    }
                }
                _ => return Err(self.invalid_syntax()),
            }
            if !self.eat(Token::Comma) {
                break;
            }
        }
        if let Some(star) = bare_star {
            if args.kwonlyargs.is_empty() {
                let msg = self.msg("named arguments must follow bare *");
                return Err(self.error_at_tok(&star, SyntaxErrorKind::SyntaxError, &msg));
            }
        }
        Ok(args)
    }

    fn param(&mut self, annotated: bool) -> PResult<Arg> {
        let (name, tok) = self.name()?;
        let annotation = if annotated && self.eat(Token::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            line: tok.line,
            col: tok.col,
        })
    }

    // ----- targets --------------------------------------------------------------

    /// `for` and comprehension targets: comma-separated (starred) primaries, so
    /// that the `in` that follows is not read as a comparison.
    fn target_list(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let first = self.target_element()?;
        if self.peek() != Token::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Token::Comma) {
            if self.peek() == Token::In {
                break;
            }
            elts.push(self.target_element()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    fn target_element(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Star {
            let star = self.advance();
            let value = Box::new(self.target_element()?);
            return Ok(mk(
                ExprKind::Starred(value),
                tok_start(&star),
                self.prev_end(),
            ));
        }
        self.enter()?;
        let result = self.primary();
        self.depth -= 1;
        result
    }

    // ----- expressions ----------------------------------------------------------

    /// `expressions` of the eval grammar: a tuple of expressions without stars.
    fn expressions(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let first = self.expression()?;
        if self.peek() != Token::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Token::Comma) {
            if !starts_expression(self.peek()) {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// `a, *b, c` with an optional trailing comma: a Tuple if there is a comma.
    fn star_expressions(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let first = self.star_expression()?;
        if self.peek() != Token::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Token::Comma) {
            if !starts_expression(self.peek()) && self.peek() != Token::Star {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Star {
            self.starred(|p| p.bitwise_or())
        } else {
            self.expression()
        }
    }

    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Star {
            self.starred(|p| p.bitwise_or())
        } else {
            self.named_expression()
        }
    }

    fn starred(&mut self, operand: impl FnOnce(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let star = self.advance();
        let value = operand(self)?;
        Ok(mk(
            ExprKind::Starred(Box::new(value)),
            tok_start(&star),
            self.prev_end(),
        ))
    }

    /// `name := value` or an expression.
    fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Name && self.peek_at(1) == Token::ColonEqual {
            let (name, tok) = self.name()?;
            self.advance();
            let value = self.expression()?;
            let target = mk(ExprKind::Name(name), tok_start(&tok), tok_end(&tok));
            let kind = ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            };
            return Ok(mk(kind, tok_start(&tok), self.prev_end()));
        }
        let e = self.expression()?;
        if self.peek() == Token::ColonEqual {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(self.range_error(&msg, start_of(&e), end_of(&e)));
        }
        Ok(e)
    }

    /// `body if test else orelse`, a lambda, or a disjunction.
    fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.depth -= 1;
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Lambda {
            return self.lambda();
        }
        let start = tok_start(self.tok());
        let body = self.disjunction()?;
        if self.peek() != Token::If {
            return Ok(body);
        }
        self.advance();
        let test = self.disjunction()?;
        if self.peek() != Token::Else {
            if self.peek() == Token::Colon {
                return Err(self.invalid_syntax());
            }
            return Err(self.range_error(
                "expected 'else' after 'if' expression",
                start_of(&body),
                end_of(&test),
            ));
        }
        self.advance();
        let orelse = self.expression()?;
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(mk(kind, start, self.prev_end()))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let tok = self.advance();
        let args = self.parameters(Token::Colon)?;
        self.expect(Token::Colon)?;
        let body = self.expression()?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            tok_start(&tok),
            self.prev_end(),
        ))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Token::Or, BoolOp::Or, |p| p.conjunction())
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Token::And, BoolOp::And, |p| p.inversion())
    }

    fn bool_op(
        &mut self,
        tok: Token,
        op: BoolOp,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let first = operand(self)?;
        if self.peek() != tok {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(tok) {
            values.push(operand(self)?);
        }
        Ok(mk(ExprKind::BoolOp { op, values }, start, self.prev_end()))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.peek() != Token::Not {
            return self.comparison();
        }
        let tok = self.advance();
        self.enter()?;
        let operand = self.inversion();
        self.depth -= 1;
        let operand = Box::new(operand?);
        Ok(mk(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            },
            tok_start(&tok),
            self.prev_end(),
        ))
    }

    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.peek() {
            Token::EqEqual => CmpOp::Eq,
            Token::NotEqual => CmpOp::NotEq,
            Token::Less => CmpOp::Lt,
            Token::LessEqual => CmpOp::LtE,
            Token::Greater => CmpOp::Gt,
            Token::GreaterEqual => CmpOp::GtE,
            Token::In => CmpOp::In,
            Token::Not if self.peek_at(1) == Token::In => {
                self.advance();
                CmpOp::NotIn
            }
            Token::Is if self.peek_at(1) == Token::Not => {
                self.advance();
                CmpOp::IsNot
            }
            Token::Is => CmpOp::Is,
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let left = self.bitwise_or()?;
        let (mut ops, mut comparators) = (Vec::new(), Vec::new());
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
            self.prev_end(),
        ))
    }

    fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators.
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let mut left = self.factor()?;
        while let Some((op, prec)) = binary_op(self.peek()) {
            if prec < min_prec {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                start,
                self.prev_end(),
            );
        }
        Ok(left)
    }

    /// Unary `+ - ~`, which bind more loosely than `**` on their right.
    fn factor(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.factor_inner();
        self.depth -= 1;
        result
    }

    fn factor_inner(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Token::Plus => UnaryOp::UAdd,
            Token::Minus => UnaryOp::USub,
            Token::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let tok = self.advance();
        let operand = Box::new(self.factor()?);
        Ok(mk(
            ExprKind::UnaryOp { op, operand },
            tok_start(&tok),
            self.prev_end(),
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let base = self.primary()?;
        if !self.eat(Token::DoubleStar) {
            return Ok(base);
        }
        let exponent = self.factor()?;
        let kind = ExprKind::BinOp {
            left: Box::new(base),
            op: BinOp::Pow,
            right: Box::new(exponent),
        };
        Ok(mk(kind, start, self.prev_end()))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[slices]`.
    fn primary(&mut self) -> PResult<Expr> {
        let start = tok_start(self.tok());
        let mut e = self.atom()?;
        loop {
            e = match self.peek() {
                Token::Dot => {
                    self.advance();
                    let (attr, _) = self.name()?;
                    mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        start,
                        self.prev_end(),
                    )
                }
                Token::LParen => {
                    let open = self.advance();
                    let (args, keywords) = self.call_arguments(&open)?;
                    self.expect(Token::RParen)?;
                    mk(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        start,
                        self.prev_end(),
                    )
                }
                Token::LSquare => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect(Token::RSquare)?;
                    mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                        },
                        start,
                        self.prev_end(),
                    )
                }
                _ => return Ok(e),
            };
        }
    }

    /// Call arguments, where a lone generator expression needs no parentheses of
    /// its own: it then spans the call's parentheses.
    fn call_arguments(&mut self, open: &Tok) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        if starts_expression(self.peek())
            && !(self.peek() == Token::Name && self.peek_at(1) == Token::Equal)
        {
            let save = self.pos;
            let first = self.named_expression()?;
            if self.peek() == Token::For {
                let generators = self.comprehension_clauses()?;
                if self.peek() != Token::RParen {
                    return Err(self.genexp_not_parenthesized(&first));
                }
                let end = tok_end(self.tok());
                let kind = ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                };
                return Ok((vec![mk(kind, tok_start(open), end)], Vec::new()));
            }
            self.pos = save;
        }
        self.arguments(true)
    }

    fn genexp_not_parenthesized(&self, elt: &Expr) -> SyntaxError {
        self.range_error(
            "Generator expression must be parenthesized",
            start_of(elt),
            self.prev_end(),
        )
    }

    /// Positional, `*args`, `name=value` and `**kwargs` arguments up to `)`.
    fn arguments(&mut self, in_call: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let (mut args, mut keywords) = (Vec::new(), Vec::new());
        let (mut seen_keyword, mut seen_double_star) = (false, false);
        while self.peek() != Token::RParen {
            let first_tok = self.pos;
            match self.peek() {
                Token::Star => {
                    if seen_double_star {
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return Err(self.error_here(msg));
                    }
                    args.push(self.starred(|p| p.expression())?);
                }
                Token::DoubleStar => {
                    self.advance();
                    keywords.push(Keyword {
                        arg: None,
                        value: self.expression()?,
                    });
                    seen_double_star = true;
                }
                Token::Name if self.peek_at(1) == Token::Equal => {
                    let (arg, _) = self.name()?;
                    self.advance();
                    keywords.push(Keyword {
                        arg: Some(arg),
                        value: self.expression()?,
                    });
                    seen_keyword = true;
                }
                _ => {
                    let e = self.named_expression()?;
                    if self.peek() == Token::Equal {
                        return Err(self.keyword_error(&e));
                    }
                    if self.peek() == Token::For {
                        if in_call {
                            self.comprehension_clauses()?;
                            return Err(self.genexp_not_parenthesized(&e));
                        }
                        return Err(self.invalid_syntax());
                    }
                    if seen_keyword || seen_double_star {
                        let msg = if seen_double_star {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython reports this at the token after the argument.
                        return Err(self.error_here(msg));
                    }
                    if !matches!(self.peek(), Token::Comma | Token::RParen) {
                        return Err(self.unexpected_after(&e, first_tok));
                    }
                    args.push(e);
                }
            }
            if !self.eat(Token::Comma) {
                break;
            }
        }
        Ok((args, keywords))
    }

    /// `f(x.y=1)` or `f(True=1)`: an expression where a keyword name should be.
    fn keyword_error(&self, e: &Expr) -> SyntaxError {
        if let ExprKind::Constant(Constant::None | Constant::Bool(_)) = e.kind {
            return expr_error(&self.msg(&format!("cannot assign to {}", expr_name(e))), e);
        }
        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
        self.range_error(msg, start_of(e), tok_end(self.tok()))
    }

    /// The inside of `[...]` after a primary: one slice or expression, or a tuple
    /// of them.
    fn slices(&mut self) -> PResult<Expr> {
        let first_tok = self.pos;
        let start = tok_start(self.tok());
        let first = self.slice()?;
        if self.peek() != Token::Comma {
            if self.peek() != Token::RSquare {
                return Err(self.unexpected_after(&first, first_tok));
            }
            if let ExprKind::Starred(_) = first.kind {
                return Ok(mk(ExprKind::Tuple(vec![first]), start, self.prev_end()));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Token::Comma) {
            if self.peek() == Token::RSquare {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    fn slice(&mut self) -> PResult<Expr> {
        if self.peek() == Token::Star {
            return self.starred(|p| p.bitwise_or());
        }
        let start = tok_start(self.tok());
        let lower = if self.peek() == Token::Colon {
            None
        } else {
            Some(self.named_expression()?)
        };
        if self.peek() != Token::Colon {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        self.advance();
        let upper = self.optional_slice_part()?;
        let step = if self.eat(Token::Colon) {
            self.optional_slice_part()?
        } else {
            None
        };
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper,
            step,
        };
        Ok(mk(kind, start, self.prev_end()))
    }

    fn optional_slice_part(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.peek(), Token::Colon | Token::Comma | Token::RSquare) {
            return Ok(None);
        }
        Ok(Some(Box::new(self.expression()?)))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let tok = *self.tok();
        let constant = match tok.kind {
            Token::Name => ExprKind::Name(self.text(&tok).to_string()),
            Token::None => ExprKind::Constant(Constant::None),
            Token::True => ExprKind::Constant(Constant::Bool(true)),
            Token::False => ExprKind::Constant(Constant::Bool(false)),
            Token::Ellipsis => ExprKind::Constant(Constant::Ellipsis),
            Token::Number => ExprKind::Constant(self.number(&tok)),
            Token::String => return self.strings(),
            Token::LParen => return self.paren_atom(),
            Token::LSquare => return self.list_atom(),
            Token::LBrace => return self.brace_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        self.advance();
        Ok(mk(constant, tok_start(&tok), tok_end(&tok)))
    }

    fn number(&self, tok: &Tok) -> Constant {
        let clean: String = self.text(tok).chars().filter(|&c| c != '_').collect();
        let lower = clean.to_ascii_lowercase();
        if let Some(imag) = lower.strip_suffix('j') {
            return Constant::Imaginary(imag.parse().unwrap_or(f64::INFINITY));
        }
        let radix = match lower.get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ if lower.contains(['.', 'e']) => {
                return Constant::Float(lower.parse().unwrap_or(f64::INFINITY))
            }
            _ => 10,
        };
        let digits = if radix == 10 { &lower[..] } else { &lower[2..] };
        match i64::from_str_radix(digits, radix) {
            Ok(value) => Constant::Int(value),
            Err(_) => Constant::BigInt(clean),
        }
    }

    /// `(...)`: empty tuple, yield, parenthesised expression, tuple or generator.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        if self.peek() == Token::RParen {
            let close = self.advance();
            return Ok(mk(
                ExprKind::Tuple(Vec::new()),
                tok_start(&open),
                tok_end(&close),
            ));
        }
        if self.peek() == Token::Yield {
            let e = self.yield_expr()?;
            self.expect(Token::RParen)?;
            return Ok(e);
        }
        let first_tok = self.pos;
        let first = self.star_named_expression()?;
        if self.peek() == Token::For {
            let generators = self.comprehension_clauses()?;
            let close = self.expect(Token::RParen)?;
            let kind = ExprKind::GeneratorExp {
                elt: Box::new(first),
                generators,
            };
            return Ok(mk(kind, tok_start(&open), tok_end(&close)));
        }
        if self.peek() == Token::RParen {
            self.advance();
            if let ExprKind::Starred(_) = first.kind {
                return Err(expr_error(
                    &self.msg("cannot use starred expression here"),
                    &first,
                ));
            }
            return Ok(first);
        }
        let elts = self.display_rest(first, first_tok, Token::RParen)?;
        let close = self.expect(Token::RParen)?;
        Ok(mk(ExprKind::Tuple(elts), tok_start(&open), tok_end(&close)))
    }

    /// The remaining `, item` of a display after its first item, up to `closer`
    /// (not consumed).
    fn display_rest(&mut self, first: Expr, first_tok: usize, closer: Token) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        let mut item_tok = first_tok;
        loop {
            if self.peek() != Token::Comma {
                if self.peek() != closer {
                    let last = elts.last().expect("never empty");
                    return Err(self.unexpected_after(last, item_tok));
                }
                return Ok(elts);
            }
            self.advance();
            if self.peek() == closer {
                return Ok(elts);
            }
            item_tok = self.pos;
            elts.push(self.star_named_expression()?);
        }
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        if self.peek() == Token::RSquare {
            let close = self.advance();
            return Ok(mk(
                ExprKind::List(Vec::new()),
                tok_start(&open),
                tok_end(&close),
            ));
        }
        let first_tok = self.pos;
        let first = self.star_named_expression()?;
        let kind = if self.peek() == Token::For {
            let generators = self.comprehension_clauses()?;
            ExprKind::ListComp {
                elt: Box::new(first),
                generators,
            }
        } else {
            ExprKind::List(self.display_rest(first, first_tok, Token::RSquare)?)
        };
        let close = self.expect(Token::RSquare)?;
        Ok(mk(kind, tok_start(&open), tok_end(&close)))
    }

    /// `{...}`: dict or set display or comprehension.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        let kind = match self.peek() {
            Token::RBrace => ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            },
            Token::DoubleStar => self.dict_rest(Vec::new(), Vec::new())?,
            _ => {
                let first_tok = self.pos;
                let first = self.star_named_expression()?;
                if self.peek() == Token::Colon {
                    self.advance();
                    let value = self.dict_value()?;
                    if self.peek() == Token::For {
                        let generators = self.comprehension_clauses()?;
                        ExprKind::DictComp {
                            key: Box::new(first),
                            value: Box::new(value),
                            generators,
                        }
                    } else {
                        self.dict_rest(vec![Some(first)], vec![value])?
                    }
                } else if self.peek() == Token::For {
                    let generators = self.comprehension_clauses()?;
                    ExprKind::SetComp {
                        elt: Box::new(first),
                        generators,
                    }
                } else {
                    ExprKind::Set(self.display_rest(first, first_tok, Token::RBrace)?)
                }
            }
        };
        let close = self.expect(Token::RBrace)?;
        Ok(mk(kind, tok_start(&open), tok_end(&close)))
    }

    fn dict_value(&mut self) -> PResult<Expr> {
        if matches!(self.peek(), Token::RBrace | Token::Comma) {
            let colon = self.toks[self.pos - 1];
            let msg = "expression expected after dictionary key and ':'";
            return Err(self.range_error(msg, tok_start(&colon), tok_end(&colon)));
        }
        self.expression()
    }

    /// Dict items after the first (or from the start when it begins with `**`).
    fn dict_rest(
        &mut self,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<ExprKind> {
        loop {
            if !keys.is_empty() {
                if !self.eat(Token::Comma) {
                    break;
                }
                if self.peek() == Token::RBrace {
                    break;
                }
            }
            if self.eat(Token::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if self.peek() != Token::Colon {
                if matches!(self.peek(), Token::Comma | Token::RBrace) {
                    let msg = self.msg("':' expected after dictionary key");
                    return Err(error_at(
                        SyntaxErrorKind::SyntaxError,
                        &msg,
                        start_of(&key),
                        0,
                    ));
                }
                return Err(self.invalid_syntax());
            }
            self.advance();
            keys.push(Some(key));
            values.push(self.dict_value()?);
        }
        Ok(ExprKind::Dict { keys, values })
    }

    /// `for target in iter if cond ...` clauses, one or more.
    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.eat(Token::For) {
            let target = self.target_list()?;
            check_target(&target, TargetKind::Store)?;
            self.expect(Token::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Token::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        Ok(generators)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let tok = self.advance();
        if self.eat(Token::From) {
            let value = Box::new(self.expression()?);
            return Ok(mk(
                ExprKind::YieldFrom(value),
                tok_start(&tok),
                self.prev_end(),
            ));
        }
        if !starts_expression(self.peek()) && self.peek() != Token::Star {
            return Ok(mk(ExprKind::Yield(None), tok_start(&tok), tok_end(&tok)));
        }
        let value = Box::new(self.star_expressions()?);
        Ok(mk(
            ExprKind::Yield(Some(value)),
            tok_start(&tok),
            self.prev_end(),
        ))
    }

    // ----- strings --------------------------------------------------------------

    /// One or more adjacent string literals, concatenated: a str Constant, a bytes
    /// Constant, or a JoinedStr if any of them is an f-string.
    fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while self.peek() == Token::String {
            self.advance();
        }
        let toks: Vec<Tok> = self.toks[first..self.pos].to_vec();
        let span = (
            tok_start(&toks[0]),
            tok_end(toks.last().expect("at least one string")),
        );
        let mut parts = StrParts::default();
        let mut bytes: Option<Vec<u8>> = None;
        for (i, tok) in toks.iter().enumerate() {
            let text = self.text(tok);
            let lit = lexer::split_string(text);
            if lit.bytes != bytes.is_some() && i > 0 {
                return Err(self.error_here("cannot mix bytes and nonbytes literals"));
            }
            if lit.bytes {
                let decoded = lexer::decode_bytes(lit.body, lit.raw)
                    .map_err(|m| self.literal_error(tok, &m))?;
                bytes.get_or_insert_with(Vec::new).extend(decoded);
            } else if lit.fstring {
                parts.fstring = true;
                let end = lit.body_offset + lit.body.len();
                let mut fs = FString {
                    tok: *tok,
                    text,
                    pos: lit.body_offset,
                    end,
                    raw: lit.raw,
                    span,
                };
                self.fstring_body(&mut fs, &mut parts, 0)?;
            } else {
                let decoded = lexer::decode_str(lit.body, lit.raw)
                    .map_err(|m| self.literal_error(tok, &m))?;
                parts.literal.push_str(&decoded);
            }
        }
        let kind = match bytes {
            Some(bytes) => ExprKind::Constant(Constant::Bytes(bytes)),
            None if parts.fstring => {
                parts.flush(span.0, span.1);
                ExprKind::JoinedStr(parts.exprs)
            }
            None => ExprKind::Constant(Constant::Str(parts.literal)),
        };
        Ok(mk(kind, span.0, span.1))
    }

    /// An error in decoding a literal. CPython reports it at the token after the
    /// literal, except for non-ASCII bytes, which it underlines.
    fn literal_error(&self, tok: &Tok, msg: &str) -> SyntaxError {
        if msg.starts_with("bytes") {
            return self.error_at_tok(tok, SyntaxErrorKind::SyntaxError, msg);
        }
        let mut err = self.error_here(msg);
        err.msg = msg.to_string();
        err.end_col = err.col;
        err
    }

    /// An error inside an f-string, reported where CPython 3.11 reports it: at the
    /// token after the literal.
    fn fstring_error(&self, msg: &str) -> SyntaxError {
        self.literal_error(self.tok(), msg)
    }

    /// Literal text and replacement fields up to the end of the f-string or, in a
    /// format spec (`nesting > 0`), up to the `}` that closes the field.
    fn fstring_body(
        &mut self,
        fs: &mut FString,
        parts: &mut StrParts,
        nesting: u32,
    ) -> PResult<()> {
        loop {
            self.fstring_literal(fs, parts, nesting)?;
            if fs.pos >= fs.end || fs.text.as_bytes()[fs.pos] == b'}' {
                return Ok(());
            }
            self.fstring_field(fs, parts, nesting)?;
        }
    }

    /// Reads literal text (un-doubling `{{` and `}}` at the top level) and stops
    /// at a `{` or `}` that is not doubled.
    fn fstring_literal(
        &mut self,
        fs: &mut FString,
        parts: &mut StrParts,
        nesting: u32,
    ) -> PResult<()> {
        let bytes = fs.text.as_bytes();
        let mut chunk_start = fs.pos;
        let mut i = fs.pos;
        while i < fs.end {
            let mut ch = bytes[i];
            i += 1;
            if !fs.raw && ch == b'\\' && i < fs.end {
                ch = bytes[i];
                i += 1;
                if ch == b'N' {
                    if i < fs.end && bytes[i] == b'{' {
                        while i < fs.end && bytes[i] != b'}' {
                            i += 1;
                        }
                        i = (i + 1).min(fs.end);
                    }
                    continue;
                }
            }
            if ch != b'{' && ch != b'}' {
                continue;
            }
            if nesting == 0 && i < fs.end && bytes[i] == ch {
                self.push_literal(fs, &fs.text[chunk_start..i], parts)?;
                i += 1;
                chunk_start = i;
                continue;
            }
            if nesting == 0 && ch == b'}' {
                return Err(self.fstring_error("f-string: single '}' is not allowed"));
            }
            i -= 1;
            break;
        }
        self.push_literal(fs, &fs.text[chunk_start..i], parts)?;
        fs.pos = i;
        Ok(())
    }

    fn push_literal(&self, fs: &FString, raw_text: &str, parts: &mut StrParts) -> PResult<()> {
        let decoded = lexer::decode_str(raw_text, fs.raw).map_err(|m| self.fstring_error(&m))?;
        parts.literal.push_str(&decoded);
        Ok(())
    }

    /// A replacement field `{expr[=][!c][:spec]}`, starting at its `{`.
    fn fstring_field(
        &mut self,
        fs: &mut FString,
        parts: &mut StrParts,
        nesting: u32,
    ) -> PResult<()> {
        if nesting >= MAX_FSTRING_NESTING {
            return Err(self.fstring_error("f-string: expressions nested too deeply"));
        }
        fs.pos += 1;
        let expr_start = fs.pos;
        let expr_end = self.fstring_expr_end(fs)?;
        let value = self.fstring_expression(fs, expr_start, expr_end)?;
        let bytes = fs.text.as_bytes();
        fs.pos = expr_end;
        if bytes[fs.pos] == b'=' {
            fs.pos += 1;
            while fs.pos < fs.end && bytes[fs.pos].is_ascii_whitespace() {
                fs.pos += 1;
            }
            if fs.pos >= fs.end {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            parts.literal.push_str(&fs.text[expr_start..fs.pos]);
        }
        let debug = fs.pos > expr_end;
        let mut conversion = None;
        if bytes[fs.pos] == b'!' {
            fs.pos += 1;
            let c = fs.text[fs.pos.min(fs.end)..fs.end].chars().next();
            if c.is_none() {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            if !matches!(c, Some('s' | 'r' | 'a')) {
                let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                return Err(self.fstring_error(msg));
            }
            conversion = c;
            fs.pos += 1;
        }
        let mut format_spec = None;
        if fs.pos < fs.end && bytes[fs.pos] == b':' {
            fs.pos += 1;
            // CPython 3.11 places a format spec on its own token, not on the whole
            // concatenation.
            let outer = std::mem::replace(&mut fs.span, (tok_start(&fs.tok), tok_end(&fs.tok)));
            let mut spec = StrParts {
                fstring: true,
                ..StrParts::default()
            };
            let parsed = self.fstring_body(fs, &mut spec, nesting + 1);
            let span = std::mem::replace(&mut fs.span, outer);
            parsed?;
            spec.flush(span.0, span.1);
            format_spec = Some(Box::new(mk(
                ExprKind::JoinedStr(spec.exprs),
                span.0,
                span.1,
            )));
        }
        if fs.pos >= fs.end || bytes[fs.pos] != b'}' {
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        fs.pos += 1;
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        parts.flush(fs.span.0, fs.span.1);
        let kind = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        parts.exprs.push(mk(kind, fs.span.0, fs.span.1));
        Ok(())
    }

    /// Finds where the expression of a field ends (at `=`, `!`, `:` or `}` outside
    /// brackets and strings), with CPython's f-string-specific errors.
    fn fstring_expr_end(&self, fs: &FString) -> PResult<usize> {
        let bytes = fs.text.as_bytes();
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut i = fs.pos;
        while i < fs.end {
            let ch = bytes[i];
            if ch == b'\\' {
                return Err(
                    self.fstring_error("f-string expression part cannot include a backslash")
                );
            }
            if let Some((q, triple)) = quote {
                if ch == q && (!triple || bytes[i..fs.end].starts_with(&[q, q, q])) {
                    i += if triple { 2 } else { 0 };
                    quote = None;
                }
                i += 1;
                continue;
            }
            let next = bytes.get(i + 1).copied().filter(|_| i + 1 < fs.end);
            match ch {
                b'\'' | b'"' => {
                    let triple = bytes[i..fs.end].starts_with(&[ch, ch, ch]);
                    quote = Some((ch, triple));
                    i += if triple { 2 } else { 0 };
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= lexer::MAX_BRACKET_DEPTH {
                        return Err(self.fstring_error("f-string: too many nested parenthesis"));
                    }
                    brackets.push(ch);
                }
                b'#' => {
                    return Err(self.fstring_error("f-string expression part cannot include '#'"))
                }
                b'!' | b'=' | b'<' | b'>' if brackets.is_empty() && next == Some(b'=') => i += 1,
                b'<' | b'>' => {}
                b'!' | b':' | b'}' | b'=' if brackets.is_empty() => break,
                b']' | b')' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return Err(
                            self.fstring_error(&format!("f-string: unmatched '{}'", ch as char))
                        );
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        );
                        return Err(self.fstring_error(&msg));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.fstring_error("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.fstring_error(&format!("f-string: unmatched '{}'", open as char)));
        }
        if i >= fs.end {
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        Ok(i)
    }

    /// Lexes and parses a field's expression at its real position in the file.
    fn fstring_expression(&mut self, fs: &FString, start: usize, end: usize) -> PResult<Expr> {
        let text = &fs.text[start..end];
        if text.trim().is_empty() {
            return Err(self.fstring_error("f-string: empty expression not allowed"));
        }
        let (mut line, mut col) = (fs.tok.line, fs.tok.col);
        for ch in fs.text[..start].chars() {
            if ch == '\n' {
                line += 1;
                col = 0;
            } else {
                col += 1;
            }
        }
        let lexed = lexer::tokenize_fragment(text, line, col);
        let mut sub = Parser::new(text, lexed, self.depth, true);
        let result = sub.fstring_input();
        sub.finish(result).map_err(|mut err| {
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            err.incomplete = false;
            err
        })
    }

    fn fstring_input(&mut self) -> PResult<Expr> {
        let first = self.pos;
        let e = self.yield_or_star_expressions()?;
        if self.peek() != Token::EndMarker {
            return Err(self.unexpected_after(&e, first));
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // ----- an `ast.dump`-like printer, so expectations read like CPython's -----

    fn quote(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            if c.is_ascii_alphanumeric() || " _.,:;!?()[]{}<>=+-*/%&|^~@#$'`".contains(c) {
                out.push(c);
            } else {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
        }
        out.push('"');
        out
    }

    fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
        format!("[{}]", items.iter().map(f).collect::<Vec<_>>().join(", "))
    }

    fn opt(e: &Option<Expr>) -> String {
        e.as_ref().map_or("_".to_string(), dump_expr)
    }

    fn opt_box(e: &Option<Box<Expr>>) -> String {
        e.as_ref().map_or("_".to_string(), |e| dump_expr(e))
    }

    fn opt_name(s: &Option<String>) -> String {
        s.as_ref().map_or("_".to_string(), |s| quote(s))
    }

    fn float(f: f64) -> String {
        format!("{:016x}", f.to_bits())
    }

    fn constant(c: &Constant) -> String {
        match c {
            Constant::None => "None".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(s) => s.clone(),
            Constant::Float(f) => format!("f{}", float(*f)),
            Constant::Imaginary(f) => format!("j{}", float(*f)),
            Constant::Str(s) => quote(s),
            Constant::Bytes(b) => format!(
                "b{}",
                b.iter().map(|x| format!("{x:02x}")).collect::<String>()
            ),
        }
    }

    fn arg(a: &Arg) -> String {
        format!(
            "arg({}, {})@{}:{}",
            quote(&a.name),
            opt(&a.annotation),
            a.line,
            a.col
        )
    }

    fn arguments(a: &Arguments) -> String {
        format!(
            "arguments({}, {}, {}, {}, {}, {}, {})",
            list(&a.posonlyargs, arg),
            list(&a.args, arg),
            a.vararg.as_ref().map_or("_".into(), arg),
            list(&a.kwonlyargs, arg),
            list(&a.kw_defaults, opt),
            a.kwarg.as_ref().map_or("_".into(), arg),
            list(&a.defaults, dump_expr)
        )
    }

    fn keyword(k: &Keyword) -> String {
        format!("keyword({}, {})", opt_name(&k.arg), dump_expr(&k.value))
    }

    fn alias(a: &Alias) -> String {
        format!("alias({}, {})", quote(&a.name), opt_name(&a.asname))
    }

    fn comprehension(c: &Comprehension) -> String {
        format!(
            "comprehension({}, {}, {})",
            dump_expr(&c.target),
            dump_expr(&c.iter),
            list(&c.ifs, dump_expr)
        )
    }

    fn exprs(v: &[Expr]) -> String {
        list(v, dump_expr)
    }

    fn stmts(v: &[Stmt]) -> String {
        list(v, dump_stmt)
    }

    fn dump_expr(e: &Expr) -> String {
        use ExprKind as K;
        let (name, fields): (&str, Vec<String>) = match &e.kind {
            K::Name(n) => ("Name", vec![quote(n)]),
            K::Constant(c) => ("Constant", vec![constant(c)]),
            K::BinOp { left, op, right } => (
                "BinOp",
                vec![dump_expr(left), format!("{op:?}"), dump_expr(right)],
            ),
            K::UnaryOp { op, operand } => ("UnaryOp", vec![format!("{op:?}"), dump_expr(operand)]),
            K::BoolOp { op, values } => ("BoolOp", vec![format!("{op:?}"), exprs(values)]),
            K::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                vec![
                    dump_expr(left),
                    list(ops, |o| format!("{o:?}")),
                    exprs(comparators),
                ],
            ),
            K::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![dump_expr(func), exprs(args), list(keywords, keyword)],
            ),
            K::Attribute { value, attr } => ("Attribute", vec![dump_expr(value), quote(attr)]),
            K::Subscript { value, slice } => {
                ("Subscript", vec![dump_expr(value), dump_expr(slice)])
            }
            K::Slice { lower, upper, step } => {
                ("Slice", vec![opt_box(lower), opt_box(upper), opt_box(step)])
            }
            K::List(v) => ("List", vec![exprs(v)]),
            K::Tuple(v) => ("Tuple", vec![exprs(v)]),
            K::Set(v) => ("Set", vec![exprs(v)]),
            K::Dict { keys, values } => ("Dict", vec![list(keys, opt), exprs(values)]),
            K::ListComp { elt, generators } => (
                "ListComp",
                vec![dump_expr(elt), list(generators, comprehension)],
            ),
            K::SetComp { elt, generators } => (
                "SetComp",
                vec![dump_expr(elt), list(generators, comprehension)],
            ),
            K::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![dump_expr(elt), list(generators, comprehension)],
            ),
            K::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    dump_expr(key),
                    dump_expr(value),
                    list(generators, comprehension),
                ],
            ),
            K::IfExp { test, body, orelse } => (
                "IfExp",
                vec![dump_expr(test), dump_expr(body), dump_expr(orelse)],
            ),
            K::Lambda { args, body } => ("Lambda", vec![arguments(args), dump_expr(body)]),
            K::Starred(v) => ("Starred", vec![dump_expr(v)]),
            K::NamedExpr { target, value } => {
                ("NamedExpr", vec![dump_expr(target), dump_expr(value)])
            }
            K::Yield(v) => ("Yield", vec![opt_box(v)]),
            K::YieldFrom(v) => ("YieldFrom", vec![dump_expr(v)]),
            K::JoinedStr(v) => ("JoinedStr", vec![exprs(v)]),
            K::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                vec![
                    dump_expr(value),
                    conversion.map_or(-1, |c| c as i32).to_string(),
                    opt_box(format_spec),
                ],
            ),
        };
        format!(
            "{name}({})@{}:{}-{}:{}",
            fields.join(", "),
            e.line,
            e.col,
            e.end_line,
            e.end_col
        )
    }

    fn dump_stmt(s: &Stmt) -> String {
        use StmtKind as S;
        let (name, fields): (&str, Vec<String>) = match &s.kind {
            S::Expr(e) => ("Expr", vec![dump_expr(e)]),
            S::Assign { targets, value } => ("Assign", vec![exprs(targets), dump_expr(value)]),
            S::AugAssign { target, op, value } => (
                "AugAssign",
                vec![dump_expr(target), format!("{op:?}"), dump_expr(value)],
            ),
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                "AnnAssign",
                vec![
                    dump_expr(target),
                    dump_expr(annotation),
                    opt(value),
                    if *simple { "True" } else { "False" }.into(),
                ],
            ),
            S::If { test, body, orelse } => {
                ("If", vec![dump_expr(test), stmts(body), stmts(orelse)])
            }
            S::While { test, body, orelse } => {
                ("While", vec![dump_expr(test), stmts(body), stmts(orelse)])
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => (
                "For",
                vec![
                    dump_expr(target),
                    dump_expr(iter),
                    stmts(body),
                    stmts(orelse),
                ],
            ),
            S::Break => ("Break", vec![]),
            S::Continue => ("Continue", vec![]),
            S::Pass => ("Pass", vec![]),
            S::FunctionDef(f) => (
                "FunctionDef",
                vec![
                    quote(&f.name),
                    arguments(&f.args),
                    stmts(&f.body),
                    exprs(&f.decorators),
                    opt(&f.returns),
                ],
            ),
            S::ClassDef(c) => (
                "ClassDef",
                vec![
                    quote(&c.name),
                    exprs(&c.bases),
                    list(&c.keywords, keyword),
                    stmts(&c.body),
                    exprs(&c.decorators),
                ],
            ),
            S::Return(v) => ("Return", vec![opt(v)]),
            S::Global(n) => ("Global", vec![list(n, |s| quote(s))]),
            S::Nonlocal(n) => ("Nonlocal", vec![list(n, |s| quote(s))]),
            S::Import(n) => ("Import", vec![list(n, alias)]),
            S::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                vec![opt_name(module), list(names, alias), level.to_string()],
            ),
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let handler = |h: &ExceptHandler| {
                    format!(
                        "ExceptHandler({}, {}, {})@{}:{}",
                        opt(&h.typ),
                        opt_name(&h.name),
                        stmts(&h.body),
                        h.line,
                        h.col
                    )
                };
                (
                    "Try",
                    vec![
                        stmts(body),
                        list(handlers, handler),
                        stmts(orelse),
                        stmts(finalbody),
                    ],
                )
            }
            S::Raise { exc, cause } => ("Raise", vec![opt(exc), opt(cause)]),
            S::With { items, body } => {
                let item = |w: &WithItem| {
                    format!("withitem({}, {})", dump_expr(&w.context), opt(&w.target))
                };
                ("With", vec![list(items, item), stmts(body)])
            }
            S::Delete(t) => ("Delete", vec![exprs(t)]),
            S::Assert { test, msg } => ("Assert", vec![dump_expr(test), opt(msg)]),
            S::Match { subject, cases } => {
                let case = |c: &MatchCase| {
                    format!(
                        "case({:?}, {}, {})",
                        c.pattern,
                        opt(&c.guard),
                        stmts(&c.body)
                    )
                };
                ("Match", vec![dump_expr(subject), list(cases, case)])
            }
        };
        format!(
            "{name}({})@{}:{}-{}:{}",
            fields.join(", "),
            s.line,
            s.col,
            s.end_line,
            s.end_col
        )
    }

    fn dump(src: &str) -> String {
        match parse_module(src) {
            Ok(m) => m.body.iter().map(dump_stmt).collect::<Vec<_>>().join("\n"),
            Err(e) => panic!("parse failed: {e:?}"),
        }
    }

    /// Sources with the dump CPython 3.11's `ast` module gives for them (in the
    /// format above; positions are CPython's `lineno`/`col_offset`/...).
    const AST_CASES: &[(&str, &str)] = &[
        ("x = 1", "Assign([Name(\"x\")@1:0-1:1], Constant(1)@1:4-1:5)@1:0-1:5"),
        ("a = b = c", "Assign([Name(\"a\")@1:0-1:1, Name(\"b\")@1:4-1:5], Name(\"c\")@1:8-1:9)@1:0-1:9"),
        ("a, *b = 1, 2, 3", "Assign([Tuple([Name(\"a\")@1:0-1:1, Starred(Name(\"b\")@1:4-1:5)@1:3-1:5])@1:0-1:5], Tuple([Constant(1)@1:8-1:9, Constant(2)@1:11-1:12, Constant(3)@1:14-1:15])@1:8-1:15)@1:0-1:15"),
        ("x.y[0] += 1", "AugAssign(Subscript(Attribute(Name(\"x\")@1:0-1:1, \"y\")@1:0-1:3, Constant(0)@1:4-1:5)@1:0-1:6, Add, Constant(1)@1:10-1:11)@1:0-1:11"),
        ("x: int = 5", "AnnAssign(Name(\"x\")@1:0-1:1, Name(\"int\")@1:3-1:6, Constant(5)@1:9-1:10, True)@1:0-1:10"),
        ("(y): int", "AnnAssign(Name(\"y\")@1:1-1:2, Name(\"int\")@1:5-1:8, _, False)@1:0-1:8"),
        ("self.a: int", "AnnAssign(Attribute(Name(\"self\")@1:0-1:4, \"a\")@1:0-1:6, Name(\"int\")@1:8-1:11, _, False)@1:0-1:11"),
        ("if a:\n    pass\nelif b:\n    x\nelse:\n    y\n", "If(Name(\"a\")@1:3-1:4, [Pass()@2:4-2:8], [If(Name(\"b\")@3:5-3:6, [Expr(Name(\"x\")@4:4-4:5)@4:4-4:5], [Expr(Name(\"y\")@6:4-6:5)@6:4-6:5])@3:0-6:5])@1:0-6:5"),
        ("while x:\n    break\nelse:\n    continue\n", "While(Name(\"x\")@1:6-1:7, [Break()@2:4-2:9], [Continue()@4:4-4:12])@1:0-4:12"),
        ("for k, v in d.items(): pass", "For(Tuple([Name(\"k\")@1:4-1:5, Name(\"v\")@1:7-1:8])@1:4-1:8, Call(Attribute(Name(\"d\")@1:12-1:13, \"items\")@1:12-1:19, [], [])@1:12-1:21, [Pass()@1:23-1:27], [])@1:0-1:27"),
        ("for x in 1, 2: pass", "For(Name(\"x\")@1:4-1:5, Tuple([Constant(1)@1:9-1:10, Constant(2)@1:12-1:13])@1:9-1:13, [Pass()@1:15-1:19], [])@1:0-1:19"),
        ("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n", "FunctionDef(\"f\", arguments([arg(\"a\", _)@1:6, arg(\"b\", _)@1:9], [arg(\"c\", _)@1:17], arg(\"args\", _)@1:23, [arg(\"d\", _)@1:29, arg(\"e\", _)@1:32], [_, Constant(3)@1:34-1:35], arg(\"kw\", _)@1:39, [Constant(1)@1:11-1:12, Constant(2)@1:19-1:20]), [Return(Name(\"a\")@2:11-2:12)@2:4-2:12], [], Name(\"int\")@1:46-1:49)@1:0-2:12"),
        ("def g(*, a: int = 1): yield", "FunctionDef(\"g\", arguments([], [], _, [arg(\"a\", Name(\"int\")@1:12-1:15)@1:9], [Constant(1)@1:18-1:19], _, []), [Expr(Yield(_)@1:22-1:27)@1:22-1:27], [], _)@1:0-1:27"),
        ("@dec\n@dec.attr(1)\nclass C(B, metaclass=M):\n    x = 1\n", "ClassDef(\"C\", [Name(\"B\")@3:8-3:9], [keyword(\"metaclass\", Name(\"M\")@3:21-3:22)], [Assign([Name(\"x\")@4:4-4:5], Constant(1)@4:8-4:9)@4:4-4:9], [Name(\"dec\")@1:1-1:4, Call(Attribute(Name(\"dec\")@2:1-2:4, \"attr\")@2:1-2:9, [Constant(1)@2:10-2:11], [])@2:1-2:12])@3:0-4:9"),
        ("global a, b", "Global([\"a\", \"b\"])@1:0-1:11"),
        ("nonlocal c", "Nonlocal([\"c\"])@1:0-1:10"),
        ("import a.b.c as d, e", "Import([alias(\"a.b.c\", \"d\"), alias(\"e\", _)])@1:0-1:20"),
        ("from . import x", "ImportFrom(_, [alias(\"x\", _)], 1)@1:0-1:15"),
        ("from ..a.b import (x as y, z,)", "ImportFrom(\"a.b\", [alias(\"x\", \"y\"), alias(\"z\", _)], 2)@1:0-1:30"),
        ("from a import *", "ImportFrom(\"a\", [alias(\"*\", _)], 0)@1:0-1:15"),
        ("from ... import q", "ImportFrom(_, [alias(\"q\", _)], 3)@1:0-1:17"),
        ("try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "Try([Pass()@2:4-2:8], [ExceptHandler(Name(\"ValueError\")@3:7-3:17, \"e\", [Pass()@4:4-4:8])@3:0, ExceptHandler(Tuple([Name(\"A\")@5:8-5:9, Name(\"B\")@5:11-5:12])@5:7-5:13, _, [Pass()@6:4-6:8])@5:0, ExceptHandler(_, _, [Pass()@8:4-8:8])@7:0], [Pass()@10:4-10:8], [Pass()@12:4-12:8])@1:0-12:8"),
        ("raise", "Raise(_, _)@1:0-1:5"),
        ("raise X from Y", "Raise(Name(\"X\")@1:6-1:7, Name(\"Y\")@1:13-1:14)@1:0-1:14"),
        ("with a as b, c as (d, e): pass", "With([withitem(Name(\"a\")@1:5-1:6, Name(\"b\")@1:10-1:11), withitem(Name(\"c\")@1:13-1:14, Tuple([Name(\"d\")@1:19-1:20, Name(\"e\")@1:22-1:23])@1:18-1:24)], [Pass()@1:26-1:30])@1:0-1:30"),
        ("with (a as b, c): pass", "With([withitem(Name(\"a\")@1:6-1:7, Name(\"b\")@1:11-1:12), withitem(Name(\"c\")@1:14-1:15, _)], [Pass()@1:18-1:22])@1:0-1:22"),
        ("with (a, b) as c: pass", "With([withitem(Tuple([Name(\"a\")@1:6-1:7, Name(\"b\")@1:9-1:10])@1:5-1:11, Name(\"c\")@1:15-1:16)], [Pass()@1:18-1:22])@1:0-1:22"),
        ("del a, b[0], c.d", "Delete([Name(\"a\")@1:4-1:5, Subscript(Name(\"b\")@1:7-1:8, Constant(0)@1:9-1:10)@1:7-1:11, Attribute(Name(\"c\")@1:13-1:14, \"d\")@1:13-1:16])@1:0-1:16"),
        ("assert x, msg", "Assert(Name(\"x\")@1:7-1:8, Name(\"msg\")@1:10-1:13)@1:0-1:13"),
        ("if x: y; z", "If(Name(\"x\")@1:3-1:4, [Expr(Name(\"y\")@1:6-1:7)@1:6-1:7, Expr(Name(\"z\")@1:9-1:10)@1:9-1:10], [])@1:0-1:10"),
        ("lambda x, y=1, *a, k, **kw: x", "Expr(Lambda(arguments([], [arg(\"x\", _)@1:7, arg(\"y\", _)@1:10], arg(\"a\", _)@1:16, [arg(\"k\", _)@1:19], [_], arg(\"kw\", _)@1:24, [Constant(1)@1:12-1:13]), Name(\"x\")@1:28-1:29)@1:0-1:29)@1:0-1:29"),
        ("a if c else b", "Expr(IfExp(Name(\"c\")@1:5-1:6, Name(\"a\")@1:0-1:1, Name(\"b\")@1:12-1:13)@1:0-1:13)@1:0-1:13"),
        ("(x := 5)", "Expr(NamedExpr(Name(\"x\")@1:1-1:2, Constant(5)@1:6-1:7)@1:1-1:7)@1:0-1:8"),
        ("if (n := 10) > 5: pass", "If(Compare(NamedExpr(Name(\"n\")@1:4-1:5, Constant(10)@1:9-1:11)@1:4-1:11, [Gt], [Constant(5)@1:15-1:16])@1:3-1:16, [Pass()@1:18-1:22], [])@1:0-1:22"),
        ("f(y := 3)", "Expr(Call(Name(\"f\")@1:0-1:1, [NamedExpr(Name(\"y\")@1:2-1:3, Constant(3)@1:7-1:8)@1:2-1:8], [])@1:0-1:9)@1:0-1:9"),
        ("a or b or c and d and not e", "Expr(BoolOp(Or, [Name(\"a\")@1:0-1:1, Name(\"b\")@1:5-1:6, BoolOp(And, [Name(\"c\")@1:10-1:11, Name(\"d\")@1:16-1:17, UnaryOp(Not, Name(\"e\")@1:26-1:27)@1:22-1:27])@1:10-1:27])@1:0-1:27)@1:0-1:27"),
        ("a < b <= c != d in e not in f is g is not h", "Expr(Compare(Name(\"a\")@1:0-1:1, [Lt, LtE, NotEq, In, NotIn, Is, IsNot], [Name(\"b\")@1:4-1:5, Name(\"c\")@1:9-1:10, Name(\"d\")@1:14-1:15, Name(\"e\")@1:19-1:20, Name(\"f\")@1:28-1:29, Name(\"g\")@1:33-1:34, Name(\"h\")@1:42-1:43])@1:0-1:43)@1:0-1:43"),
        ("a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "Expr(BinOp(Name(\"a\")@1:0-1:1, BitOr, BinOp(Name(\"b\")@1:4-1:5, BitXor, BinOp(Name(\"c\")@1:8-1:9, BitAnd, BinOp(BinOp(Name(\"d\")@1:12-1:13, LShift, Name(\"e\")@1:17-1:18)@1:12-1:18, RShift, BinOp(BinOp(Name(\"f\")@1:22-1:23, Add, Name(\"g\")@1:26-1:27)@1:22-1:27, Sub, BinOp(BinOp(BinOp(BinOp(BinOp(Name(\"h\")@1:30-1:31, Mult, Name(\"i\")@1:34-1:35)@1:30-1:35, Div, Name(\"j\")@1:38-1:39)@1:30-1:39, FloorDiv, Name(\"k\")@1:43-1:44)@1:30-1:44, Mod, Name(\"l\")@1:47-1:48)@1:30-1:48, MatMult, Name(\"m\")@1:51-1:52)@1:30-1:52)@1:22-1:52)@1:12-1:52)@1:8-1:52)@1:4-1:52)@1:0-1:52)@1:0-1:52"),
        ("-2**2", "Expr(UnaryOp(USub, BinOp(Constant(2)@1:1-1:2, Pow, Constant(2)@1:4-1:5)@1:1-1:5)@1:0-1:5)@1:0-1:5"),
        ("2**-1", "Expr(BinOp(Constant(2)@1:0-1:1, Pow, UnaryOp(USub, Constant(1)@1:4-1:5)@1:3-1:5)@1:0-1:5)@1:0-1:5"),
        ("a**b**c", "Expr(BinOp(Name(\"a\")@1:0-1:1, Pow, BinOp(Name(\"b\")@1:3-1:4, Pow, Name(\"c\")@1:6-1:7)@1:3-1:7)@1:0-1:7)@1:0-1:7"),
        ("~+-a", "Expr(UnaryOp(Invert, UnaryOp(UAdd, UnaryOp(USub, Name(\"a\")@1:3-1:4)@1:2-1:4)@1:1-1:4)@1:0-1:4)@1:0-1:4"),
        ("f(1, *args, k=v, **kw)", "Expr(Call(Name(\"f\")@1:0-1:1, [Constant(1)@1:2-1:3, Starred(Name(\"args\")@1:6-1:10)@1:5-1:10], [keyword(\"k\", Name(\"v\")@1:14-1:15), keyword(_, Name(\"kw\")@1:19-1:21)])@1:0-1:22)@1:0-1:22"),
        ("f(x for x in y)", "Expr(Call(Name(\"f\")@1:0-1:1, [GeneratorExp(Name(\"x\")@1:2-1:3, [comprehension(Name(\"x\")@1:8-1:9, Name(\"y\")@1:13-1:14, [])])@1:1-1:15], [])@1:0-1:15)@1:0-1:15"),
        ("a[1:2, ::3]", "Expr(Subscript(Name(\"a\")@1:0-1:1, Tuple([Slice(Constant(1)@1:2-1:3, Constant(2)@1:4-1:5, _)@1:2-1:5, Slice(_, _, Constant(3)@1:9-1:10)@1:7-1:10])@1:2-1:10)@1:0-1:11)@1:0-1:11"),
        ("a[i, j]", "Expr(Subscript(Name(\"a\")@1:0-1:1, Tuple([Name(\"i\")@1:2-1:3, Name(\"j\")@1:5-1:6])@1:2-1:6)@1:0-1:7)@1:0-1:7"),
        ("a[:]", "Expr(Subscript(Name(\"a\")@1:0-1:1, Slice(_, _, _)@1:2-1:3)@1:0-1:4)@1:0-1:4"),
        ("a[x:=1]", "Expr(Subscript(Name(\"a\")@1:0-1:1, NamedExpr(Name(\"x\")@1:2-1:3, Constant(1)@1:5-1:6)@1:2-1:6)@1:0-1:7)@1:0-1:7"),
        ("a[*b]", "Expr(Subscript(Name(\"a\")@1:0-1:1, Tuple([Starred(Name(\"b\")@1:3-1:4)@1:2-1:4])@1:2-1:4)@1:0-1:5)@1:0-1:5"),
        ("...", "Expr(Constant(...)@1:0-1:3)@1:0-1:3"),
        ("None, True, False", "Expr(Tuple([Constant(None)@1:0-1:4, Constant(True)@1:6-1:10, Constant(False)@1:12-1:17])@1:0-1:17)@1:0-1:17"),
        ("()", "Expr(Tuple([])@1:0-1:2)@1:0-1:2"),
        ("(1,)", "Expr(Tuple([Constant(1)@1:1-1:2])@1:0-1:4)@1:0-1:4"),
        ("(x for x in y if x)", "Expr(GeneratorExp(Name(\"x\")@1:1-1:2, [comprehension(Name(\"x\")@1:7-1:8, Name(\"y\")@1:12-1:13, [Name(\"x\")@1:17-1:18])])@1:0-1:19)@1:0-1:19"),
        ("[1, *a]", "Expr(List([Constant(1)@1:1-1:2, Starred(Name(\"a\")@1:5-1:6)@1:4-1:6])@1:0-1:7)@1:0-1:7"),
        ("[x for x in y for z in x if z]", "Expr(ListComp(Name(\"x\")@1:1-1:2, [comprehension(Name(\"x\")@1:7-1:8, Name(\"y\")@1:12-1:13, []), comprehension(Name(\"z\")@1:18-1:19, Name(\"x\")@1:23-1:24, [Name(\"z\")@1:28-1:29])])@1:0-1:30)@1:0-1:30"),
        ("{1: 2, **m}", "Expr(Dict([Constant(1)@1:1-1:2, _], [Constant(2)@1:4-1:5, Name(\"m\")@1:9-1:10])@1:0-1:11)@1:0-1:11"),
        ("{k: v for k, v in d}", "Expr(DictComp(Name(\"k\")@1:1-1:2, Name(\"v\")@1:4-1:5, [comprehension(Tuple([Name(\"k\")@1:10-1:11, Name(\"v\")@1:13-1:14])@1:10-1:14, Name(\"d\")@1:18-1:19, [])])@1:0-1:20)@1:0-1:20"),
        ("{1, *s}", "Expr(Set([Constant(1)@1:1-1:2, Starred(Name(\"s\")@1:5-1:6)@1:4-1:6])@1:0-1:7)@1:0-1:7"),
        ("{x for x in y}", "Expr(SetComp(Name(\"x\")@1:1-1:2, [comprehension(Name(\"x\")@1:7-1:8, Name(\"y\")@1:12-1:13, [])])@1:0-1:14)@1:0-1:14"),
        ("{}", "Expr(Dict([], [])@1:0-1:2)@1:0-1:2"),
        ("def g():\n    x = yield y\n    y = yield from z\n    return 1, *xs\n", "FunctionDef(\"g\", arguments([], [], _, [], [], _, []), [Assign([Name(\"x\")@2:4-2:5], Yield(Name(\"y\")@2:14-2:15)@2:8-2:15)@2:4-2:15, Assign([Name(\"y\")@3:4-3:5], YieldFrom(Name(\"z\")@3:19-3:20)@3:8-3:20)@3:4-3:20, Return(Tuple([Constant(1)@4:11-4:12, Starred(Name(\"xs\")@4:15-4:17)@4:14-4:17])@4:11-4:17)@4:4-4:17], [], _)@1:0-4:17"),
        ("x = 1, 2,", "Assign([Name(\"x\")@1:0-1:1], Tuple([Constant(1)@1:4-1:5, Constant(2)@1:7-1:8])@1:4-1:9)@1:0-1:9"),
        ("(a) + b", "Expr(BinOp(Name(\"a\")@1:1-1:2, Add, Name(\"b\")@1:6-1:7)@1:0-1:7)@1:0-1:7"),
        ("f(a)(b)[c].d", "Expr(Attribute(Subscript(Call(Call(Name(\"f\")@1:0-1:1, [Name(\"a\")@1:2-1:3], [])@1:0-1:4, [Name(\"b\")@1:5-1:6], [])@1:0-1:7, Name(\"c\")@1:8-1:9)@1:0-1:10, \"d\")@1:0-1:12)@1:0-1:12"),
        ("x = 1_000_000 + 0x1F + 0o17 + 0b1010 + 00", "Assign([Name(\"x\")@1:0-1:1], BinOp(BinOp(BinOp(BinOp(Constant(1000000)@1:4-1:13, Add, Constant(31)@1:16-1:20)@1:4-1:20, Add, Constant(15)@1:23-1:27)@1:4-1:27, Add, Constant(10)@1:30-1:36)@1:4-1:36, Add, Constant(0)@1:39-1:41)@1:4-1:41)@1:0-1:41"),
        ("z = 1.5 + 1. + .5 + 1e10 + 1E-5 + 1_000.5 + 3j", "Assign([Name(\"z\")@1:0-1:1], BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(Constant(f3ff8000000000000)@1:4-1:7, Add, Constant(f3ff0000000000000)@1:10-1:12)@1:4-1:12, Add, Constant(f3fe0000000000000)@1:15-1:17)@1:4-1:17, Add, Constant(f4202a05f20000000)@1:20-1:24)@1:4-1:24, Add, Constant(f3ee4f8b588e368f1)@1:27-1:31)@1:4-1:31, Add, Constant(f408f440000000000)@1:34-1:41)@1:4-1:41, Add, Constant(j4008000000000000)@1:44-1:46)@1:4-1:46)@1:0-1:46"),
        ("big = 123456789012345678901234567890", "Assign([Name(\"big\")@1:0-1:3], Constant(123456789012345678901234567890)@1:6-1:36)@1:0-1:36"),
        ("s = 'a' \"b\" '''c''' \"\"\"d\"\"\"", "Assign([Name(\"s\")@1:0-1:1], Constant(\"abcd\")@1:4-1:27)@1:0-1:27"),
        ("r'\\d' + b'\\x00\\n' + br'\\n' + Rb'x'", "Expr(BinOp(BinOp(BinOp(Constant(\"\\u{5c}d\")@1:0-1:5, Add, Constant(b000a)@1:8-1:17)@1:0-1:17, Add, Constant(b5c6e)@1:20-1:26)@1:0-1:26, Add, Constant(b78)@1:29-1:34)@1:0-1:34)@1:0-1:34"),
        ("'\\n\\t\\\\\\'\\a\\0\\101\\x41\\u00e9\\U0001F600\\d\\N{EM DASH}'", "Expr(Constant(\"\\u{a}\\u{9}\\u{5c}'\\u{7}\\u{0}AA\\u{e9}\\u{1f600}\\u{5c}d\\u{2014}\")@1:0-1:51)@1:0-1:51"),
        ("t = ('a'\n     'b')", "Assign([Name(\"t\")@1:0-1:1], Constant(\"ab\")@1:5-2:8)@1:0-2:9"),
        ("f'a{x}b'", "Expr(JoinedStr([Constant(\"a\")@1:0-1:8, FormattedValue(Name(\"x\")@1:4-1:5, -1, _)@1:0-1:8, Constant(\"b\")@1:0-1:8])@1:0-1:8)@1:0-1:8"),
        ("f'{x!r:>{w}}'", "Expr(JoinedStr([FormattedValue(Name(\"x\")@1:3-1:4, 114, JoinedStr([Constant(\">\")@1:0-1:13, FormattedValue(Name(\"w\")@1:9-1:10, -1, _)@1:0-1:13])@1:0-1:13)@1:0-1:13])@1:0-1:13)@1:0-1:13"),
        ("f'{x=}'", "Expr(JoinedStr([Constant(\"x=\")@1:0-1:7, FormattedValue(Name(\"x\")@1:3-1:4, 114, _)@1:0-1:7])@1:0-1:7)@1:0-1:7"),
        ("f'{x = }'", "Expr(JoinedStr([Constant(\"x = \")@1:0-1:9, FormattedValue(Name(\"x\")@1:3-1:4, 114, _)@1:0-1:9])@1:0-1:9)@1:0-1:9"),
        ("f'{x=!s}'", "Expr(JoinedStr([Constant(\"x=\")@1:0-1:9, FormattedValue(Name(\"x\")@1:3-1:4, 115, _)@1:0-1:9])@1:0-1:9)@1:0-1:9"),
        ("f'{x=:>10}'", "Expr(JoinedStr([Constant(\"x=\")@1:0-1:11, FormattedValue(Name(\"x\")@1:3-1:4, -1, JoinedStr([Constant(\">10\")@1:0-1:11])@1:0-1:11)@1:0-1:11])@1:0-1:11)@1:0-1:11"),
        ("f'{{lit}}'", "Expr(JoinedStr([Constant(\"{lit}\")@1:0-1:10])@1:0-1:10)@1:0-1:10"),
        ("'plain' f'{m}' 'end'", "Expr(JoinedStr([Constant(\"plain\")@1:0-1:20, FormattedValue(Name(\"m\")@1:11-1:12, -1, _)@1:0-1:20, Constant(\"end\")@1:0-1:20])@1:0-1:20)@1:0-1:20"),
        ("f''", "Expr(JoinedStr([])@1:0-1:3)@1:0-1:3"),
        ("f'''{\nx\n}'''", "Expr(JoinedStr([FormattedValue(Name(\"x\")@2:0-2:1, -1, _)@1:0-3:4])@1:0-3:4)@1:0-3:4"),
        ("f'{3!=4}'", "Expr(JoinedStr([FormattedValue(Compare(Constant(3)@1:3-1:4, [NotEq], [Constant(4)@1:6-1:7])@1:3-1:7, -1, _)@1:0-1:9])@1:0-1:9)@1:0-1:9"),
        ("f'{a[\"k\"]}'", "Expr(JoinedStr([FormattedValue(Subscript(Name(\"a\")@1:3-1:4, Constant(\"k\")@1:5-1:8)@1:3-1:9, -1, _)@1:0-1:11])@1:0-1:11)@1:0-1:11"),
        ("x = \\\n  1", "Assign([Name(\"x\")@1:0-1:1], Constant(1)@2:2-2:3)@1:0-2:3"),
        ("if True:\n\tx = 1\n", "If(Constant(True)@1:3-1:7, [Assign([Name(\"x\")@2:1-2:2], Constant(1)@2:5-2:6)@2:1-2:6], [])@1:0-2:6"),
        ("\n\n# c\nx = 1  # c\n\n", "Assign([Name(\"x\")@4:0-4:1], Constant(1)@4:4-4:5)@4:0-4:5"),
        ("x = 1\r\ny = 2\r\n", "Assign([Name(\"x\")@1:0-1:1], Constant(1)@1:4-1:5)@1:0-1:5\nAssign([Name(\"y\")@2:0-2:1], Constant(2)@2:4-2:5)@2:0-2:5"),
        ("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx\n", "Expr(Name(\"x\")@3:0-3:1)@3:0-3:1"),
        ("match x:\n  case [a, *_] | {'k': a} if a:\n    pass\n", "Match(Name(\"x\")@1:6-1:7, [case(Or([Sequence([As { pattern: None, name: Some(\"a\") }, Star(None)]), Mapping { keys: [Expr { kind: Constant(Str(\"k\")), line: 2, col: 18, end_line: 2, end_col: 21 }], patterns: [As { pattern: None, name: Some(\"a\") }], rest: None }]), Name(\"a\")@2:29-2:30, [Pass()@3:4-3:8])])@1:0-3:8"),
        ("match(x)\n", "Expr(Call(Name(\"match\")@1:0-1:5, [Name(\"x\")@1:6-1:7], [])@1:0-1:8)@1:0-1:8"),
        ("match = case = _ = type = 1", "Assign([Name(\"match\")@1:0-1:5, Name(\"case\")@1:8-1:12, Name(\"_\")@1:15-1:16, Name(\"type\")@1:19-1:23], Constant(1)@1:26-1:27)@1:0-1:27"),
    ];

    #[test]
    fn asts_match_cpython() {
        let mut failures = Vec::new();
        for (src, expected) in AST_CASES {
            let got = dump(src);
            if got != *expected {
                failures.push(format!("{src:?}\n  expected {expected}\n  got      {got}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Invalid sources with CPython 3.11's exception type, message, line, offset
    /// and end offset (0 for none).
    const ERROR_CASES: &[(&str, &str, &str, u32, u32, u32)] = &[
        ("x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 6),
        ("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 5),
        ("def f()\n", "SyntaxError", "expected ':'", 1, 8, 8),
        ("def f() x:\n", "SyntaxError", "expected ':'", 1, 9, 10),
        ("class C\n", "SyntaxError", "expected ':'", 1, 8, 8),
        ("for x in y\n", "SyntaxError", "expected ':'", 1, 11, 11),
        ("while x\n", "SyntaxError", "expected ':'", 1, 8, 8),
        ("try\n", "SyntaxError", "expected ':'", 1, 4, 4),
        ("with a\n", "SyntaxError", "expected ':'", 1, 7, 7),
        ("if x:\n  pass\nelse x:\n", "SyntaxError", "expected ':'", 3, 6, 7),
        ("foo(1,\n", "SyntaxError", "'(' was never closed", 1, 4, 0),
        ("x = (1,\ny = 2\n", "SyntaxError", "'(' was never closed", 1, 5, 0),
        ("x = [1,\n2\n", "SyntaxError", "'[' was never closed", 1, 5, 0),
        (")\n", "SyntaxError", "unmatched ')'", 1, 1, 1),
        ("(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 2),
        ("(\n]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 1),
        ("'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1),
        ("x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 5),
        ("a = \"\"\"\nab\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 5),
        ("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 0),
        ("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 5),
        ("for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12, 0),
        ("while x:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9, 0),
        ("def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9, 0),
        ("class C:\n", "IndentationError", "expected an indented block after class definition on line 1", 1, 9, 0),
        ("try:\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5, 0),
        ("try:\n  pass\nexcept:\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 8, 0),
        ("try:\n  pass\nfinally:\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9, 0),
        ("if x:\n  pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6, 0),
        ("if x:\n  pass\nelif y:\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8, 0),
        ("with a:\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8, 0),
        (" x = 1\n", "IndentationError", "unexpected indent", 1, 1, 0),
        ("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 0),
        ("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 0),
        ("if True:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 0),
        ("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2),
        ("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4),
        ("x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6),
        ("if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9),
        ("a = b = 1 = c\n", "SyntaxError", "cannot assign to literal", 1, 9, 10),
        ("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 5),
        ("(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 6),
        ("for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 6),
        ("with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 12),
        ("(x for x in y) = 1\n", "SyntaxError", "cannot assign to generator expression", 1, 1, 15),
        ("[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 15),
        ("(yield) = 1\n", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 7),
        ("x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 10),
        ("a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1, 14),
        ("x() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 4),
        ("a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 5),
        ("del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 8),
        ("del (a, 1)\n", "SyntaxError", "cannot delete literal", 1, 9, 10),
        ("1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1),
        ("007\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 3),
        ("0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 2),
        ("0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 3),
        ("0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 3),
        ("1_\n", "SyntaxError", "invalid decimal literal", 1, 2, 2),
        ("1e\n", "SyntaxError", "invalid decimal literal", 1, 1, 1),
        ("1.__class__\n", "SyntaxError", "invalid decimal literal", 1, 2, 2),
        ("print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14),
        ("x = print 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 5, 12),
        ("exec 'a'\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 9),
        ("[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
        ("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6),
        ("x = (a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 12),
        ("x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7, 8),
        ("a b c\n", "SyntaxError", "invalid syntax", 1, 3, 4),
        ("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 10),
        ("f(a=1, **b, c)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 14, 15),
        ("f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9),
        ("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 15),
        ("f(1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 5),
        ("class C(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 14),
        ("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 13),
        ("lambda x=1, y: 0\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 14),
        ("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 8),
        ("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13),
        ("def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11, 12),
        ("def f(/): pass\n", "SyntaxError", "invalid syntax", 1, 7, 8),
        ("x := 1\n", "SyntaxError", "invalid syntax", 1, 3, 5),
        ("(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 5),
        ("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11),
        ("x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 0),
        ("x = {1:}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 8),
        ("x = \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 6, 0),
        ("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 0),
        ("a $ b\n", "SyntaxError", "invalid syntax", 1, 3, 4),
        ("x = €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 5),
        ("b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 5),
        ("b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 9),
        ("u'x' b'y'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 10, 10),
        ("f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 5, 5),
        ("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 6),
        ("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 5),
        ("f'{a!x}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 9),
        ("f'{a#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 8, 8),
        ("f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 15),
        ("'\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 6),
        ("'\\N{foo}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10, 10),
        ("x = (\n((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError", "too many nested parentheses", 2, 200, 200),
        ("else:\n", "SyntaxError", "invalid syntax", 1, 1, 5),
        ("import\n", "SyntaxError", "invalid syntax", 1, 7, 7),
        ("from x import\n", "SyntaxError", "invalid syntax", 1, 14, 14),
        ("from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 17),
        ("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 2),
        ("except A, B:\n  pass\n", "SyntaxError", "invalid syntax", 1, 1, 7),
        ("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 8),
    ];

    #[test]
    fn errors_match_cpython() {
        let mut failures = Vec::new();
        for &(src, kind, msg, line, col, end_col) in ERROR_CASES {
            match parse_module(src) {
                Ok(_) => failures.push(format!("{src:?}: parsed")),
                Err(e) => {
                    let got = (e.kind.name(), e.msg.as_str(), e.line, e.col, e.end_col);
                    let expected = (kind, msg, line, col, end_col);
                    if got != expected {
                        failures.push(format!(
                            "{src:?}\n  expected {expected:?}\n  got      {got:?}"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    fn error(src: &str) -> SyntaxError {
        parse_module(src).expect_err("expected a syntax error")
    }

    #[test]
    fn incomplete_input() {
        for src in [
            "if x:\n",
            "if x:",
            "def f():\n",
            "class C:\n    def f(self):\n",
            "for x in y:\n    if x:\n",
            "foo(1,\n",
            "x = [1,\n  2,\n",
            "x = '''abc\n",
            "x = 1 + \\\n",
            "try:\n    pass\nexcept:\n",
        ] {
            assert!(error(src).incomplete, "{src:?} should be incomplete");
        }
        for src in [
            "x = = 1\n",
            "x = 1 +\n",
            "'abc\n",
            "x = (1,\ny = 2\n",
            "if x\n",
            ")\n",
            " x\n",
        ] {
            assert!(!error(src).incomplete, "{src:?} should not be incomplete");
        }
        assert!(parse_module("if x:\n    y = 1\n").is_ok());
        assert!(parse_module("def f():\n    return 1\n").is_ok());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let inputs = [
            "",
            "\n",
            "   ",
            "# c",
            "\\",
            "\\\n",
            "'",
            "\"",
            "'''",
            "f'",
            "f'{",
            "f'{x!",
            "f'{x:",
            "f'{x=",
            "b'",
            "(",
            ")",
            "[",
            "{",
            "0x",
            "1e",
            "1_",
            ".",
            "...",
            "\t\tx",
            "\x00",
            "café = 1",
            "x = 'é' + \"\u{1F600}\"",
            "\u{feff}x = 1",
            "@",
            "lambda",
            "def",
            "class",
            "for",
            "f'{a!r=}'",
            "f'{a:{b:{c}}}'",
            "f'{a[}'",
            "f'{a)}'",
            "f'{\"a\"}'",
            "x[",
            "x(",
            "a if",
            "not",
            "print",
            "print 1, 2",
            "del",
            "import .",
            "from",
            "from . import",
            "with (",
            "with (a as b",
            "try:",
            "\r",
            "\r\n",
            "if x:\n  y\n z\n",
            "  x",
            "x\n  y",
            "yield",
            "*",
            "**",
            "x = *",
            "f(**)",
            "f(*)",
            "a[::",
            "{**}",
            "{1:",
            "{*a: 1}",
            "f'{x:{y}}'",
            "f'{'a'}'",
            "'\\N{",
            "'\\N'",
            "b'\\x'",
            "'\\U11111111'",
            "'\\ud800'",
        ];
        for src in inputs {
            let _ = parse_module(src);
            let _ = parse_expression(src);
        }
        // Every prefix of a realistic program.
        let program = "@d(1)\nclass C(B):\n    def f(self, a: int = 1, *, b) -> str:\n        return f'{a!r:>{b}}' + \"x\"\n";
        for end in 0..=program.len() {
            if program.is_char_boundary(end) {
                let _ = parse_module(&program[..end]);
            }
        }
    }

    #[test]
    fn deep_nesting() {
        let ok = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
        assert!(parse_module(&ok).is_ok());
        let too_deep = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
        assert_eq!(error(&too_deep).msg, "too many nested parentheses");
        let lists = format!("x = {}{}\n", "[".repeat(199), "]".repeat(199));
        assert!(parse_module(&lists).is_ok());
        for op in ["-", "not ", "~", "lambda: "] {
            assert!(
                parse_module(&format!("x = {}1\n", op.repeat(900))).is_ok(),
                "{op}"
            );
            let err = error(&format!("x = {}1\n", op.repeat(5000)));
            assert_eq!(err.msg, "too many nested parentheses");
        }
        let powers = format!("x = {}2\n", "2 ** ".repeat(900));
        assert!(parse_module(&powers).is_ok());
        let ternary = format!("x = {}0\n", "1 if c else ".repeat(900));
        assert!(parse_module(&ternary).is_ok());
    }

    #[test]
    fn expression_input() {
        let e = parse_expression("  1 + 2\n\n").unwrap();
        assert_eq!(
            dump_expr(&e),
            "BinOp(Constant(1)@1:2-1:3, Add, Constant(2)@1:6-1:7)@1:2-1:7"
        );
        let e = parse_expression("a, b").unwrap();
        assert!(matches!(e.kind, ExprKind::Tuple(ref v) if v.len() == 2));
        assert!(parse_expression("x = 1").is_err());
        assert!(parse_expression("1 2").is_err());
        assert!(parse_expression("(1,\n2)").is_ok());
        assert!(parse_expression("\n\n1\n").is_ok());
    }

    #[test]
    fn fstring_inner_positions() {
        let m = parse_module("x = 1\ny = f'''a\n  {zz + 1!r}'''\n").unwrap();
        let StmtKind::Assign { value, .. } = &m.body[1].kind else {
            panic!()
        };
        let ExprKind::JoinedStr(parts) = &value.kind else {
            panic!()
        };
        let ExprKind::FormattedValue {
            value, conversion, ..
        } = &parts[1].kind
        else {
            panic!()
        };
        assert_eq!(*conversion, Some('r'));
        assert_eq!(
            (value.line, value.col, value.end_line, value.end_col),
            (3, 3, 3, 9)
        );
    }

    #[test]
    fn fstring_errors_are_prefixed() {
        assert_eq!(
            error("f'{a b}'\n").msg,
            "f-string: invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(error("f'{)}'\n").msg, "f-string: unmatched ')'");
        assert_eq!(
            error("f'{x!}'\n").msg,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
    }

    #[test]
    fn big_and_unicode_literals() {
        let m = parse_module(
            "x = 0xFFFFFFFFFFFFFFFFF + 9_223_372_036_854_775_808 + 9223372036854775807\n",
        )
        .unwrap();
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!()
        };
        let dumped = dump_expr(value);
        assert!(dumped.contains("Constant(0xFFFFFFFFFFFFFFFFF)"), "{dumped}");
        assert!(dumped.contains("Constant(9223372036854775808)"), "{dumped}");
        assert!(dumped.contains("Constant(9223372036854775807)"), "{dumped}");
        let m = parse_module("café = 'é'\n").unwrap();
        let StmtKind::Assign { targets, value } = &m.body[0].kind else {
            panic!()
        };
        assert_eq!((targets[0].end_col, value.col, value.end_col), (4, 7, 10));
    }

    #[test]
    fn big_file_is_linear() {
        let line = "x = [a.b(c, d=1) for a in range(10) if a % 2] + {'k': (1, 2)}['k'] * -3\n";
        let src = line.repeat(10_000);
        let started = std::time::Instant::now();
        let module = parse_module(&src).unwrap();
        assert_eq!(module.body.len(), 10_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    /// Development aid: `GILPY_DUMP=file cargo test dump_file -- --ignored` prints
    /// the dump of a file, to diff against CPython's `ast` module.
    #[test]
    #[ignore]
    fn dump_file() {
        let path = std::env::var("GILPY_DUMP").expect("GILPY_DUMP");
        let src = std::fs::read_to_string(path).unwrap();
        let started = std::time::Instant::now();
        let parsed = parse_module(&src);
        eprintln!("parsed in {:?}", started.elapsed());
        let out = match parsed {
            Ok(_) => dump(&src),
            Err(e) => format!(
                "ERR {} {:?} {} {} {}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col,
                e.end_col
            ),
        };
        println!("=====\n{out}\n=====");
    }
}
