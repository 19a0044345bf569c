//! Code generation: AST to [`CodeObject`]s, one per module, function, class body and
//! comprehension, as CPython does.
//!
//! Exceptions use a block stack (as CPython up to 3.10): `SETUP_FINALLY` pushes a handler
//! that the VM jumps to with the exception on the stack; the VM then pushes an
//! "except handler" block that remembers the previously handled exception until
//! `POP_EXCEPT`. A `return`, `break` or `continue` that leaves a `try`, `with`, loop or
//! handler unwinds it in code: the compiler keeps a stack of such frame blocks and emits
//! the pops, the `finally` body and the `__exit__` call on the way out.

use super::symtable::{Resolution, ScopeKind, SymbolTable};
use crate::bytecode::opcode::INPLACE;
use crate::bytecode::{flags, CodeObject, Instr, Op, Position};
use crate::object::pystr::intern;
use crate::object::{PyStr, Value};
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use std::collections::HashMap;
use std::sync::Arc;

/// Compile a parsed module. `interactive` makes expression statements print their value
/// (the REPL).
pub fn compile_module(
    module: &Module,
    filename: &str,
    interactive: bool,
) -> Result<Arc<CodeObject>, SyntaxError> {
    let table = super::symtable::build(module, interactive)?;
    let filename: Arc<str> = Arc::from(filename);
    let mut c = Compiler {
        table: &table,
        filename,
        units: vec![],
        interactive,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    let has_annotations = module
        .body
        .iter()
        .any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }));
    if has_annotations {
        c.emit(Op::SetupAnnotations, 0);
    }
    c.stmts(&module.body)?;
    c.set_pos_line(module.body.last().map_or(1, |s| s.end_line));
    c.load_const(Value::None);
    c.emit(Op::ReturnValue, 0);
    Ok(c.pop_unit(0, 0, 0))
}

/// Compile an expression for `eval()`: module-level code that returns its value.
pub fn compile_expression(expr: &Expr, filename: &str) -> Result<Arc<CodeObject>, SyntaxError> {
    let (line, col, end_line, end_col) = (expr.line, expr.col, expr.end_line, expr.end_col);
    let module = Module {
        body: vec![Stmt::new(
            StmtKind::Expr(expr.clone()),
            line,
            col,
            end_line,
            end_col,
        )],
    };
    let table = super::symtable::build(&module, false)?;
    let mut c = Compiler {
        table: &table,
        filename: Arc::from(filename),
        units: vec![],
        interactive: false,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    let StmtKind::Expr(e) = &module.body[0].kind else {
        unreachable!("built above")
    };
    c.expr(e)?;
    c.emit(Op::ReturnValue, 0);
    Ok(c.pop_unit(0, 0, 0))
}

#[derive(Clone)]
enum FBlock<'a> {
    /// A while/for loop: where `continue` goes, and the `break` jumps to patch.
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// Inside `try:` with handlers (a SETUP_FINALLY is active).
    TryExcept,
    /// Inside `try:` of a try/finally: leaving runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// Running a finally body on the exception path (the exception is on the stack).
    FinallyEnd,
    /// Inside an except handler body (maybe with `as name`).
    Handler(Option<&'a str>),
    /// Inside a `with` body (the __exit__ method is on the stack).
    With,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    firstlineno: u32,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    consts: Vec<Value>,
    names: Vec<Arc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Arc<PyStr>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    pos: Position,
}

struct Compiler<'t> {
    table: &'t SymbolTable,
    filename: Arc<str>,
    units: Vec<Unit<'t>>,
    interactive: bool,
}

type CResult = Result<(), SyntaxError>;

fn syntax_error(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        msg: msg.into(),
        line,
        col: col + 1,
        end_col: 0,
        kind: SyntaxErrorKind::SyntaxError,
        incomplete: false,
    }
}

/// A syntax error marking a node's whole span (`^^^^`), when it is on one line.
fn syntax_error_span(
    msg: impl Into<String>,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
) -> SyntaxError {
    let mut e = syntax_error(msg, line, col);
    if end_line == line && end_col > col {
        e.end_col = end_col + 1;
    }
    e
}

fn binop_number(op: BinOp) -> u32 {
    match op {
        BinOp::Add => 0,
        BinOp::BitAnd => 1,
        BinOp::FloorDiv => 2,
        BinOp::LShift => 3,
        BinOp::MatMult => 4,
        BinOp::Mult => 5,
        BinOp::Mod => 6,
        BinOp::BitOr => 7,
        BinOp::Pow => 8,
        BinOp::RShift => 9,
        BinOp::Sub => 10,
        BinOp::Div => 11,
        BinOp::BitXor => 12,
    }
}

impl<'t> Compiler<'t> {
    fn unit(&mut self) -> &mut Unit<'t> {
        self.units.last_mut().unwrap()
    }

    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().unwrap().scope].kind
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            name: name.to_string(),
            qualname: qualname.to_string(),
            firstlineno,
            instrs: vec![],
            positions: vec![],
            consts: vec![],
            names: vec![],
            name_index: HashMap::new(),
            varnames: vec![],
            var_index: HashMap::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            fblocks: vec![],
            pos: Position {
                line: firstlineno,
                col: 0,
                end_line: firstlineno,
                end_col: 0,
            },
        };
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in s.params.iter().chain(s.other_locals()) {
                let i = u.varnames.len() as u32;
                u.var_index.insert(p.clone(), i);
                u.varnames.push(intern(p));
            }
        }
        self.units.push(u);
    }

    fn pop_unit(&mut self, argcount: usize, posonly: usize, kwonly: usize) -> Arc<CodeObject> {
        let u = self.units.pop().unwrap();
        let s = &self.table.scopes[u.scope];
        let mut fl = 0;
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
        }
        if s.is_generator {
            fl |= flags::GENERATOR;
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| s.params.iter().position(|p| p == c))
            .collect();
        let global_cache = crate::gil::GilCell::new(vec![Default::default(); u.names.len()]);
        Arc::new(CodeObject {
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            instructions: u.instrs,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.iter().map(|c| intern(c)).collect(),
            freevars: u.freevars.iter().map(|c| intern(c)).collect(),
            cell2arg,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags: fl,
            global_cache,
        })
    }

    // ---- emitting ----

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.unit();
        u.instrs.push(Instr { op, arg });
        u.positions.push(u.pos);
        u.instrs.len() - 1
    }

    fn here(&mut self) -> usize {
        self.unit().instrs.len()
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here() as u32;
        self.unit().instrs[at].arg = target;
    }

    fn jump_to(&mut self, target: usize) {
        let op = if target <= self.here() {
            Op::JumpBackward
        } else {
            Op::JumpForward
        };
        self.emit(op, target as u32);
    }

    fn set_pos(&mut self, line: u32, col: u32, end_line: u32, end_col: u32) {
        self.unit().pos = Position {
            line,
            col,
            end_line,
            end_col,
        };
    }

    fn set_pos_line(&mut self, line: u32) {
        self.unit().pos = Position {
            line,
            col: 0,
            end_line: line,
            end_col: 0,
        };
    }

    fn expr_pos(&mut self, e: &Expr) {
        self.set_pos(e.line, e.col, e.end_line, e.end_col);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        let found = u.consts.iter().position(|c| const_identical(c, &v));
        if let Some(i) = found {
            return i as u32;
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst, i);
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(intern(name));
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn cell_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|c| c == name)
            .expect("free variable resolved by symtable");
        (u.cellvars.len() + i) as u32
    }

    // ---- names ----

    fn name_op(&mut self, name: &str, ctx: Ctx) {
        let scope = &self.table.scopes[self.units.last().unwrap().scope];
        let res = scope.resolve(name);
        let kind = scope.kind;
        let (op, arg) = match (res, kind) {
            (Resolution::Cell | Resolution::Free, ScopeKind::Class)
                if ctx == Ctx::Load && res == Resolution::Free =>
            {
                (Op::LoadClassDeref, self.cell_idx(name))
            }
            (Resolution::Cell | Resolution::Free, _) => (
                ctx.pick(Op::LoadDeref, Op::StoreDeref, Op::DeleteDeref),
                self.cell_idx(name),
            ),
            (Resolution::GlobalExplicit, _)
            | (Resolution::GlobalImplicit, ScopeKind::Function | ScopeKind::Comprehension) => {
                let i = self.name_idx(name);
                match ctx {
                    Ctx::Load => (Op::LoadGlobal, i << 1),
                    _ => (
                        ctx.pick(Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal),
                        i,
                    ),
                }
            }
            (Resolution::Local, ScopeKind::Function | ScopeKind::Comprehension) => {
                let i = self.unit().var_index[name];
                (ctx.pick(Op::LoadFast, Op::StoreFast, Op::DeleteFast), i)
            }
            _ => (
                ctx.pick(Op::LoadName, Op::StoreName, Op::DeleteName),
                self.name_idx(name),
            ),
        };
        self.emit(op, arg);
    }

    // ---- statements ----

    fn stmts(&mut self, body: &'t [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'t Stmt) -> CResult {
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr, 0);
                } else if let ExprKind::Constant(_) = e.kind {
                    // A bare constant (a docstring) does nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                if *simple && self.scope_kind() != ScopeKind::Function {
                    if let ExprKind::Name(n) = &target.kind {
                        self.expr(annotation)?;
                        let ann = self.name_idx("__annotations__");
                        self.emit(Op::LoadName, ann);
                        self.load_const(Value::str(n));
                        self.emit(Op::StoreSubscr, 0);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Op::PopJumpIfFalse, 0);
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(to_else);
                } else {
                    let to_end = self.emit(Op::JumpForward, 0);
                    self.patch(to_else);
                    self.stmts(orelse)?;
                    self.patch(to_end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test)?;
                let exit = self.emit(Op::PopJumpIfFalse, 0);
                self.loop_rest(s, start, exit, false, body, orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                // Errors while iterating are reported on the whole `for` line, with no
                // markers, as CPython does.
                self.set_pos(s.line, s.col, s.end_line, s.end_col);
                self.emit(Op::GetIter, 0);
                let start = self.here();
                let exit = self.emit(Op::ForIter, 0);
                self.store(target)?;
                self.loop_rest(s, start, exit, true, body, orelse)?;
            }
            StmtKind::Break => self.break_continue(s, true)?,
            StmtKind::Continue => self.break_continue(s, false)?,
            StmtKind::Pass => {}
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases)?,
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                    self.emit(Op::PushNull, 0);
                }
                self.set_pos(s.line, s.col, s.end_line, s.end_col);
                self.make_function(
                    &**f,
                    &f.name,
                    &f.args,
                    s.line,
                    FnBody::Stmts(&f.body),
                    f.returns.as_ref(),
                )?;
                for _ in &f.decorators {
                    self.emit(Op::Call, 1);
                }
                self.name_op(&f.name, Ctx::Store);
            }
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return(v) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return Err(syntax_error_span(
                        "'return' outside function",
                        s.line,
                        s.col,
                        s.end_line,
                        s.end_col,
                    ));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all(true)?;
                self.set_pos(s.line, s.col, s.end_line, s.end_col);
                self.emit(Op::ReturnValue, 0);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_idx(part);
                                self.emit(Op::ImportFrom, i);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.name_op(asname, Ctx::Store);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap().to_string();
                            self.name_op(&top, Ctx::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let i = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName, i);
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom, i);
                        self.name_op(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(s.line, s.col, s.end_line, s.end_col);
                self.emit(Op::RaiseVarargs, n);
            }
            StmtKind::With { items, body } => self.with(items, body, s)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let ok = self.emit(Op::PopJumpIfTrue, 0);
                // A failed assert points at its test, as CPython 3.11 shows it.
                self.expr_pos(test);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.emit(Op::PushNull, 0);
                    self.expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.expr_pos(test);
                self.emit(Op::RaiseVarargs, 1);
                self.patch(ok);
            }
        }
        Ok(())
    }

    /// The body of a loop whose head (test or FOR_ITER, jumping to `exit` when done) is
    /// already emitted at `start`: the body, the jump back, the `else` block, and the
    /// `break` jumps patched past it.
    fn loop_rest(
        &mut self,
        s: &Stmt,
        start: usize,
        exit: usize,
        is_for: bool,
        body: &'t [Stmt],
        orelse: &'t [Stmt],
    ) -> CResult {
        self.unit().fblocks.push(FBlock::Loop {
            start,
            breaks: vec![],
            is_for,
        });
        self.stmts(body)?;
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        self.jump_to(start);
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!("loop block pushed above")
        };
        self.patch(exit);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn break_continue(&mut self, s: &Stmt, is_break: bool) -> CResult {
        let blocks = self.unit().fblocks.clone();
        let Some(loop_at) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(syntax_error_span(
                what, s.line, s.col, s.end_line, s.end_col,
            ));
        };
        for i in (loop_at + 1..blocks.len()).rev() {
            self.unwind_block(&blocks[i], false, i)?;
        }
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        let FBlock::Loop { start, is_for, .. } = blocks[loop_at] else {
            unreachable!()
        };
        if is_break {
            if is_for {
                self.emit(Op::PopTop, 0);
            }
            let j = self.emit(Op::JumpForward, 0);
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[loop_at] {
                breaks.push(j);
            }
        } else {
            self.jump_to(start);
        }
        Ok(())
    }

    /// Unwind every frame block (for `return`); the return value stays on top.
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult {
        let blocks = self.unit().fblocks.clone();
        for i in (0..blocks.len()).rev() {
            self.unwind_block(&blocks[i], preserve_tos, i)?;
        }
        Ok(())
    }

    /// Emit what leaving block `b` (at depth `depth` in the block stack) needs.
    fn unwind_block(&mut self, b: &FBlock<'t>, preserve_tos: bool, depth: usize) -> CResult {
        match b {
            FBlock::Loop { is_for, .. } => {
                if *is_for && preserve_tos {
                    self.emit(Op::Swap, 2);
                    self.emit(Op::PopTop, 0);
                } else if *is_for {
                    // `break` pops the iterator itself after unwinding inner blocks.
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock, 0);
            }
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock, 0);
                // The finally body runs outside this block: compile it with the blocks
                // below it only, then restore.
                let saved = self.unit().fblocks.split_off(depth);
                let r = self.stmts(body);
                self.unit().fblocks.extend(saved);
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.name_op(n, Ctx::Store);
                    self.name_op(n, Ctx::Del);
                }
            }
            FBlock::With => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_none();
            }
        }
        Ok(())
    }

    /// With __exit__ on TOS: call it with three Nones and discard the result.
    fn call_exit_none(&mut self) {
        self.emit(Op::PushNull, 0);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::Call, 3);
        self.emit(Op::PopTop, 0);
    }

    fn try_except(
        &mut self,
        body: &'t [Stmt],
        handlers: &'t [ExceptHandler],
        orelse: &'t [Stmt],
    ) -> CResult {
        let setup = self.emit(Op::SetupFinally, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(orelse)?;
        let mut to_end = vec![self.emit(Op::JumpForward, 0)];
        self.patch(setup);
        for (i, h) in handlers.iter().enumerate() {
            self.set_pos(h.line, h.col, h.line, h.col);
            let mut next = None;
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Op::CheckExcMatch, 0);
                    next = Some(self.emit(Op::PopJumpIfFalse, 0));
                }
                None if i + 1 < handlers.len() => {
                    return Err(syntax_error(
                        "default 'except:' must be last",
                        h.line,
                        h.col,
                    ));
                }
                None => {}
            }
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.as_deref()));
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.name_op(n, Ctx::Store);
                self.name_op(n, Ctx::Del);
            }
            to_end.push(self.emit(Op::JumpForward, 0));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        if handlers.last().is_some_and(|h| h.typ.is_some()) {
            self.emit(Op::Reraise, 0);
        }
        for j in to_end {
            self.patch(j);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'t [Stmt],
        handlers: &'t [ExceptHandler],
        orelse: &'t [Stmt],
        finalbody: &'t [Stmt],
    ) -> CResult {
        let setup = self.emit(Op::SetupFinally, 0);
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(finalbody)?;
        let to_end = self.emit(Op::JumpForward, 0);
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.patch(to_end);
        Ok(())
    }

    fn with(&mut self, items: &'t [WithItem], body: &'t [Stmt], s: &Stmt) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        let setup = self.emit(Op::SetupWith, 0);
        match &first.target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, s)?;
        }
        self.unit().fblocks.pop();
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        self.emit(Op::PopBlock, 0);
        self.call_exit_none();
        let to_end = self.emit(Op::JumpForward, 0);
        // Exception path: stack is (exit, exc).
        self.patch(setup);
        self.emit(Op::WithExceptStart, 0);
        let suppress = self.emit(Op::PopJumpIfTrue, 0);
        self.emit(Op::Reraise, 0);
        self.patch(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.patch(to_end);
        Ok(())
    }

    fn class_def(&mut self, s: &'t Stmt, c: &'t ClassDef) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
            self.emit(Op::PushNull, 0);
        }
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        self.emit(Op::LoadBuildClass, 0);
        self.emit(Op::PushNull, 0);
        let scope = self.table.scope_of(c);
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, &c.name, &qualname, s.line);
        let module = self.name_idx("__name__");
        self.emit(Op::LoadName, module);
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName, m);
        self.load_const(Value::str(&qualname));
        let q = self.name_idx("__qualname__");
        self.emit(Op::StoreName, q);
        if let Some(doc) = docstring(&c.body) {
            self.load_const(Value::str(doc));
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName, d);
        }
        if c.body
            .iter()
            .any(|s| matches!(s.kind, StmtKind::AnnAssign { simple: true, .. }))
        {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(&c.body)?;
        if self.unit().cellvars.iter().any(|v| v == "__class__") {
            let i = self.cell_idx("__class__");
            self.emit(Op::LoadClosure, i);
            let cc = self.name_idx("__classcell__");
            self.emit(Op::StoreName, cc);
        }
        self.load_const(Value::None);
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(0, 0, 0);
        self.set_pos(s.line, s.col, s.end_line, s.end_col);
        self.emit_make_function(code, 0)?;
        self.load_const(Value::str(&c.name));
        for b in &c.bases {
            self.expr(b)?;
        }
        self.call_tail(2 + c.bases.len() as u32, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::Call, 1);
        }
        self.name_op(&c.name, Ctx::Store);
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Push a function object for `node` (a def, lambda or comprehension body).
    fn make_function<T>(
        &mut self,
        node: &'t T,
        name: &str,
        args: &'t Arguments,
        line: u32,
        body: FnBody<'t>,
        returns: Option<&'t Expr>,
    ) -> CResult {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, args.defaults.len() as u32);
            fl |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Value::str(&a.name));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kw.len() as u32);
            fl |= 2;
        }
        let all_args = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let annotated: Vec<&Arg> = all_args.filter(|a| a.annotation.is_some()).collect();
        if !annotated.is_empty() || returns.is_some() {
            let mut n = 0;
            for a in annotated {
                self.load_const(Value::str(&a.name));
                self.expr(a.annotation.as_ref().unwrap())?;
                n += 1;
            }
            if let Some(r) = returns {
                self.load_const(Value::str("return"));
                self.expr(r)?;
                n += 1;
            }
            self.emit(Op::BuildMap, n);
            fl |= 4;
        }
        let scope = self.table.scope_of(node);
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, line);
        match body {
            FnBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    self.add_const(Value::str(doc));
                } else {
                    self.add_const(Value::None);
                }
                self.stmts(stmts)?;
                if !matches!(stmts.last().map(|s| &s.kind), Some(StmtKind::Return(_))) {
                    let last = stmts.last().map_or(line, |s| s.end_line);
                    self.set_pos_line(last);
                    self.load_const(Value::None);
                    self.emit(Op::ReturnValue, 0);
                }
            }
            FnBody::Expr(e) => {
                self.add_const(Value::None);
                self.expr(e)?;
                self.emit(Op::ReturnValue, 0);
            }
        }
        let code = self.pop_unit(
            args.posonlyargs.len() + args.args.len(),
            args.posonlyargs.len(),
            args.kwonlyargs.len(),
        );
        let code = with_arg_flags(code, args);
        self.emit_make_function(code, fl)
    }

    /// Push closure cells (if any) and the code, then MAKE_FUNCTION.
    fn emit_make_function(&mut self, code: Arc<CodeObject>, mut fl: u32) -> CResult {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let i = self.cell_idx(fv.as_str());
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            fl |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Op::MakeFunction, fl);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'t Expr,
        generators: &'t [Comprehension],
        kind: CompKind<'t>,
    ) -> CResult {
        let scope = self.table.scope_of(e);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, e.line);
        self.expr_pos(e);
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList, 0);
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet, 0);
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap, 0);
            }
            CompKind::Gen(_) => {}
        }
        self.comp_loop(generators, 0, &kind, e)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(1, 0, 0);
        self.expr_pos(e);
        self.emit_make_function(code, 0)?;
        self.emit(Op::PushNull, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter, 0);
        self.expr_pos(e);
        self.emit(Op::Call, 1);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'t [Comprehension],
        i: usize,
        kind: &CompKind<'t>,
        e: &'t Expr,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, 0);
        }
        let start = self.here();
        let exit = self.emit(Op::ForIter, 0);
        self.store(&g.target)?;
        let mut skips = vec![];
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse, 0));
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, kind, e)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        for s in skips {
            self.patch(s);
        }
        self.expr_pos(e);
        self.jump_to(start);
        self.patch(exit);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'t Expr, op: BinOp, value: &'t Expr) -> CResult {
        let n = binop_number(op) + INPLACE;
        // The operation itself is reported on the whole statement (no markers).
        let stmt_pos = self.unit().pos;
        match &target.kind {
            ExprKind::Name(name) => {
                self.expr_pos(target);
                self.name_op(name, Ctx::Load);
                self.expr(value)?;
                self.unit().pos = stmt_pos;
                self.emit(Op::BinaryOp, n);
                self.name_op(name, Ctx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy, 1);
                let i = self.name_idx(attr);
                self.expr_pos(target);
                self.emit(Op::LoadAttr, i);
                self.expr(value)?;
                self.unit().pos = stmt_pos;
                self.emit(Op::BinaryOp, n);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.expr_pos(target);
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.unit().pos = stmt_pos;
                self.emit(Op::BinaryOp, n);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreSubscr, 0);
            }
            _ => {
                return Err(syntax_error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.line,
                    target.col,
                ))
            }
        }
        Ok(())
    }

    /// Store TOS into a target.
    /// `match`: the subject stays on the stack while the cases are tried. A pattern
    /// consumes the copy it is given; each failure jumps with some extra items on the
    /// stack and a ladder of POP_TOPs after the case brings it back to the subject.
    /// A case that matches pops the subject before its body (so `break` and `return`
    /// in it leave a clean stack).
    fn match_stmt(&mut self, s: &'t Stmt, subject: &'t Expr, cases: &'t [MatchCase]) -> CResult {
        self.expr(subject)?;
        let mut ends = vec![];
        for case in cases {
            self.set_pos(s.line, s.col, s.line, s.col);
            self.emit(Op::Copy, 1);
            let mut fails = vec![];
            // Depth counts the items above the subject.
            self.pattern(&case.pattern, 1, &mut fails)?;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                let j = self.emit(Op::PopJumpIfFalse, 0);
                fails.push((j, 0));
            }
            self.set_pos_line(case.body.first().map_or(s.line, |b| b.line));
            self.emit(Op::PopTop, 0);
            for st in &case.body {
                self.stmt(st)?;
            }
            ends.push(self.emit(Op::JumpForward, 0));
            self.fail_ladder(fails, 0);
        }
        self.emit(Op::PopTop, 0);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// Land failure jumps: those made with `d` extra items pop `d - base` of them.
    fn fail_ladder(&mut self, mut fails: Vec<(usize, u32)>, base: u32) {
        fails.sort_by_key(|&(_, d)| std::cmp::Reverse(d));
        let top = fails.first().map_or(base, |&(_, d)| d);
        let mut depth = top;
        let mut i = 0;
        loop {
            while i < fails.len() && fails[i].1 == depth {
                self.patch(fails[i].0);
                i += 1;
            }
            if depth <= base {
                break;
            }
            self.emit(Op::PopTop, 0);
            depth -= 1;
        }
    }

    fn fail_if(&mut self, op: Op, depth: u32, fails: &mut Vec<(usize, u32)>) {
        let j = self.emit(op, 0);
        fails.push((j, depth));
    }

    fn store_capture(&mut self, name: &Option<String>) {
        match name {
            Some(n) => self.name_op(n, Ctx::Store),
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    /// Match TOS against `p`, consuming it. `depth` counts the stack items above the
    /// subject, TOS included; failures are recorded with the depth they leave.
    fn pattern(&mut self, p: &'t Pattern, depth: u32, fails: &mut Vec<(usize, u32)>) -> CResult {
        match p {
            Pattern::As {
                pattern: None,
                name,
            } => self.store_capture(name),
            Pattern::As {
                pattern: Some(inner),
                name,
            } => {
                self.emit(Op::Copy, 1);
                self.pattern(inner, depth + 1, fails)?;
                self.store_capture(name);
            }
            Pattern::Value(e) => {
                self.expr(e)?;
                self.emit(Op::CompareOp, 2);
                self.fail_if(Op::PopJumpIfFalse, depth - 1, fails);
            }
            Pattern::Singleton(c) => {
                let v = match c {
                    Constant::Bool(b) => Value::Bool(*b),
                    _ => Value::None,
                };
                self.load_const(v);
                self.emit(Op::IsOp, 0);
                self.fail_if(Op::PopJumpIfFalse, depth - 1, fails);
            }
            Pattern::Or(alts) => {
                let mut done = vec![];
                for (k, alt) in alts.iter().enumerate() {
                    if k + 1 == alts.len() {
                        self.pattern(alt, depth, fails)?;
                        break;
                    }
                    self.emit(Op::Copy, 1);
                    let mut local = vec![];
                    self.pattern(alt, depth + 1, &mut local)?;
                    self.emit(Op::PopTop, 0);
                    done.push(self.emit(Op::JumpForward, 0));
                    self.fail_ladder(local, depth);
                }
                for d in done {
                    self.patch(d);
                }
            }
            Pattern::Sequence(items) => {
                self.emit(Op::MatchSequence, 0);
                self.fail_if(Op::PopJumpIfFalse, depth, fails);
                let star = items.iter().position(|i| matches!(i, Pattern::Star(_)));
                let n = items.len() as u32;
                self.emit(Op::GetLen, 0);
                match star {
                    None => {
                        self.load_const(Value::Int(n as i64));
                        self.emit(Op::CompareOp, 2);
                    }
                    Some(_) => {
                        self.load_const(Value::Int(n as i64 - 1));
                        self.emit(Op::CompareOp, 5);
                    }
                }
                self.fail_if(Op::PopJumpIfFalse, depth, fails);
                match star {
                    None => {
                        self.emit(Op::UnpackSequence, n);
                    }
                    Some(i) => {
                        let after = n - 1 - i as u32;
                        self.emit(Op::UnpackEx, i as u32 | (after << 8));
                    }
                }
                let mut d = depth - 1 + n;
                for item in items {
                    match item {
                        Pattern::Star(name) => self.store_capture(name),
                        other => self.pattern(other, d, fails)?,
                    }
                    d -= 1;
                }
            }
            Pattern::Star(name) => self.store_capture(name),
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.emit(Op::MatchMapping, 0);
                self.fail_if(Op::PopJumpIfFalse, depth, fails);
                if keys.is_empty() && rest.is_none() {
                    self.emit(Op::PopTop, 0);
                    return Ok(());
                }
                let n = keys.len() as u32;
                if n > 0 {
                    self.emit(Op::GetLen, 0);
                    self.load_const(Value::Int(n as i64));
                    self.emit(Op::CompareOp, 5);
                    self.fail_if(Op::PopJumpIfFalse, depth, fails);
                }
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Op::BuildTuple, n);
                self.emit(Op::MatchKeys, 0);
                self.emit(Op::Copy, 1);
                self.fail_if(Op::PopJumpIfNone, depth + 2, fails);
                self.emit(Op::UnpackSequence, n);
                let mut d = depth + 1 + n;
                for p in patterns {
                    self.pattern(p, d, fails)?;
                    d -= 1;
                }
                match rest {
                    Some(name) => {
                        self.emit(Op::CopyDictWithoutKeys, 0);
                        self.name_op(name, Ctx::Store);
                        self.emit(Op::PopTop, 0);
                    }
                    None => {
                        self.emit(Op::PopTop, 0);
                        self.emit(Op::PopTop, 0);
                    }
                }
            }
            Pattern::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a)).collect();
                self.load_const(Value::tuple(names));
                self.expr_pos(cls);
                self.emit(Op::MatchClass, patterns.len() as u32);
                self.emit(Op::Copy, 1);
                self.fail_if(Op::PopJumpIfNone, depth, fails);
                let n = (patterns.len() + kwd_patterns.len()) as u32;
                self.emit(Op::UnpackSequence, n);
                let mut d = depth - 1 + n;
                for p in patterns.iter().chain(kwd_patterns) {
                    self.pattern(p, d, fails)?;
                    d -= 1;
                }
            }
        }
        Ok(())
    }

    fn store(&mut self, t: &'t Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => {
                self.expr_pos(t);
                self.name_op(n, Ctx::Store);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.expr_pos(t);
                self.emit(Op::StoreAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.expr_pos(t);
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.expr_pos(t);
                match items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)))
                {
                    Some(star) => {
                        let after = items.len() - star - 1;
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(syntax_error(
                                "multiple starred expressions in assignment",
                                t.line,
                                t.col,
                            ));
                        }
                        self.emit(Op::UnpackEx, (star as u32) | ((after as u32) << 8));
                    }
                    None => {
                        self.emit(Op::UnpackSequence, items.len() as u32);
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple",
                    t.line,
                    t.col,
                ))
            }
            _ => {
                return Err(syntax_error(
                    format!("cannot assign to {}", describe(t)),
                    t.line,
                    t.col,
                ))
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'t Expr) -> CResult {
        self.expr_pos(t);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.expr_pos(t);
                self.emit(Op::DeleteAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.expr_pos(t);
                self.emit(Op::DeleteSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => {
                return Err(syntax_error(
                    format!("cannot delete {}", describe(t)),
                    t.line,
                    t.col,
                ))
            }
        }
        Ok(())
    }

    // ---- expressions ----

    fn expr(&mut self, e: &'t Expr) -> CResult {
        self.expr_pos(e);
        match &e.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Load),
            ExprKind::Constant(Constant::Imaginary(f)) => {
                self.load_const(Value::Float(*f));
                self.emit(Op::MakeImaginary, 0);
            }
            ExprKind::Constant(c) => {
                let v = constant_value(c, e)?;
                self.load_const(v);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.expr_pos(e);
                self.emit(Op::BinaryOp, binop_number(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.expr_pos(e);
                let op = match op {
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let jop = if *op == BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let mut jumps = vec![];
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(jop, 0));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.expr_pos(e);
                self.emit(Op::LoadAttr, i);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.expr_pos(e);
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    self.emit(Op::BuildSlice, 3);
                } else {
                    self.emit(Op::BuildSlice, 2);
                }
            }
            ExprKind::Tuple(items) => {
                if let Some(v) = constant_tuple(items) {
                    self.load_const(v);
                } else if self.starred_sequence(items, Op::BuildTuple)? {
                    self.emit(Op::ListToTuple, 0);
                }
            }
            ExprKind::List(items) => {
                self.starred_sequence(items, Op::BuildList)?;
            }
            ExprKind::Set(items) => {
                self.starred_sequence(items, Op::BuildSet)?;
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, CompKind::Gen(elt))?
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let to_else = self.emit(Op::PopJumpIfFalse, 0);
                self.expr(body)?;
                let to_end = self.emit(Op::JumpForward, 0);
                self.patch(to_else);
                self.expr(orelse)?;
                self.patch(to_end);
            }
            ExprKind::Lambda { args, body } => {
                self.make_function(e, "<lambda>", args, e.line, FnBody::Expr(body), None)?;
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(
                    "can't use starred expression here",
                    e.line,
                    e.col,
                ));
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy, 1);
                self.store(target)?;
            }
            ExprKind::Yield(v) => {
                self.check_yield_allowed(e)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.expr_pos(e);
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_allowed(e)?;
                self.expr(v)?;
                self.expr_pos(e);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Value::None);
                let start = self.here();
                let exit = self.emit(Op::Send, 0);
                self.emit(Op::YieldValue, 0);
                self.jump_to(start);
                self.patch(exit);
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Op::BuildString, parts.len() as u32);
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut fl = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    fl |= 4;
                }
                self.expr_pos(e);
                self.emit(Op::FormatValue, fl);
            }
        }
        Ok(())
    }

    /// `yield` and `yield from` belong in functions.
    fn check_yield_allowed(&mut self, e: &Expr) -> CResult {
        if matches!(self.scope_kind(), ScopeKind::Function) {
            return Ok(());
        }
        Err(syntax_error_span(
            "'yield' outside function",
            e.line,
            e.col,
            e.end_line,
            e.end_col,
        ))
    }

    fn compare(
        &mut self,
        e: &'t Expr,
        left: &'t Expr,
        ops: &[CmpOp],
        comparators: &'t [Expr],
    ) -> CResult {
        self.expr(left)?;
        let mut cleanups = vec![];
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == ops.len();
            if !last {
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
            }
            self.expr_pos(e);
            self.compare_op(*op);
            if !last {
                cleanups.push(self.emit(Op::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanups.is_empty() {
            let to_end = self.emit(Op::JumpForward, 0);
            for c in cleanups {
                self.patch(c);
            }
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            self.patch(to_end);
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (o, a) = match op {
            CmpOp::Lt => (Op::CompareOp, 0),
            CmpOp::LtE => (Op::CompareOp, 1),
            CmpOp::Eq => (Op::CompareOp, 2),
            CmpOp::NotEq => (Op::CompareOp, 3),
            CmpOp::Gt => (Op::CompareOp, 4),
            CmpOp::GtE => (Op::CompareOp, 5),
            CmpOp::Is => (Op::IsOp, 0),
            CmpOp::IsNot => (Op::IsOp, 1),
            CmpOp::In => (Op::ContainsOp, 0),
            CmpOp::NotIn => (Op::ContainsOp, 1),
        };
        self.emit(o, a);
    }

    fn call(
        &mut self,
        e: &'t Expr,
        func: &'t Expr,
        args: &'t [Expr],
        keywords: &'t [Keyword],
    ) -> CResult {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.expr_pos(func);
                self.emit(Op::LoadMethod, i);
                for a in args {
                    self.expr(a)?;
                }
                self.expr_pos(e);
                return self.call_tail(args.len() as u32, keywords);
            }
            if self.zero_arg_super(func, args, keywords)? {
                return Ok(());
            }
        }
        self.expr(func)?;
        self.push_null_after_callee();
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            self.expr_pos(e);
            return self.call_tail(args.len() as u32, keywords);
        }
        if !self.starred_sequence(args, Op::BuildTuple)? {
            // Built as a tuple already.
        } else {
            self.emit(Op::ListToTuple, 0);
        }
        let mut fl = 0;
        if !keywords.is_empty() {
            fl = 1;
            // One dict of keyword arguments: runs of `name=value` become BUILD_MAPs merged
            // into it, and each `**mapping` is merged in turn.
            let mut pending = 0u32;
            let mut have_dict = false;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Value::str(name));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 || !have_dict {
                            self.emit(Op::BuildMap, pending);
                            if have_dict {
                                self.emit(Op::DictMerge, 1);
                            }
                            have_dict = true;
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Op::BuildMap, pending);
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.expr_pos(e);
        self.emit(Op::CallFunctionEx, fl);
        Ok(())
    }

    /// Push the NULL that marks "no self" for a call: folded into the callee's
    /// LOAD_GLOBAL when that was the last instruction, as CPython 3.11 does.
    fn push_null_after_callee(&mut self) {
        if let Some(last) = self.unit().instrs.last_mut() {
            if last.op == Op::LoadGlobal && last.arg & 1 == 0 {
                last.arg |= 1;
                return;
            }
        }
        self.emit(Op::PushNull, 0);
    }

    /// `super()` inside a method becomes `super(__class__, <first argument>)`.
    fn zero_arg_super(
        &mut self,
        func: &'t Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Result<bool, SyntaxError> {
        let ExprKind::Name(n) = &func.kind else {
            return Ok(false);
        };
        if n != "super" || !args.is_empty() || !keywords.is_empty() {
            return Ok(false);
        }
        let scope = &self.table.scopes[self.units.last().unwrap().scope];
        if scope.kind != ScopeKind::Function
            || scope.resolve("__class__") != Resolution::Free
            || !matches!(scope.resolve("super"), Resolution::GlobalImplicit)
            || scope.params.is_empty()
        {
            return Ok(false);
        }
        let first = scope.params[0].clone();
        self.expr(func)?;
        self.push_null_after_callee();
        let i = self.cell_idx("__class__");
        self.emit(Op::LoadDeref, i);
        self.name_op(&first, Ctx::Load);
        self.emit(Op::Call, 2);
        Ok(true)
    }

    /// Keyword arguments (if any) and the CALL for `npos` positional ones already pushed.
    fn call_tail(&mut self, npos: u32, keywords: &'t [Keyword]) -> CResult {
        if keywords.iter().any(|k| k.arg.is_none()) {
            // Only class definitions reach here with `**`: fall back to a dict merge.
            return Err(syntax_error(
                "'**' in class keywords is not supported",
                0,
                0,
            ));
        }
        // The call's own position, set by the caller, is what a traceback shows.
        let call_pos = self.unit().pos;
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.unit().pos = call_pos;
        if !keywords.is_empty() {
            let names = keywords
                .iter()
                .map(|k| Value::str(k.arg.as_ref().unwrap()))
                .collect();
            let i = self.add_const(Value::tuple(names));
            self.emit(Op::KwNames, i);
        }
        self.emit(Op::Call, npos + keywords.len() as u32);
        Ok(())
    }

    /// Build a list/tuple/set from items that may be starred. Returns true when the result
    /// was built as a list that still needs LIST_TO_TUPLE (for tuples).
    fn starred_sequence(&mut self, items: &'t [Expr], build: Op) -> Result<bool, SyntaxError> {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            for i in items {
                self.expr(i)?;
            }
            self.emit(build, items.len() as u32);
            return Ok(false);
        }
        let (start, extend, add) = match build {
            Op::BuildSet => (Op::BuildSet, Op::SetUpdate, Op::SetAdd),
            _ => (Op::BuildList, Op::ListExtend, Op::ListAppend),
        };
        self.emit(start, 0);
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(add, 1);
                }
            }
        }
        Ok(build == Op::BuildTuple)
    }

    fn dict_display(&mut self, keys: &'t [Option<Expr>], values: &'t [Expr]) -> CResult {
        let mut pending = 0;
        let mut started = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if !started || pending > 0 {
                        self.emit(Op::BuildMap, pending);
                        if started {
                            self.emit(Op::DictUpdate, 1);
                        }
                        started = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if !started {
            self.emit(Op::BuildMap, pending);
        } else if pending > 0 {
            self.emit(Op::BuildMap, pending);
            self.emit(Op::DictUpdate, 1);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn pick(self, load: Op, store: Op, del: Op) -> Op {
        match self {
            Ctx::Load => load,
            Ctx::Store => store,
            Ctx::Del => del,
        }
    }
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn with_arg_flags(code: Arc<CodeObject>, args: &Arguments) -> Arc<CodeObject> {
    let mut fl = 0;
    if args.vararg.is_some() {
        fl |= flags::VARARGS;
    }
    if args.kwarg.is_some() {
        fl |= flags::VARKEYWORDS;
    }
    if fl == 0 {
        return code;
    }
    let mut c = Arc::try_unwrap(code).expect("code not shared yet");
    c.flags |= fl;
    Arc::new(c)
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

fn constant_value(c: &Constant, e: &Expr) -> Result<Value, SyntaxError> {
    Ok(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(text) => {
            let (digits, radix) = match text.get(..2).map(|p| p.to_ascii_lowercase()) {
                Some(p) if p == "0x" => (&text[2..], 16),
                Some(p) if p == "0o" => (&text[2..], 8),
                Some(p) if p == "0b" => (&text[2..], 2),
                _ => (&text[..], 10),
            };
            let b = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
                .ok_or_else(|| syntax_error("invalid integer literal", e.line, e.col))?;
            Value::from_bigint(b)
        }
        Constant::Float(f) => Value::Float(*f),
        // Built at run time (`expr` emits MAKE_IMAGINARY): not a constant here.
        Constant::Imaginary(_) => {
            return Err(syntax_error(
                "an imaginary literal is not a constant",
                e.line,
                e.col,
            ))
        }
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Arc::new(b.clone())),
        Constant::Ellipsis => Value::Ellipsis,
    })
}

/// A tuple display whose items are all constants becomes one constant.
fn constant_tuple(items: &[Expr]) -> Option<Value> {
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match &i.kind {
            ExprKind::Constant(c) => out.push(constant_value(c, i).ok()?),
            _ => return None,
        }
    }
    Some(Value::tuple(out))
}

/// Constants are shared when they are the same kind and value (1 and 1.0 and True stay
/// distinct, unlike dict keys).
fn const_identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_identical(p, q))
        }
        _ => false,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) | ExprKind::Constant(Constant::Bool(_)) => "literal",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}
