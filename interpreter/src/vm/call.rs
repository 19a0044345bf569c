//! Calling: Python functions (argument binding with CPython's error messages), native
//! functions, bound methods, classes (instantiation), callable instances, and
//! generators (resuming a suspended frame).

use super::frame::Frame;
use super::Vm;
use crate::bytecode::CodeObject;
use crate::gil::GilCell;
use crate::object::pystr::intern;
use crate::object::types::types;
use crate::object::{
    Args, Class, Dict, Function, GenState, Generator, Instance, PyErr, PyResult, PyStr, Value,
};
use std::sync::Arc;

/// How many finished frames' buffers a thread keeps for reuse (enough for the
/// recursion of typical programs to allocate nothing per call).
const FRAME_POOL_SIZE: usize = 64;

impl Vm {
    /// A built-in type's `__new__`. Asked for a user subclass (`class Stack(list)`), it
    /// makes the built-in value and wraps it in an instance of the subclass; a mutable
    /// type's value starts empty, for `__init__` to fill, as in CPython.
    fn builtin_new(&mut self, b: &crate::object::Builtin, args: Args) -> PyResult<Value> {
        let Some(Value::Class(cls)) = args.pos.first() else {
            return (b.func)(self, args);
        };
        if cls.builtin {
            return (b.func)(self, args);
        }
        let Some(base_type) = cls.builtin_base().cloned() else {
            return (b.func)(self, args);
        };
        let t = types();
        // A metaclass: `type.__new__(Meta, ...)` makes the class itself.
        if Arc::ptr_eq(&base_type, &t.type_) {
            return (b.func)(self, args);
        }
        let mutable = [&t.list, &t.dict, &t.set]
            .iter()
            .any(|m| Arc::ptr_eq(m, &base_type));
        let mut pos = vec![Value::Class(base_type)];
        let base = if mutable {
            (b.func)(self, Args::new(&pos))?
        } else {
            pos.extend_from_slice(&args.pos[1..]);
            (b.func)(
                self,
                Args {
                    pos: &pos,
                    kwnames: args.kwnames,
                    kwvals: args.kwvals,
                },
            )?
        };
        Ok(Value::Instance(Arc::new(Instance::with_base(
            cls.clone(),
            Some(base),
        ))))
    }

    /// The receiver a built-in type's method gets when called on `obj`: the built-in value
    /// an instance of a subclass extends (object's own methods still get the instance).
    pub(crate) fn method_receiver(&self, func: &Value, obj: &Value) -> Value {
        if let (Value::Builtin(b), Value::Instance(inst)) = (func, obj) {
            if let Some(base) = &inst.base {
                let object_dict = types().object.dict.get(&self.py);
                let from_object = object_dict.values().any(|v| match v {
                    Value::Builtin(o) => Arc::ptr_eq(o, b),
                    _ => false,
                });
                if !from_object {
                    return base.clone();
                }
            }
        }
        obj.clone()
    }

    /// Call any callable.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => self.call_function(f, args),
            Value::Builtin(b) if b.name == "__new__" => self.builtin_new(b, args),
            Value::Builtin(b)
                if b.method
                    && matches!(args.pos.first(), Some(Value::Instance(i)) if i.base.is_some()) =>
            {
                let mut pos = args.pos.to_vec();
                pos[0] = self.method_receiver(callable, &pos[0]);
                (b.func)(
                    self,
                    Args {
                        pos: &pos,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                )
            }
            Value::Builtin(b) => (b.func)(self, args),
            Value::BoundMethod(m) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(m.receiver.clone());
                pos.extend_from_slice(args.pos);
                let func = m.func.clone();
                self.call(
                    &func,
                    Args {
                        pos: &pos,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                )
            }
            Value::Class(c) => self.instantiate(c, args),
            _ => {
                match self.lookup_special(callable, "__call__") {
                    Some(call) => {
                        let bound = self.bind(call, callable.clone());
                        self.call(&bound, args)
                    }
                    None => Err(self
                        .type_error(format!("'{}' object is not callable", callable.type_name()))),
                }
            }
        }
    }

    /// Call with positional arguments only.
    pub fn call0(&mut self, callable: &Value, pos: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::new(pos))
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        let pos = match args {
            Value::Tuple(t) => t.to_vec(),
            other => self.collect(other)?,
        };
        let (mut names, mut vals) = (vec![], vec![]);
        if let Some(kw) = kwargs {
            let Value::Dict(d) = kw else {
                return Err(self.type_error("argument after ** must be a mapping"));
            };
            for (k, v) in d.get(&self.py).iter() {
                names.push(k.value.clone());
                vals.push(v.clone());
            }
        }
        self.call(
            func,
            Args {
                pos: &pos,
                kwnames: &names,
                kwvals: &vals,
            },
        )
    }

    /// Call a Python function: bind the arguments into a new frame and run it.
    pub fn call_function(&mut self, func: &Arc<Function>, args: Args) -> PyResult<Value> {
        let mut frame = self.new_frame(func);
        if !args.has_kwargs() && takes_exactly(&func.code, args.pos.len()) {
            frame.locals.extend_from_slice(args.pos);
            frame.locals.resize(func.code.varnames.len(), Value::Null);
        } else {
            frame.locals.resize(func.code.varnames.len(), Value::Null);
            self.bind_args(func, &mut frame.locals, args)?;
        }
        self.run_function_frame(func, frame)
    }

    /// A frame for `func` with empty locals, reused from the pool when possible.
    #[inline]
    fn new_frame(&mut self, func: &Function) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(&func.code, &func.globals);
                f
            }
            None => Box::new(Frame::empty(func.code.clone(), func.globals.clone(), None)),
        }
    }

    /// Set up cells, then run the frame (or wrap it in a generator).
    fn run_function_frame(&mut self, func: &Function, mut frame: Box<Frame>) -> PyResult<Value> {
        let code = &func.code;
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            for (i, _) in code.cellvars.iter().enumerate() {
                let init = match code.cell2arg[i] {
                    Some(slot) => std::mem::replace(&mut frame.locals[slot], Value::Null),
                    None => Value::Null,
                };
                frame.cells.push(Arc::new(GilCell::new(init)));
            }
            frame.cells.extend(func.closure.iter().cloned());
        }
        if code.is_generator() {
            return Ok(self.new_generator(frame));
        }
        let r = self.run_nested(&mut frame);
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            frame.clear();
            self.frame_pool.push(frame);
        }
        r
    }

    /// Like `run_nested`, but first raise `err` at the frame's current instruction.
    fn run_nested_raising(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<Value> {
        self.depth += 1;
        let r = self.resume_raising(frame, err);
        self.depth -= 1;
        r
    }

    /// Run a frame one level deeper, enforcing the recursion limit.
    pub fn run_nested(&mut self, frame: &mut Frame) -> PyResult<Value> {
        if self.depth
            >= self
                .interp
                .recursion_limit
                .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(frame);
        self.depth -= 1;
        r
    }

    /// Run a module's or class body's code with `ns` as its namespace.
    pub fn run_code(
        &mut self,
        code: Arc<CodeObject>,
        globals: Arc<crate::object::DictObj>,
        ns: Arc<crate::object::DictObj>,
        closure: &[Arc<crate::object::Cell>],
    ) -> PyResult<Value> {
        let mut frame = Frame::new(code.clone(), globals, Some(ns));
        for _ in code.cellvars.iter() {
            frame.cells.push(Arc::new(GilCell::new(Value::Null)));
        }
        frame.cells.extend(closure.iter().cloned());
        self.run_nested(&mut frame)
    }

    #[allow(clippy::needless_range_loop)] // slots are addressed by parameter index
    fn bind_args(&mut self, func: &Function, locals: &mut [Value], args: Args) -> PyResult<()> {
        let code = &*func.code;
        let nparams = code.argcount;
        let npos = args.pos.len().min(nparams);
        locals[..npos].clone_from_slice(&args.pos[..npos]);
        let mut slot = nparams + code.kwonlyargcount;
        if code.has_varargs() {
            let extra = if args.pos.len() > nparams {
                args.pos[nparams..].to_vec()
            } else {
                vec![]
            };
            locals[slot] = Value::tuple(extra);
            slot += 1;
        } else if args.pos.len() > nparams {
            return Err(self.too_many_positional(func, args));
        }
        let mut kwdict = code.has_varkeywords().then(Dict::new);
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            let key = k.as_str().unwrap_or("");
            let found = code.varnames[code.posonlyargcount..nparams + code.kwonlyargcount]
                .iter()
                .position(|p| p.as_str() == key)
                .map(|i| i + code.posonlyargcount);
            match found {
                Some(i) => {
                    if !locals[i].is_null() {
                        let name = self.func_qualname(func);
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    locals[i] = v.clone();
                }
                None => match &mut kwdict {
                    Some(d) => {
                        d.insert(crate::object::HashKey::str(intern(key)), v.clone());
                    }
                    None => {
                        let posonly: Vec<&str> = code.varnames[..code.posonlyargcount]
                            .iter()
                            .map(|p| p.as_str())
                            .filter(|p| args.kwnames.iter().any(|k| k.as_str() == Some(p)))
                            .collect();
                        let name = self.func_qualname(func);
                        if !posonly.is_empty() {
                            let key = posonly.join(", ");
                            return Err(self.type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{key}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            locals[slot] = Value::dict(d);
        }
        // Defaults for missing positional parameters.
        let first_default = nparams - func.defaults.len();
        let mut missing = vec![];
        for i in 0..nparams {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            let name = self.func_qualname(func);
            return Err(self.missing_args(&name, "positional", &missing));
        }
        let mut missing_kw = vec![];
        for i in nparams..nparams + code.kwonlyargcount {
            if locals[i].is_null() {
                let pname = &code.varnames[i];
                match func.kwdefaults.iter().find(|(k, _)| k == pname) {
                    Some((_, v)) => locals[i] = v.clone(),
                    None => missing_kw.push(pname.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            let name = self.func_qualname(func);
            return Err(self.missing_args(&name, "keyword-only", &missing_kw));
        }
        Ok(())
    }

    /// The name argument errors use: `__qualname__` as the program left it (dataclasses
    /// and decorators rename generated functions), else the compiled name.
    #[cold]
    fn func_qualname(&self, func: &Function) -> String {
        match func.dict.get(&self.py).get_str(&intern("__qualname__")) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => func.code.qualname.as_str().to_string(),
        }
    }

    #[cold]
    fn too_many_positional(&self, func: &Function, args: Args) -> PyErr {
        let code = &*func.code;
        let max = code.argcount;
        let min = max - func.defaults.len();
        let takes = if min == max {
            format!(
                "{} positional argument{}",
                max,
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {min} to {max} positional arguments")
        };
        let given = args.pos.len();
        let kwonly_given = args
            .kwnames
            .iter()
            .filter(|k| {
                code.varnames[max..max + code.kwonlyargcount]
                    .iter()
                    .any(|p| Some(p.as_str()) == k.as_str())
            })
            .count();
        let was = if given == 1 { "was" } else { "were" };
        let msg = if kwonly_given > 0 {
            format!(
                "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
                self.func_qualname(func),
                takes,
                given,
                if given == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{}() takes {} but {} {}",
                self.func_qualname(func),
                takes,
                given,
                was
            ) + " given"
        };
        self.type_error(msg)
    }

    #[cold]
    fn missing_args(&self, name: &str, kind: &str, missing: &[Arc<PyStr>]) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let n = missing.len();
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            name,
            n,
            kind,
            if n == 1 { "" } else { "s" },
            list
        ))
    }

    /// `cls(*args)`: `__new__` then `__init__`.
    pub fn instantiate(&mut self, cls: &Arc<Class>, args: Args) -> PyResult<Value> {
        // A metaclass that defines `__call__` decides what calling the class does.
        if let Some(meta) = &cls.metaclass {
            if let Some(call @ Value::Function(_)) = meta.lookup(&self.py, &intern("__call__")) {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(cls.clone()));
                pos.extend_from_slice(args.pos);
                return self.call(
                    &call,
                    Args {
                        pos: &pos,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                );
            }
        }
        self.instantiate_plain(cls, args)
    }

    /// `type.__call__`: `__new__`, then `__init__` if `__new__` made an instance of `cls`.
    pub fn instantiate_plain(&mut self, cls: &Arc<Class>, args: Args) -> PyResult<Value> {
        let new = match cls.lookup(&self.py, &intern("__new__")) {
            Some(Value::Descriptor(d)) => match &*d {
                crate::object::Descriptor::StaticMethod(f) => Some(f.clone()),
                _ => return Err(self.type_error("__new__ must be a static method")),
            },
            other => other,
        };
        let obj = match new {
            // `__new__` takes the class first, then the call's arguments.
            Some(new @ (Value::Builtin(_) | Value::Function(_) | Value::BoundMethod(_))) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(cls.clone()));
                pos.extend_from_slice(args.pos);
                self.call(
                    &new,
                    Args {
                        pos: &pos,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                )?
            }
            _ => Value::Instance(Arc::new(Instance::new(cls.clone()))),
        };
        // Built-in types construct fully in __new__ (int("3"), list(x), ...).
        let is_own_instance = match &obj {
            Value::Instance(i) => i.class.is_subclass(cls),
            // A metaclass's instance is a class.
            Value::Class(_) => obj.class().is_subclass(cls),
            _ => false,
        };
        if !is_own_instance {
            return Ok(obj);
        }
        let init = cls.lookup(&self.py, &intern("__init__"));
        if let Some(init @ (Value::Function(_) | Value::Builtin(_))) = init {
            let mut pos = Vec::with_capacity(args.pos.len() + 1);
            pos.push(obj.clone());
            pos.extend_from_slice(args.pos);
            let args = Args {
                pos: &pos,
                kwnames: args.kwnames,
                kwvals: args.kwvals,
            };
            let r = self.call(&init, args)?;
            if !r.is_none() {
                let msg = format!("__init__() should return None, not '{}'", r.type_name());
                return Err(self.type_error(msg));
            }
        }
        Ok(obj)
    }

    /// Look a special method up on the type (not the instance), as CPython does.
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        obj.class().lookup(&self.py, &intern(name))
    }

    /// Bind a function found on a type to its receiver.
    pub fn bind(&self, func: Value, receiver: Value) -> Value {
        match func {
            Value::Function(_) => {
                Value::BoundMethod(Arc::new(crate::object::BoundMethod { receiver, func }))
            }
            Value::Builtin(_) => {
                Value::BoundMethod(Arc::new(crate::object::BoundMethod { receiver, func }))
            }
            Value::Descriptor(d) => match &*d {
                crate::object::Descriptor::StaticMethod(f) => f.clone(),
                crate::object::Descriptor::ClassMethod(f) => {
                    Value::BoundMethod(Arc::new(crate::object::BoundMethod {
                        receiver: Value::Class(receiver.class()),
                        func: f.clone(),
                    }))
                }
                _ => Value::Descriptor(d.clone()),
            },
            other => other,
        }
    }

    /// Call a special method on `obj` with the given extra arguments; None if the type
    /// does not define it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        extra: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.lookup_special(obj, name) else {
            return Ok(None);
        };
        let mut pos = Vec::with_capacity(extra.len() + 1);
        pos.push(obj.clone());
        pos.extend_from_slice(extra);
        match f {
            Value::Function(_) | Value::Builtin(_) => self.call(&f, Args::new(&pos)).map(Some),
            other => {
                let bound = self.bind(other, obj.clone());
                self.call(&bound, Args::new(extra)).map(Some)
            }
        }
    }

    fn new_generator(&mut self, frame: Box<Frame>) -> Value {
        Value::Generator(Arc::new(Generator {
            name: frame.code.name.clone(),
            qualname: frame.code.qualname.clone(),
            frame: GilCell::new(GenState::Ready(frame)),
            exc_state: GilCell::new(None),
        }))
    }

    /// Resume a generator with `value`. Ok(Ok(v)): it yielded v; Ok(Err(v)): it returned v.
    pub fn gen_send(&mut self, g: &Arc<Generator>, value: Value) -> PyResult<Result<Value, Value>> {
        self.gen_resume(g, Ok(value))
    }

    /// Raise `err` inside a generator at the `yield` where it stopped (`throw`, `close`).
    /// A generator that has not started, or has finished, just raises it.
    /// Close the generators dropped while suspended since the last call (see
    /// [`crate::object::Generator`]'s Drop): their `finally` blocks run here.
    #[inline]
    pub fn finalize_orphans(&mut self) -> PyResult<()> {
        if ORPHAN_COUNT.load(std::sync::atomic::Ordering::Relaxed) == 0 {
            return Ok(());
        }
        self.finalize_orphans_now()
    }

    #[cold]
    fn finalize_orphans_now(&mut self) -> PyResult<()> {
        loop {
            let next = {
                let mut list = ORPHANS.lock();
                let next = list.pop();
                ORPHAN_COUNT.store(list.len(), std::sync::atomic::Ordering::Relaxed);
                next
            };
            let Some(orphan) = next else { return Ok(()) };
            let g = Arc::new(Generator {
                name: orphan.name,
                qualname: orphan.qualname,
                frame: GilCell::new(GenState::Ready(orphan.frame)),
                exc_state: GilCell::new(orphan.exc_state),
            });
            self.finalize_generator(&g)?;
        }
    }

    /// Close a started, suspended generator that is about to be dropped: GeneratorExit
    /// runs its `finally` blocks. What goes wrong is reported as CPython reports an
    /// exception in a finaliser ("Exception ignored in: ..."), not raised.
    pub fn finalize_generator(&mut self, g: &Arc<Generator>) -> PyResult<()> {
        let started = matches!(g.frame.get(&self.py), GenState::Ready(f) if f.pc > 0);
        if !started {
            return Ok(());
        }
        let exit = crate::vm::new_exception(&types().exc.generator_exit, vec![]);
        let problem = match self.gen_throw(g, exit) {
            Ok(Ok(_)) => Some(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Err(_)) => None,
            Err(e)
                if e.matches(&types().exc.generator_exit)
                    || e.matches(&types().exc.stop_iteration) =>
            {
                None
            }
            Err(e) => Some(e),
        };
        // A generator that yielded again is dropped all the same.
        *g.frame.get_mut(&mut self.py) = GenState::Finished;
        if let Some(e) = problem {
            let text = self.format_exception(&e);
            let err = self.sys_stream("stderr");
            let what = format!(
                "Exception ignored in: {}\n",
                self.repr(&Value::Generator(g.clone()))?
            );
            self.write_to(&err, &(what + &text))?;
        }
        Ok(())
    }

    pub fn gen_throw(&mut self, g: &Arc<Generator>, err: PyErr) -> PyResult<Result<Value, Value>> {
        self.gen_resume(g, Err(err))
    }

    fn gen_resume(
        &mut self,
        g: &Arc<Generator>,
        input: Result<Value, PyErr>,
    ) -> PyResult<Result<Value, Value>> {
        let state = std::mem::replace(g.frame.get_mut(&mut self.py), GenState::Running);
        let mut frame = match state {
            GenState::Ready(f) => f,
            GenState::Running => {
                *g.frame.get_mut(&mut self.py) = GenState::Running;
                return Err(self.value_error("generator already executing"));
            }
            GenState::Finished => {
                *g.frame.get_mut(&mut self.py) = GenState::Finished;
                return match input {
                    Ok(_) => Ok(Err(Value::None)),
                    Err(e) => Err(e),
                };
            }
        };
        let thrown = match input {
            Ok(value) if frame.pc > 0 => {
                frame.stack.push(value);
                None
            }
            Ok(value) if !value.is_none() => {
                *g.frame.get_mut(&mut self.py) = GenState::Ready(frame);
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            Ok(_) => None,
            Err(e) if frame.pc == 0 => {
                *g.frame.get_mut(&mut self.py) = GenState::Finished;
                return Err(e);
            }
            Err(e) => Some(e),
        };
        // Switch to the generator's own handled exception (or, if it has none, keep the
        // caller's visible, as CPython's exception-state chain does), and back after.
        // Closing a generator that delegates with `yield from` closes the delegate
        // first, as CPython's gen_close does.
        if let Some(e) = &thrown {
            let instrs = &frame.code.instructions;
            // Suspended in `yield from`: resuming jumps back to its SEND.
            let in_yield_from = instrs.get(frame.pc).is_some_and(|i| {
                i.op == crate::bytecode::Op::JumpBackward
                    && instrs
                        .get(i.arg as usize)
                        .is_some_and(|t| t.op == crate::bytecode::Op::Send)
            });
            if in_yield_from && e.matches(&types().exc.generator_exit) {
                if let Some(Value::Generator(sub)) = frame.stack.last() {
                    let sub = sub.clone();
                    self.finalize_generator(&sub)?;
                }
            }
        }
        let caller_exc = self.cur_exc.clone();
        if let Some(own) = g.exc_state.get_mut(&mut self.py).take() {
            self.cur_exc = Some(own);
        }
        let r = match thrown {
            None => self.run_nested(&mut frame),
            Some(e) => self.run_nested_raising(&mut frame, e),
        };
        let left = std::mem::replace(&mut self.cur_exc, caller_exc.clone());
        let own = match (left, &caller_exc) {
            (Some(e), Some(c)) if Arc::ptr_eq(&e.0, &c.0) => None,
            (left, _) => left,
        };
        if frame.yielded {
            *g.exc_state.get_mut(&mut self.py) = own;
        }
        match r {
            Ok(v) if frame.yielded => {
                frame.yielded = false;
                *g.frame.get_mut(&mut self.py) = GenState::Ready(frame);
                Ok(Ok(v))
            }
            Ok(v) => {
                *g.frame.get_mut(&mut self.py) = GenState::Finished;
                Ok(Err(v))
            }
            Err(e) => {
                *g.frame.get_mut(&mut self.py) = GenState::Finished;
                if e.matches(&types().exc.stop_iteration) {
                    let err = self.runtime_error("generator raised StopIteration");
                    err.data_mut(&mut self.py).cause = Some(e.value());
                    err.data_mut(&mut self.py).suppress_context = true;
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// SEND for `yield from`: Ok(Ok(v)) yielded, Ok(Err(v)) finished with v.
    pub fn send(&mut self, receiver: &Value, value: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Generator(g) = receiver {
            return self.gen_send(g, value);
        }
        if !value.is_none() {
            return match self.call_method(receiver, "send", &[value]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if e.matches(&types().exc.stop_iteration) => {
                    Ok(Err(stop_value(&e, &self.py)))
                }
                Err(e) => Err(e),
            };
        }
        match self.next(receiver)? {
            Some(v) => Ok(Ok(v)),
            None => Ok(Err(Value::None)),
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.get_attr(obj, &intern(name))?;
        self.call(&m, Args::new(args))
    }
}

/// Whether `n` positional arguments fill the parameters exactly (no defaults, no
/// keyword-only parameters, no `*args`/`**kwargs`).
#[inline]
pub(super) fn takes_exactly(code: &CodeObject, n: usize) -> bool {
    n == code.argcount && code.kwonlyargcount == 0 && !code.has_varargs() && !code.has_varkeywords()
}

/// The value carried by a StopIteration.
pub fn stop_value(e: &PyErr, py: &crate::gil::Py) -> Value {
    e.data(py).args.first().cloned().unwrap_or(Value::None)
}

/// A generator dropped while suspended in the middle of its body, waiting to be closed.
pub struct Orphan {
    name: Arc<crate::object::PyStr>,
    qualname: Arc<crate::object::PyStr>,
    frame: Box<Frame>,
    exc_state: Option<PyErr>,
}

/// Orphaned generators (any thread may drop one; whichever thread holds the GIL next
/// closes it, as CPython's finaliser may run on any thread).
static ORPHANS: parking_lot::Mutex<Vec<Orphan>> = parking_lot::Mutex::new(Vec::new());
static ORPHAN_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Queue a dropped, suspended generator's frame for closing.
pub fn orphan_generator(
    name: Arc<crate::object::PyStr>,
    qualname: Arc<crate::object::PyStr>,
    frame: Box<Frame>,
    exc_state: Option<PyErr>,
) {
    let mut list = ORPHANS.lock();
    list.push(Orphan {
        name,
        qualname,
        frame,
        exc_state,
    });
    ORPHAN_COUNT.store(list.len(), std::sync::atomic::Ordering::Relaxed);
}
