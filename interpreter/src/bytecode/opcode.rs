//! The instruction set, defined once. The `opcodes!` table below gives, for every
//! instruction, the enum variant, the name `dis` prints (CPython's where the meaning
//! matches), the kind of operand (which decides how `dis` explains it) and the stack
//! effect. Nothing else in the project lists the instructions again.

/// How an instruction's argument is interpreted, for `dis` and the stack-depth pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    /// No argument.
    None,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// LOAD_GLOBAL's: index into `names` times two, plus one to push a NULL too.
    Global,
    /// Index into `varnames` (a local slot).
    Local,
    /// Index into `cellvars ++ freevars`.
    Cell,
    /// Absolute instruction index of a jump target.
    Jump,
    /// A count (of items, arguments, ...).
    Count,
    /// A `BINARY_OP` operator number.
    BinOp,
    /// A `COMPARE_OP` operator number.
    Compare,
    /// A flag word or small number whose meaning is opcode-specific.
    Flags,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:expr])* $variant:ident = $name:literal, $operand:ident, |$a:ident| $effect:expr; )*) => {
        /// One bytecode operation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $variant, )* }

        impl Op {
            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Op::$variant => $name, )* }
            }

            /// What the argument means.
            pub fn operand(self) -> Operand {
                match self { $( Op::$variant => Operand::$operand, )* }
            }

            /// Net change of the value-stack depth when the instruction runs (for jumps,
            /// the effect on the fall-through path).
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self { $( Op::$variant => { let $a = arg as i32; $effect } )* }
            }
        }
    };
}

opcodes! {
    /// Push whether TOS is a sequence for match (list, tuple, range, deque, not str).
    MatchSequence = "MATCH_SEQUENCE", None, |a| 1;
    /// Push whether TOS is a mapping for match (a dict or dict subclass).
    MatchMapping = "MATCH_MAPPING", None, |a| 1;
    /// Push len(TOS).
    GetLen = "GET_LEN", None, |a| 1;
    /// TOS = keys tuple, TOS1 = subject: push the tuple of their values, or None.
    MatchKeys = "MATCH_KEYS", None, |a| 1;
    /// TOS2 = subject, TOS1 = class, TOS = attribute names: replace the three by the
    /// tuple of a positional plus the named attributes, or None on no match.
    MatchClass = "MATCH_CLASS", Count, |a| -2;
    /// TOS = keys tuple, TOS1 = a mapping: replace TOS by a dict of the other items.
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS", None, |a| 0;
    /// Do nothing.
    Nop = "NOP", None, |a| 0;
    /// TOS = complex(0.0, TOS): an imaginary literal (the `complex` type is written in
    /// Python, so it cannot be a constant).
    MakeImaginary = "MAKE_IMAGINARY", None, |a| 0;
    /// Discard TOS.
    PopTop = "POP_TOP", None, |a| -1;
    /// Push a copy of the a-th item from the top (1 = TOS).
    Copy = "COPY", Count, |a| 1;
    /// Swap TOS with the a-th item from the top.
    Swap = "SWAP", Count, |a| 0;
    /// Push co_consts[a].
    LoadConst = "LOAD_CONST", Const, |a| 1;
    /// Push the variable named names[a], looked up in locals, globals, builtins.
    LoadName = "LOAD_NAME", Name, |a| 1;
    StoreName = "STORE_NAME", Name, |a| -1;
    DeleteName = "DELETE_NAME", Name, |a| 0;
    /// Push the global names[a >> 1] (globals, then builtins); if a & 1, push a NULL
    /// after it (a call's "no self"), as CPython 3.11's LOAD_GLOBAL does.
    LoadGlobal = "LOAD_GLOBAL", Global, |a| 1 + (a & 1);
    StoreGlobal = "STORE_GLOBAL", Name, |a| -1;
    DeleteGlobal = "DELETE_GLOBAL", Name, |a| 0;
    /// Push local slot a.
    LoadFast = "LOAD_FAST", Local, |a| 1;
    StoreFast = "STORE_FAST", Local, |a| -1;
    DeleteFast = "DELETE_FAST", Local, |a| 0;
    /// Push the contents of cell a.
    LoadDeref = "LOAD_DEREF", Cell, |a| 1;
    StoreDeref = "STORE_DEREF", Cell, |a| -1;
    DeleteDeref = "DELETE_DEREF", Cell, |a| 0;
    /// Push cell a itself (to build a closure).
    LoadClosure = "LOAD_CLOSURE", Cell, |a| 1;
    /// In a class body: the class namespace first, then cell a.
    LoadClassDeref = "LOAD_CLASSDEREF", Cell, |a| 1;
    /// Replace TOS with TOS.names[a].
    LoadAttr = "LOAD_ATTR", Name, |a| 0;
    /// TOS.names[a] = TOS1.
    StoreAttr = "STORE_ATTR", Name, |a| -2;
    DeleteAttr = "DELETE_ATTR", Name, |a| -1;
    /// Replace TOS with (method, self) when names[a] is a plain method of its type, else
    /// with (attribute, NULL): CALL then passes self without building a bound method.
    LoadMethod = "LOAD_METHOD", Name, |a| 1;
    /// TOS = TOS1[TOS].
    BinarySubscr = "BINARY_SUBSCR", None, |a| -1;
    /// TOS1[TOS] = TOS2.
    StoreSubscr = "STORE_SUBSCR", None, |a| -3;
    DeleteSubscr = "DELETE_SUBSCR", None, |a| -2;
    /// Build a slice from 2 or 3 items.
    BuildSlice = "BUILD_SLICE", Count, |a| 1 - a;
    /// TOS = TOS1 op TOS (op numbered as CPython's NB_* constants).
    BinaryOp = "BINARY_OP", BinOp, |a| -1;
    UnaryNegative = "UNARY_NEGATIVE", None, |a| 0;
    UnaryPositive = "UNARY_POSITIVE", None, |a| 0;
    UnaryNot = "UNARY_NOT", None, |a| 0;
    UnaryInvert = "UNARY_INVERT", None, |a| 0;
    /// TOS = TOS1 cmp TOS.
    CompareOp = "COMPARE_OP", Compare, |a| -1;
    /// TOS = TOS1 is TOS (a = 1: is not).
    IsOp = "IS_OP", Flags, |a| -1;
    /// TOS = TOS1 in TOS (a = 1: not in).
    ContainsOp = "CONTAINS_OP", Flags, |a| -1;
    JumpForward = "JUMP_FORWARD", Jump, |a| 0;
    JumpBackward = "JUMP_BACKWARD", Jump, |a| 0;
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", Jump, |a| -1;
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", Jump, |a| -1;
    PopJumpIfNone = "POP_JUMP_IF_NONE", Jump, |a| -1;
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", Jump, |a| -1;
    /// If TOS is false jump (keeping it), else pop it.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", Jump, |a| -1;
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", Jump, |a| -1;
    /// TOS = iter(TOS).
    GetIter = "GET_ITER", None, |a| 0;
    /// Push next(TOS), or pop TOS and jump to a when exhausted.
    ForIter = "FOR_ITER", Jump, |a| 1;
    BuildTuple = "BUILD_TUPLE", Count, |a| 1 - a;
    BuildList = "BUILD_LIST", Count, |a| 1 - a;
    BuildSet = "BUILD_SET", Count, |a| 1 - a;
    /// Build a dict from a key/value pairs.
    BuildMap = "BUILD_MAP", Count, |a| 1 - 2 * a;
    /// Concatenate a strings.
    BuildString = "BUILD_STRING", Count, |a| 1 - a;
    /// Append TOS to the list a items down (comprehensions).
    ListAppend = "LIST_APPEND", Count, |a| -1;
    SetAdd = "SET_ADD", Count, |a| -1;
    /// Add TOS1: TOS to the dict a items down.
    MapAdd = "MAP_ADD", Count, |a| -2;
    /// Extend the list a items down with the iterable TOS.
    ListExtend = "LIST_EXTEND", Count, |a| -1;
    SetUpdate = "SET_UPDATE", Count, |a| -1;
    DictUpdate = "DICT_UPDATE", Count, |a| -1;
    /// Like DICT_UPDATE but raises on duplicate keys (for `f(**a, **b)`).
    DictMerge = "DICT_MERGE", Count, |a| -1;
    ListToTuple = "LIST_TO_TUPLE", None, |a| 0;
    /// Unpack TOS into a items, pushed so the first is on top.
    UnpackSequence = "UNPACK_SEQUENCE", Count, |a| a - 1;
    /// Unpack with a starred target: low byte = items before, high byte = items after.
    UnpackEx = "UNPACK_EX", Flags, |a| (a & 0xff) + (a >> 8);
    /// f-string field: a & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii), a & 4 = spec on TOS.
    FormatValue = "FORMAT_VALUE", Flags, |a| if a & 4 != 0 { -1 } else { 0 };
    /// Make a function from the code object on TOS; flags say which of defaults (0x01),
    /// keyword defaults (0x02), annotations (0x04) and closure (0x08) lie below it.
    MakeFunction = "MAKE_FUNCTION", Flags, |a| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// Push the NULL that marks "no self" below a call's arguments.
    PushNull = "PUSH_NULL", None, |a| 1;
    /// Call with a positional arguments: stack is callable, self-or-NULL, args.
    Call = "CALL", Count, |a| -1 - a;
    /// The names of the last arguments of the next CALL are consts[a] (a tuple).
    KwNames = "KW_NAMES", Const, |a| 0;
    /// Call TOS2(*TOS1, **TOS) (a & 1: the kwargs dict is present), with a NULL below.
    CallFunctionEx = "CALL_FUNCTION_EX", Flags, |a| -2 - (a & 1);
    ReturnValue = "RETURN_VALUE", None, |a| -1;
    /// Push builtins.__build_class__.
    LoadBuildClass = "LOAD_BUILD_CLASS", None, |a| 1;
    /// Import module names[a]: TOS is the fromlist, TOS1 the level.
    ImportName = "IMPORT_NAME", Name, |a| -1;
    /// Push TOS.names[a] for `from ... import`.
    ImportFrom = "IMPORT_FROM", Name, |a| 1;
    ImportStar = "IMPORT_STAR", None, |a| -1;
    /// Push a handler block: an exception jumps to a with the stack cut back.
    SetupFinally = "SETUP_FINALLY", Jump, |a| 0;
    PopBlock = "POP_BLOCK", None, |a| 0;
    /// Leave an except handler: restore the previously handled exception.
    PopExcept = "POP_EXCEPT", None, |a| 0;
    /// Re-raise TOS, keeping its traceback.
    Reraise = "RERAISE", None, |a| -1;
    /// raise (a = 0), raise TOS (1), raise TOS1 from TOS (2).
    RaiseVarargs = "RAISE_VARARGS", Count, |a| -a;
    /// TOS = isinstance-match of TOS1 (an exception) against TOS (a class or tuple).
    CheckExcMatch = "CHECK_EXC_MATCH", None, |a| 0;
    /// Replace the context manager on TOS with its bound __exit__, push a handler block
    /// for target a (exceptions in the body find (exit, exc) on the stack), then push the
    /// result of __enter__().
    SetupWith = "SETUP_WITH", Jump, |a| 1;
    /// With (exit, exc) on the stack, push exit(type, exc, tb).
    WithExceptStart = "WITH_EXCEPT_START", None, |a| 1;
    LoadAssertionError = "LOAD_ASSERTION_ERROR", None, |a| 1;
    /// Create `__annotations__` in the current namespace.
    SetupAnnotations = "SETUP_ANNOTATIONS", None, |a| 0;
    /// REPL: print the repr of TOS (unless None) and bind it to `_`.
    PrintExpr = "PRINT_EXPR", None, |a| -1;
    /// Yield TOS to the caller; push the value sent in.
    YieldValue = "YIELD_VALUE", None, |a| 0;
    /// TOS = iter(TOS) for `yield from` (generators pass through).
    GetYieldFromIter = "GET_YIELD_FROM_ITER", None, |a| 0;
    /// Send TOS into the iterator TOS1; on exhaustion pop both, push the result, jump to a.
    Send = "SEND", Jump, |a| -1;
}

impl Op {
    /// Whether the argument is a jump target.
    pub fn is_jump(self) -> bool {
        self.operand() == Operand::Jump
    }
}

/// BINARY_OP operator numbers and their symbols, in CPython's order (NB_ADD = 0, ...,
/// NB_INPLACE_ADD = 13, ...).
pub const BINARY_OP_SYMBOLS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Offset added to a BINARY_OP number for the augmented (in-place) form.
pub const INPLACE: u32 = 13;

/// COMPARE_OP operator symbols, in CPython's order.
pub const COMPARE_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// One instruction: an opcode and a 32-bit argument (8 bytes in all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}
