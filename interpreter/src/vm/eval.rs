//! The instruction loop. `execute` runs a frame until it returns, yields or raises;
//! `run_frame` records the traceback entry, looks for a handler in the block stack and
//! re-enters. Arms stay short: anything longer is a method on `Vm` elsewhere.

use super::frame::{Block, BlockKind, Frame};
use super::{CallSite, Vm};
use crate::bytecode::{CodeObject, Instr, Op};
use crate::gil::GilCell;
use crate::object::types::types;
use crate::object::{Args, Dict, PyErr, PyResult, TbEntry, Value};
use std::sync::Arc;

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().expect("value stack underflow")
    };
}

impl Vm {
    /// Run a frame to completion (or to its next `yield`).
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<Value> {
        loop {
            let err = match self.execute(f) {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            if f.reraising {
                f.reraising = false;
            } else {
                self.record_error(&err, f);
            }
            self.unwind(f, err)?;
        }
    }

    /// Raise `err` at the instruction frame `f` stopped at (a suspended generator's
    /// `yield`), then go on running the frame from its handler, if it has one.
    pub fn resume_raising(&mut self, f: &mut Frame, err: PyErr) -> PyResult<Value> {
        self.record_error(&err, f);
        self.unwind(f, err)?;
        self.run_frame(f)
    }

    /// A new error surfaced in frame `f`: add the frame to its traceback and chain it to
    /// the exception being handled, if any.
    fn record_error(&mut self, err: &PyErr, f: &Frame) {
        let cur = self.cur_exc.clone();
        let data = err.data_mut(&mut self.py);
        data.traceback.insert(
            0,
            TbEntry {
                code: f.code.clone(),
                pc: f.pc.saturating_sub(1),
            },
        );
        if let Some(cur) = cur {
            if data.context.is_none() && !Arc::ptr_eq(&cur.0, &err.0) {
                data.context = Some(cur.value());
            }
        }
    }

    /// Find a handler for `err` in the frame's block stack. Ok: execution continues at the
    /// handler with the exception pushed; Err: the frame has none.
    fn unwind(&mut self, f: &mut Frame, err: PyErr) -> PyResult<()> {
        while let Some(b) = f.blocks.pop() {
            f.stack.truncate(b.depth as usize);
            match b.kind {
                BlockKind::ExceptHandler => self.cur_exc = b.saved_exc,
                BlockKind::Finally => {
                    f.blocks.push(Block {
                        kind: BlockKind::ExceptHandler,
                        handler: 0,
                        depth: b.depth,
                        saved_exc: self.cur_exc.take(),
                    });
                    f.stack.push(err.value());
                    self.cur_exc = Some(err);
                    f.pc = b.handler as usize;
                    return Ok(());
                }
            }
        }
        Err(err)
    }

    fn execute(&mut self, f: &mut Frame) -> PyResult<Value> {
        // SAFETY: `f.code` is never reassigned while the frame runs and `f` outlives this
        // call, so the code object stays alive for the whole loop; borrowing it apart from
        // `f` saves a reference-count round trip per frame.
        let code: &CodeObject = unsafe { &*Arc::as_ptr(&f.code) };
        let instrs: &[Instr] = &code.instructions;
        loop {
            self.tick()?;
            let Instr { op, arg } = instrs[f.pc];
            f.pc += 1;
            let a = arg as usize;
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    pop!(f);
                    // A `for` loop over a generator left by `break` drops it here.
                    self.finalize_orphans()?;
                }
                Op::Copy => {
                    let v = f.stack[f.stack.len() - a].clone();
                    f.stack.push(v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - a);
                }
                Op::LoadConst => f.stack.push(code.consts[a].clone()),
                Op::LoadFast => match &f.locals[a] {
                    Value::Null => return Err(self.unbound_local(&code.varnames[a])),
                    v => f.stack.push(v.clone()),
                },
                Op::StoreFast => {
                    f.locals[a] = pop!(f);
                    // The value replaced may have been a suspended generator's last
                    // reference (so for every store and delete below).
                    self.finalize_orphans()?;
                }
                Op::DeleteFast => {
                    if f.locals[a].is_null() {
                        return Err(self.unbound_local(&code.varnames[a]));
                    }
                    f.locals[a] = Value::Null;
                    self.finalize_orphans()?;
                }
                Op::LoadGlobal => {
                    let v = self.load_global_cached(f, code, a >> 1)?;
                    f.stack.push(v);
                    if a & 1 == 1 {
                        f.stack.push(Value::Null);
                    }
                }
                Op::StoreGlobal => {
                    let v = pop!(f);
                    f.globals
                        .get_mut(&mut self.py)
                        .set_str(code.names[a].clone(), v);
                    self.finalize_orphans()?;
                }
                Op::DeleteGlobal => {
                    if f.globals
                        .get_mut(&mut self.py)
                        .remove_str(&code.names[a])
                        .is_none()
                    {
                        return Err(
                            self.name_error(format!("name '{}' is not defined", code.names[a]))
                        );
                    }
                }
                Op::LoadName => {
                    let v = self.load_name(f, &code.names[a])?;
                    f.stack.push(v);
                }
                Op::StoreName => {
                    let v = pop!(f);
                    let ns = f.ns.as_ref().unwrap_or(&f.globals);
                    ns.get_mut(&mut self.py).set_str(code.names[a].clone(), v);
                    self.finalize_orphans()?;
                }
                Op::DeleteName => {
                    let ns = f.ns.as_ref().unwrap_or(&f.globals);
                    if ns
                        .get_mut(&mut self.py)
                        .remove_str(&code.names[a])
                        .is_none()
                    {
                        return Err(
                            self.name_error(format!("name '{}' is not defined", code.names[a]))
                        );
                    }
                    self.finalize_orphans()?;
                }
                Op::LoadDeref => {
                    let v = f.cells[a].get(&self.py).clone();
                    if v.is_null() {
                        return Err(self.unbound_deref(code, a));
                    }
                    f.stack.push(v);
                }
                Op::StoreDeref => {
                    let v = pop!(f);
                    *f.cells[a].get_mut(&mut self.py) = v;
                }
                Op::DeleteDeref => *f.cells[a].get_mut(&mut self.py) = Value::Null,
                Op::LoadClosure => f.stack.push(Value::Cell(f.cells[a].clone())),
                Op::LoadClassDeref => {
                    let name = code
                        .freevars
                        .get(a - code.cellvars.len())
                        .or(code.cellvars.get(a))
                        .unwrap()
                        .clone();
                    let found =
                        f.ns.as_ref()
                            .and_then(|ns| ns.get(&self.py).get_str(&name).cloned());
                    let v = match found {
                        Some(v) => v,
                        None => f.cells[a].get(&self.py).clone(),
                    };
                    if v.is_null() {
                        return Err(self.unbound_deref(code, a));
                    }
                    f.stack.push(v);
                }
                Op::LoadAttr => {
                    let obj = pop!(f);
                    let v = self.get_attr(&obj, &code.names[a])?;
                    f.stack.push(v);
                }
                Op::StoreAttr => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.set_attr(&obj, &code.names[a], v)?;
                }
                Op::DeleteAttr => {
                    let obj = pop!(f);
                    self.del_attr(&obj, &code.names[a])?;
                }
                Op::LoadMethod => {
                    let obj = pop!(f);
                    let (m, s) = self.load_method(obj, &code.names[a])?;
                    f.stack.push(m);
                    f.stack.push(s);
                }
                Op::BinarySubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = self.getitem(&obj, &key)?;
                    f.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = pop!(f);
                    self.setitem(&obj, key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    self.delitem(&obj, &key)?;
                }
                Op::BuildSlice => {
                    let step = if a == 3 { pop!(f) } else { Value::None };
                    let stop = pop!(f);
                    let start = pop!(f);
                    f.stack.push(Value::Slice(Arc::new([start, stop, step])));
                }
                Op::BinaryOp => {
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 2], &f.stack[n - 1]) {
                        if let Some(r) = int_op(*x, *y, arg) {
                            replace_top_two_ints(f, Value::Int(r));
                            continue;
                        }
                    }
                    let b = pop!(f);
                    let x = pop!(f);
                    let v = self.binary_op(&x, &b, arg)?;
                    f.stack.push(v);
                }
                Op::UnaryNegative => {
                    let x = pop!(f);
                    let v = self.negate(&x)?;
                    f.stack.push(v);
                }
                Op::UnaryPositive => {
                    let x = pop!(f);
                    let v = self.positive(&x)?;
                    f.stack.push(v);
                }
                Op::UnaryInvert => {
                    let x = pop!(f);
                    let v = self.invert(&x)?;
                    f.stack.push(v);
                }
                Op::UnaryNot => {
                    let x = pop!(f);
                    let t = self.truthy(&x)?;
                    f.stack.push(Value::Bool(!t));
                }
                Op::CompareOp => {
                    let n = f.stack.len();
                    if let (Value::Int(x), Value::Int(y)) = (&f.stack[n - 2], &f.stack[n - 1]) {
                        let r = match arg {
                            0 => x < y,
                            1 => x <= y,
                            2 => x == y,
                            3 => x != y,
                            4 => x > y,
                            _ => x >= y,
                        };
                        // A conditional jump right after: take it now (the switch
                        // point between the two instructions is kept by ticking).
                        match instrs[f.pc].op {
                            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                let jump = instrs[f.pc];
                                self.tick()?;
                                f.pc += 1;
                                let n = f.stack.len();
                                // SAFETY: both slots hold unboxed ints (checked above).
                                unsafe { f.stack.set_len(n - 2) };
                                if r == (jump.op == Op::PopJumpIfTrue) {
                                    f.pc = jump.arg as usize;
                                }
                            }
                            _ => replace_top_two_ints(f, Value::Bool(r)),
                        }
                        continue;
                    }
                    let b = pop!(f);
                    let x = pop!(f);
                    let v = self.compare(&x, &b, arg)?;
                    f.stack.push(v);
                }
                Op::IsOp => {
                    let b = pop!(f);
                    let x = pop!(f);
                    f.stack.push(Value::Bool(x.is(&b) != (a == 1)));
                }
                Op::ContainsOp => {
                    let container = pop!(f);
                    let item = pop!(f);
                    let r = self.contains(&container, &item)?;
                    f.stack.push(Value::Bool(r != (a == 1)));
                }
                Op::JumpForward | Op::JumpBackward => f.pc = a,
                Op::PopJumpIfFalse => {
                    let v = pop!(f);
                    if !self.truthy_fast(&v)? {
                        f.pc = a;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = pop!(f);
                    if self.truthy_fast(&v)? {
                        f.pc = a;
                    }
                }
                Op::PopJumpIfNone => {
                    if pop!(f).is_none() {
                        f.pc = a;
                    }
                }
                Op::PopJumpIfNotNone => {
                    if !pop!(f).is_none() {
                        f.pc = a;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    if self.truthy_fast(top!(f))? {
                        pop!(f);
                    } else {
                        f.pc = a;
                    }
                }
                Op::JumpIfTrueOrPop => {
                    if self.truthy_fast(top!(f))? {
                        f.pc = a;
                    } else {
                        pop!(f);
                    }
                }
                Op::GetIter => {
                    let v = pop!(f);
                    let it = self.iter(&v)?;
                    f.stack.push(it);
                }
                Op::ForIter => match self.next(top!(f))? {
                    Some(v) => f.stack.push(v),
                    None => {
                        pop!(f);
                        f.pc = a;
                    }
                },
                Op::BuildTuple => {
                    let items = f.stack.split_off(f.stack.len() - a);
                    f.stack.push(Value::tuple(items));
                }
                Op::BuildList => {
                    let items = f.stack.split_off(f.stack.len() - a);
                    f.stack.push(Value::list(items));
                }
                Op::BuildSet => {
                    let items = f.stack.split_off(f.stack.len() - a);
                    let s = self.new_set(items, false)?;
                    f.stack.push(s);
                }
                Op::BuildMap => {
                    let items = f.stack.split_off(f.stack.len() - 2 * a);
                    let mut d = Dict::new();
                    for pair in items.chunks(2) {
                        let key = self.key_in_local(&d, pair[0].clone())?;
                        d.insert(key, pair[1].clone());
                    }
                    f.stack.push(Value::dict(d));
                }
                Op::BuildString => {
                    let parts = f.stack.split_off(f.stack.len() - a);
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(p.as_str().unwrap_or(""));
                    }
                    f.stack.push(Value::from_string(s));
                }
                Op::ListAppend => {
                    let v = pop!(f);
                    let Value::List(l) = &f.stack[f.stack.len() - a] else {
                        unreachable!("LIST_APPEND target")
                    };
                    l.get_mut(&mut self.py).push(v);
                }
                Op::SetAdd => {
                    let v = pop!(f);
                    let target = f.stack[f.stack.len() - a].clone();
                    self.set_add(&target, v)?;
                }
                Op::MapAdd => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let Value::Dict(d) = f.stack[f.stack.len() - a].clone() else {
                        unreachable!("MAP_ADD target")
                    };
                    let key = self.key_in(&d, k)?;
                    d.get_mut(&mut self.py).insert(key, v);
                }
                Op::ListExtend => {
                    let it = pop!(f);
                    let items = self.collect(&it)?;
                    let Value::List(l) = &f.stack[f.stack.len() - a] else {
                        unreachable!("LIST_EXTEND target")
                    };
                    l.get_mut(&mut self.py).extend(items);
                }
                Op::SetUpdate => {
                    let it = pop!(f);
                    let target = f.stack[f.stack.len() - a].clone();
                    for v in self.collect(&it)? {
                        self.set_add(&target, v)?;
                    }
                }
                Op::DictUpdate | Op::DictMerge => {
                    let src = pop!(f);
                    let target = f.stack[f.stack.len() - a].clone();
                    self.dict_update(&target, &src, op == Op::DictMerge)?;
                }
                Op::ListToTuple => {
                    let Value::List(l) = pop!(f) else {
                        unreachable!("LIST_TO_TUPLE")
                    };
                    let items = l.get(&self.py).clone();
                    f.stack.push(Value::tuple(items));
                }
                Op::MatchSequence => {
                    let is = self.is_match_sequence(f.stack.last().expect("subject"));
                    f.stack.push(Value::Bool(is));
                }
                Op::MatchMapping => {
                    let is =
                        super::patterns::as_mapping(f.stack.last().expect("subject")).is_some();
                    f.stack.push(Value::Bool(is));
                }
                Op::GetLen => {
                    let v = f.stack.last().expect("subject").clone();
                    let n = crate::builtins::functions::length(self, &v)?;
                    f.stack.push(Value::Int(n as i64));
                }
                Op::MatchKeys => {
                    let keys = f.stack[f.stack.len() - 1].clone();
                    let subject = f.stack[f.stack.len() - 2].clone();
                    let r = self.match_keys(&subject, &keys)?;
                    f.stack.push(r);
                }
                Op::MatchClass => {
                    let names = pop!(f);
                    let cls = pop!(f);
                    let subject = pop!(f);
                    let r = self.match_class(&subject, &cls, a, &names)?;
                    f.stack.push(r);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = pop!(f);
                    let subject = f.stack.last().expect("subject").clone();
                    let r = self.dict_without_keys(&subject, &keys)?;
                    f.stack.push(r);
                }
                Op::UnpackSequence => {
                    let v = pop!(f);
                    let items = self.unpack(&v, a)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx => {
                    let v = pop!(f);
                    self.unpack_ex(f, &v, a & 0xff, a >> 8)?;
                }
                Op::FormatValue => {
                    let spec = if a & 4 != 0 { Some(pop!(f)) } else { None };
                    let v = pop!(f);
                    let s = self.format_value(v, a & 3, spec)?;
                    f.stack.push(s);
                }
                Op::MakeFunction => {
                    let func = self.make_function(f, arg)?;
                    f.stack.push(func);
                }
                Op::PushNull => f.stack.push(Value::Null),
                Op::KwNames => f.kwnames = Some(code.consts[a].clone()),
                Op::Call => {
                    let v = self.call_from_stack(f, a)?;
                    f.stack.push(v);
                    // Generators the call's frame (or its arguments) held to the end.
                    self.finalize_orphans()?;
                }
                Op::CallFunctionEx => {
                    let kwargs = if a & 1 != 0 { Some(pop!(f)) } else { None };
                    let args = pop!(f);
                    pop!(f);
                    let func = pop!(f);
                    self.call_sites.push(CallSite::of(f));
                    let v = self.call_ex(&func, &args, kwargs.as_ref());
                    self.call_sites.pop();
                    f.stack.push(v?);
                }
                Op::ReturnValue => return Ok(pop!(f)),
                Op::LoadBuildClass => f.stack.push(self.builtin("__build_class__")),
                Op::ImportName => {
                    let fromlist = pop!(f);
                    let level = pop!(f).as_i64().unwrap_or(0);
                    let m =
                        self.import_name(code.names[a].as_str(), &fromlist, level, &f.globals)?;
                    f.stack.push(m);
                }
                Op::ImportFrom => {
                    let v = self.import_from(top!(f), &code.names[a])?;
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop!(f);
                    let ns = f.ns.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&m, &ns)?;
                }
                Op::SetupFinally => f.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: arg,
                    depth: f.stack.len() as u32,
                    saved_exc: None,
                }),
                Op::SetupWith => self.setup_with(f, arg)?,
                Op::PopBlock => {
                    f.blocks.pop();
                }
                Op::PopExcept => {
                    let b = f.blocks.pop().expect("POP_EXCEPT without handler block");
                    debug_assert_eq!(b.kind, BlockKind::ExceptHandler);
                    self.cur_exc = b.saved_exc;
                }
                Op::Reraise => {
                    let exc = pop!(f);
                    f.reraising = true;
                    let Value::Instance(i) = exc else {
                        unreachable!("RERAISE of a non-exception")
                    };
                    return Err(PyErr(i));
                }
                Op::RaiseVarargs => return Err(self.raise(f, a)),
                Op::CheckExcMatch => {
                    let cls = pop!(f);
                    let m = self.exception_matches(top!(f), &cls)?;
                    f.stack.push(Value::Bool(m));
                }
                Op::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 2].clone();
                    let args = [Value::Class(exc.class()), exc, Value::None];
                    let r = self.call(&exit, Args::new(&args))?;
                    f.stack.push(r);
                }
                Op::MakeImaginary => {
                    let imag = pop!(f);
                    let v = self.make_imaginary(imag)?;
                    f.stack.push(v);
                }
                Op::LoadAssertionError => f
                    .stack
                    .push(Value::Class(types().exc.assertion_error.clone())),
                Op::SetupAnnotations => {
                    let ns = f.ns.clone().unwrap_or_else(|| f.globals.clone());
                    let name = crate::object::pystr::intern("__annotations__");
                    if ns.get(&self.py).get_str(&name).is_none() {
                        ns.get_mut(&mut self.py)
                            .set_str(name, Value::dict(Dict::new()));
                    }
                }
                Op::PrintExpr => {
                    let v = pop!(f);
                    self.print_expr(v)?;
                }
                Op::YieldValue => {
                    f.yielded = true;
                    return Ok(pop!(f));
                }
                Op::GetYieldFromIter => {
                    let v = pop!(f);
                    let it = match v {
                        Value::Generator(_) => v,
                        other => self.iter(&other)?,
                    };
                    f.stack.push(it);
                }
                Op::Send => {
                    let v = pop!(f);
                    let receiver = top!(f).clone();
                    match self.send(&receiver, v)? {
                        Ok(yielded) => f.stack.push(yielded),
                        Err(returned) => {
                            pop!(f);
                            f.stack.push(returned);
                            f.pc = a;
                        }
                    }
                }
            }
        }
    }

    #[inline]
    fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy(v),
        }
    }

    /// LOAD_GLOBAL through the code object's cache: a hit costs two version compares.
    #[inline]
    fn load_global_cached(&mut self, f: &Frame, code: &CodeObject, i: usize) -> PyResult<Value> {
        let gver = f.globals.get(&self.py).version();
        let bver = self.interp.builtins.get(&self.py).version();
        let gptr = Arc::as_ptr(&f.globals) as usize;
        let entry = &code.global_cache.get(&self.py)[i];
        if entry.globals == gptr && entry.globals_version == gver && entry.builtins_version == bver
        {
            return Ok(entry.value.clone());
        }
        let v = self.load_global(f, &code.names[i])?;
        code.global_cache.get_mut(&mut self.py)[i] = crate::bytecode::GlobalCacheEntry {
            globals: gptr,
            globals_version: gver,
            builtins_version: bver,
            value: v.clone(),
        };
        Ok(v)
    }

    fn load_global(&mut self, f: &Frame, name: &crate::object::PyStr) -> PyResult<Value> {
        if let Some(v) = f.globals.get(&self.py).get_str(name) {
            return Ok(v.clone());
        }
        if let Some(v) = self.interp.builtins.get(&self.py).get_str(name) {
            return Ok(v.clone());
        }
        Err(self.name_error(format!("name '{name}' is not defined")))
    }

    fn load_name(&mut self, f: &Frame, name: &crate::object::PyStr) -> PyResult<Value> {
        if let Some(ns) = &f.ns {
            if let Some(v) = ns.get(&self.py).get_str(name) {
                return Ok(v.clone());
            }
        }
        self.load_global(f, name)
    }

    #[cold]
    fn unbound_local(&self, name: &crate::object::PyStr) -> PyErr {
        self.unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }

    #[cold]
    fn unbound_deref(&self, code: &crate::bytecode::CodeObject, i: usize) -> PyErr {
        if i < code.cellvars.len() {
            self.unbound_local(&code.cellvars[i])
        } else {
            let name = &code.freevars[i - code.cellvars.len()];
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    /// CALL: the stack holds callable, self-or-NULL, then the arguments.
    #[inline]
    fn call_from_stack(&mut self, f: &mut Frame, n: usize) -> PyResult<Value> {
        let base = f.stack.len() - n - 2;
        let kwnames = f.kwnames.take();
        self.call_sites.push(CallSite::of(f));
        if let Value::Builtin(b) = &f.stack[base] {
            if b.needs_caller {
                self.caller_namespace = Some((f.globals.clone(), self.locals_snapshot(f)));
            }
        }
        let result = {
            let has_self = !f.stack[base + 1].is_null();
            let first = if has_self { base + 1 } else { base + 2 };
            let all = &f.stack[first..];
            let args = match &kwnames {
                Some(Value::Tuple(names)) => {
                    let split = all.len() - names.len();
                    Args {
                        pos: &all[..split],
                        kwnames: names,
                        kwvals: &all[split..],
                    }
                }
                _ => Args::new(all),
            };
            match &f.stack[base] {
                Value::Function(func) => self.call_function(func, args),
                callable => self.call(callable, args),
            }
        };
        self.call_sites.pop();
        self.caller_namespace = None;
        f.stack.truncate(base);
        result
    }

    /// `locals()` of a frame: the namespace of a module or class body, or a new dict of a
    /// function's bound local and closure variables (a snapshot, as in CPython).
    fn locals_snapshot(&mut self, f: &Frame) -> Value {
        if let Some(ns) = &f.ns {
            return Value::Dict(ns.clone());
        }
        let mut d = Dict::new();
        for (name, v) in f.code.varnames.iter().zip(&f.locals) {
            if !v.is_null() {
                d.set_str(name.clone(), v.clone());
            }
        }
        let cell_names = f.code.cellvars.iter().chain(f.code.freevars.iter());
        for (name, cell) in cell_names.zip(&f.cells) {
            let v = cell.get(&self.py).clone();
            if !v.is_null() {
                d.set_str(name.clone(), v);
            }
        }
        Value::dict(d)
    }

    fn setup_with(&mut self, f: &mut Frame, handler: u32) -> PyResult<()> {
        let ctx = pop!(f);
        let enter = self.lookup_special(&ctx, "__enter__");
        let exit = self.lookup_special(&ctx, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                ctx.type_name()
            )));
        };
        let exit = self.bind(exit, ctx.clone());
        f.stack.push(exit);
        f.blocks.push(Block {
            kind: BlockKind::Finally,
            handler,
            depth: f.stack.len() as u32,
            saved_exc: None,
        });
        let r = self.call(&enter, Args::new(std::slice::from_ref(&ctx)))?;
        f.stack.push(r);
        Ok(())
    }

    /// RAISE_VARARGS: build the exception to raise.
    fn raise(&mut self, f: &mut Frame, n: usize) -> PyErr {
        match self.raise_inner(f, n) {
            Ok(e) | Err(e) => e,
        }
    }

    fn raise_inner(&mut self, f: &mut Frame, n: usize) -> PyResult<PyErr> {
        if n == 0 {
            f.reraising = true;
            return match &self.cur_exc {
                Some(e) => Ok(e.clone()),
                None => {
                    f.reraising = false;
                    Ok(self.runtime_error("No active exception to reraise"))
                }
            };
        }
        let cause = if n == 2 { Some(pop!(f)) } else { None };
        let exc = pop!(f);
        let err = self.make_exception(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(self.make_exception(c).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?),
            };
            let data = err.data_mut(&mut self.py);
            data.cause = cause.map(|c| c.value());
            data.suppress_context = true;
        }
        Ok(err)
    }

    /// An exception instance from a raised value (a class is instantiated).
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
            Value::Class(c) if c.is_exception => {
                let inst = self.call(&v, Args::new(&[]))?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i)),
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        c.name,
                        other.type_name()
                    ))),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let exc_class = exc.class();
        let check = |c: &Value| -> Option<bool> {
            match c {
                Value::Class(c) if c.is_exception => Some(exc_class.is_subclass(c)),
                _ => None,
            }
        };
        let result = match cls {
            Value::Tuple(items) => {
                let mut any = Some(false);
                for c in items.iter() {
                    match check(c) {
                        Some(true) => {
                            any = Some(true);
                            break;
                        }
                        Some(false) => {}
                        None => any = None,
                    }
                }
                any
            }
            c => check(c),
        };
        result.ok_or_else(|| {
            self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )
        })
    }

    fn make_function(&mut self, f: &mut Frame, flags: u32) -> PyResult<Value> {
        let Value::Code(code) = pop!(f) else {
            unreachable!("MAKE_FUNCTION without code")
        };
        let closure = if flags & 8 != 0 {
            let Value::Tuple(cells) = pop!(f) else {
                unreachable!("closure tuple")
            };
            cells
                .iter()
                .map(|c| {
                    if let Value::Cell(c) = c {
                        c.clone()
                    } else {
                        unreachable!("cell")
                    }
                })
                .collect()
        } else {
            vec![]
        };
        let annotations = if flags & 4 != 0 { Some(pop!(f)) } else { None };
        let kwdefaults = if flags & 2 != 0 {
            let Value::Dict(d) = pop!(f) else {
                unreachable!("kwdefaults dict")
            };
            let d = d.get(&self.py);
            d.iter()
                .map(|(k, v)| (k.value.as_pystr().unwrap().clone(), v.clone()))
                .collect()
        } else {
            vec![]
        };
        let defaults = if flags & 1 != 0 {
            let Value::Tuple(t) = pop!(f) else {
                unreachable!("defaults tuple")
            };
            t.to_vec()
        } else {
            vec![]
        };
        let mut dict = Dict::new();
        dict.set("__name__", Value::Str(code.name.clone()));
        dict.set("__qualname__", Value::Str(code.qualname.clone()));
        let doc = match code.consts.first() {
            Some(Value::Str(s)) => Value::Str(s.clone()),
            _ => Value::None,
        };
        dict.set("__doc__", doc);
        let module = f
            .globals
            .get(&self.py)
            .get_str(&crate::object::pystr::intern("__name__"))
            .cloned();
        dict.set("__module__", module.unwrap_or(Value::None));
        dict.set(
            "__annotations__",
            annotations.unwrap_or_else(|| Value::dict(Dict::new())),
        );
        Ok(Value::Function(Arc::new(crate::object::Function {
            code,
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: GilCell::new(dict),
        })))
    }

    fn unpack_ex(&mut self, f: &mut Frame, v: &Value, before: usize, after: usize) -> PyResult<()> {
        let items = self.collect(v)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let star_end = items.len() - after;
        for item in items[star_end..].iter().rev() {
            f.stack.push(item.clone());
        }
        f.stack.push(Value::list(items[before..star_end].to_vec()));
        for item in items[..before].iter().rev() {
            f.stack.push(item.clone());
        }
        Ok(())
    }
}

/// The i64 fast path of BINARY_OP (None: overflow, a zero divisor, or not handled here).
#[inline(always)]
fn int_op(x: i64, y: i64, op: u32) -> Option<i64> {
    use crate::bytecode::opcode::INPLACE;
    match op % INPLACE {
        0 => x.checked_add(y),
        1 => Some(x & y),
        5 => x.checked_mul(y),
        7 => Some(x | y),
        10 => x.checked_sub(y),
        12 => Some(x ^ y),
        2 if y != 0 && !(x == i64::MIN && y == -1) => Some(num_integer::Integer::div_floor(&x, &y)),
        6 if y != 0 && y != -1 => Some(num_integer::Integer::mod_floor(&x, &y)),
        _ => None,
    }
}

/// Replace the two ints on top of the stack with one unboxed result.
#[inline(always)]
fn replace_top_two_ints(f: &mut Frame, v: Value) {
    let n = f.stack.len();
    debug_assert!(
        matches!(f.stack[n - 2], Value::Int(_)) && matches!(f.stack[n - 1], Value::Int(_))
    );
    // SAFETY: the caller checked that both slots hold unboxed ints, which have no
    // destructor, so dropping the top slot by shortening the vector and overwriting the
    // other without dropping it leaks nothing.
    unsafe {
        f.stack.set_len(n - 1);
        std::ptr::write(f.stack.as_mut_ptr().add(n - 2), v);
    }
}

impl Vm {
    /// `complex(0.0, imag)`, with the builtin `complex` (installed by the stdlib).
    fn make_imaginary(&mut self, imag: Value) -> PyResult<Value> {
        let complex = self.builtin("complex");
        if complex.is_none() {
            return Err(self.runtime_error("complex numbers need the complex type of the stdlib"));
        }
        self.call0(&complex, &[Value::Float(0.0), imag])
    }
}
