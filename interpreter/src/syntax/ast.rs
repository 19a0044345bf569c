//! The abstract syntax tree, shaped after CPython's `ast` module so that a reader who
//! knows `ast.dump` recognises every node. Every statement and expression carries the
//! 1-based line and 0-based column (in characters) where it starts and where it ends
//! (end column exclusive), as CPython's `lineno`/`col_offset`/`end_lineno`/
//! `end_col_offset`; the compiler copies them into the code object's position table,
//! so tracebacks name the right line and can underline the failing expression with
//! `^^^` as CPython 3.11 does.

/// A parsed module: the statements of one file (or one REPL entry).
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression statement (a call, or an expression the REPL echoes).
    Expr(Expr),
    /// `a = b = value`: one or more targets (Name, Attribute, Subscript, Tuple, List,
    /// Starred inside Tuple/List).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is true when the target is a bare name
    /// not in parentheses.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    /// `match subject:` with its `case` clauses, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from ..mod import x as y, z` / `from mod import *` (names = [Alias { name: "*" }]).
    /// `level` counts the leading dots.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Delete(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list, as CPython's `ast.arguments`: `defaults` belong to the last
/// `defaults.len()` of `posonlyargs ++ args`; `kw_defaults` is parallel to `kwonlyargs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: String,
    pub annotation: Option<Expr>,
    pub line: u32,
    pub col: u32,
}

/// `name=value` in a call or class header; `arg` is None for `**value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<String>,
    pub value: Expr,
}

/// `name as asname` in an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// None for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` is one BoolOp with three values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: left = a, ops = [Lt, LtE], comparators = [b, c].
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional args may include `Starred` (`*xs`); keywords with arg None are `**kw`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    /// `value[slice]`; `a[1:2]` has a Slice, `a[1, 2]` a Tuple, `a[1:2, 3]` a Tuple
    /// holding a Slice.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a None key marks `**m` (its value is m).
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    Starred(Box<Expr>),
    /// `(target := value)`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// An f-string: the concatenation of its parts, each a `Constant(Str)` or a
    /// `FormattedValue`.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is one of
    /// 's', 'r', 'a'; `format_spec` is itself a JoinedStr. For `{x=}` the parser emits
    /// the literal text `x=` before it and uses conversion 'r' when none is given.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An integer literal that fits in i64.
    Int(i64),
    /// An integer literal too large for i64: its text without underscores, keeping
    /// any `0x`/`0o`/`0b` prefix; the compiler converts it.
    BigInt(String),
    Float(f64),
    /// `3j`: the imaginary part.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Invert,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32, col: u32, end_line: u32, end_col: u32) -> Expr {
        Expr {
            kind,
            line,
            col,
            end_line,
            end_col,
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, line: u32, col: u32, end_line: u32, end_col: u32) -> Stmt {
        Stmt {
            kind,
            line,
            col,
            end_line,
            end_col,
        }
    }
}

/// `case pattern if guard: body`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A structural pattern (PEP 634), shaped after CPython's `ast.pattern` nodes.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    /// A literal or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    Singleton(Constant),
    /// `[a, *rest, b]` or `(a, b)`: items may include one `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` (`None` for `*_`) inside a sequence pattern.
    Star(Option<String>),
    /// `{key: pattern, **rest}`.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `Cls(p, q, attr=r)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `pattern as name`, or a bare capture `name` (pattern None); `_` is
    /// `As { pattern: None, name: None }`.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    /// `p | q | r`.
    Or(Vec<Pattern>),
}
