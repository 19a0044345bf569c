//! The builtin functions: print, len, range helpers, isinstance, sorted, min/max, ...

use super::{allow_kwargs, arg, check, native, no_kwargs};
use crate::gil::GilCell;
use crate::object::iter::IterState;
use crate::object::pystr::intern;
use crate::object::types::types;
use crate::object::{Args, Class, Dict, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::sync::Arc;

pub fn install(b: &mut Dict) {
    for (name, f) in [
        ("print", print as crate::object::NativeFn),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("iter", iter),
        ("next", next),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("all", all),
        ("any", any),
        ("callable", callable),
        ("format", format),
        ("input", input),
        ("exit", exit),
        ("quit", exit),
        ("__build_class__", build_class),
        ("__import__", import),
        ("super", super_),
    ] {
        b.set(name, native(name, f));
    }
    for (name, f) in [
        ("globals", globals as crate::object::NativeFn),
        ("locals", locals),
        ("eval", eval),
        ("exec", exec),
        ("vars", vars),
        ("dir", dir),
    ] {
        b.set(name, super::native_with_caller(name, f));
    }
}

/// The caller's (globals, locals), recorded by the CALL that reached this native.
fn caller(vm: &mut Vm) -> PyResult<(Arc<crate::object::DictObj>, Value)> {
    if let Some(ns) = vm.caller_namespace.take() {
        return Ok(ns);
    }
    let g = vm
        .innermost_globals()
        .unwrap_or_else(|| vm.interp.builtins.clone());
    Ok((g.clone(), Value::Dict(g)))
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "globals", &args, 0, 0)?;
    Ok(Value::Dict(caller(vm)?.0))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "locals", &args, 0, 0)?;
    Ok(caller(vm)?.1)
}

/// The namespaces for eval/exec: explicit ones, or the caller's.
fn eval_namespaces(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Arc<crate::object::DictObj>, Arc<crate::object::DictObj>)> {
    let (caller_globals, caller_locals) = caller(vm)?;
    let as_dict = |vm: &Vm, v: &Value, what: &str| match v {
        Value::Dict(d) => Ok(d.clone()),
        other => Err(vm.type_error(format!(
            "{name}() {what} must be a dict, not {}",
            other.type_name()
        ))),
    };
    let g = match arg(args, 1, "globals").filter(|v| !v.is_none()) {
        Some(v) => Some(as_dict(vm, v, "globals")?),
        None => None,
    };
    let l = match arg(args, 2, "locals").filter(|v| !v.is_none()) {
        Some(v) => Some(as_dict(vm, v, "locals")?),
        None => None,
    };
    Ok(match (g, l) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, Some(l)) => (caller_globals, l),
        (None, None) => match caller_locals {
            Value::Dict(l) => (caller_globals, l),
            _ => (caller_globals.clone(), caller_globals),
        },
    })
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "eval", &args, &["globals", "locals"])?;
    let Some(src) = args.pos.first() else {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    };
    let (g, l) = eval_namespaces(vm, &args, "eval")?;
    let code = match src {
        Value::Code(c) => c.clone(),
        Value::Str(s) => {
            let text = s.as_str().trim_start_matches([' ', '\t']);
            let parsed = crate::syntax::parse_expression(text)
                .and_then(|e| crate::compiler::compile_expression(&e, "<string>"));
            parsed.map_err(|e| vm.syntax_error_exception(&e, "<string>", text))?
        }
        other => {
            return Err(vm.type_error(format!(
                "eval() arg 1 must be a string, bytes or code object, not {}",
                other.type_name()
            )))
        }
    };
    vm.run_code(code, g, l, &[])
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "exec", &args, &["globals", "locals"])?;
    let Some(src) = args.pos.first() else {
        return Err(vm.type_error("exec expected at least 1 argument, got 0"));
    };
    let (g, l) = eval_namespaces(vm, &args, "exec")?;
    let code = match src {
        Value::Code(c) => c.clone(),
        Value::Str(s) => vm.compile(s.as_str(), "<string>", false)?,
        other => {
            return Err(vm.type_error(format!(
                "exec() arg 1 must be a string, bytes or code object, not {}",
                other.type_name()
            )))
        }
    };
    vm.run_code(code, g, l, &[])?;
    Ok(Value::None)
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "print", &args, &["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match args.kw(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{} must be None or a string, not {}",
                name,
                other.type_name()
            ))),
        }
    };
    let sep = text_arg(vm, "sep", " ")?;
    let end = text_arg(vm, "end", "\n")?;
    let file = match args.kw("file") {
        None | Some(Value::None) => vm.sys_stream("stdout"),
        Some(f) => f.clone(),
    };
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            vm.write_to(&file, &sep)?;
        }
        let s = vm.str(v)?;
        vm.write_to(&file, &s)?;
    }
    vm.write_to(&file, &end)?;
    if let Some(f) = args.kw("flush") {
        if vm.truthy(f)? {
            vm.flush_file(&file)?;
        }
    }
    Ok(Value::None)
}

/// `len(v)` as usize.
pub fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::Tuple(t) => t.len(),
        Value::List(l) => l.get(&vm.py).len(),
        Value::Dict(d) => d.get(&vm.py).len(),
        Value::Set(s) => s.items.get(&vm.py).len(),
        Value::Range(r) => r.len() as usize,
        Value::Instance(_) | Value::Native(_) | Value::Class(_) if v.has_type_hooks() => {
            match vm.call_special(v, "__len__", &[])? {
                Some(n) => {
                    let n = vm.index_value(&n)?;
                    if n < 0 {
                        return Err(vm.value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => {
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", v.type_name()))
                    )
                }
            }
        }
        _ => return Err(vm.type_error(format!("object of type '{}' has no len()", v.type_name()))),
    })
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(length(vm, &args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "repr", &args, 1, 1)?;
    Ok(Value::from_string(vm.repr(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::from_string(crate::vm::ascii_escape(&r)))
}

/// isinstance's class test, for a class or a tuple of classes.
pub fn class_matches(vm: &mut Vm, cls: &Arc<Class>, spec: &Value, what: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if cls.is_subclass(c) {
                return Ok(true);
            }
            // Not a real subclass: a metaclass may still say yes (ABCMeta's registered
            // virtual subclasses and __subclasshook__).
            if let Some(meta) = &c.metaclass {
                let name = crate::object::pystr::intern("__subclasscheck__");
                if let Some(check @ Value::Function(_)) = meta.lookup(&vm.py, &name) {
                    let r = vm.call0(&check, &[spec.clone(), Value::Class(cls.clone())])?;
                    return vm.truthy(&r);
                }
            }
            Ok(false)
        }
        Value::Tuple(items) => {
            for i in items.iter() {
                if class_matches(vm, cls, i, what)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            use super::generic_alias::{is_alias, union_members};
            if let Some(members) = union_members(other) {
                for m in &members {
                    if class_matches(vm, cls, m, what)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            if is_alias(other) {
                return Err(vm.type_error(format!(
                    "{what}() argument 2 cannot be a parameterized generic"
                )));
            }
            Err(vm.type_error(format!(
                "{what}() arg 2 must be a type, a tuple of types, or a union"
            )))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "isinstance", &args, 2, 2)?;
    let cls = args.pos[0].class();
    Ok(Value::Bool(class_matches(
        vm,
        &cls,
        &args.pos[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(c) = &args.pos[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(
        vm,
        c,
        &args.pos[1],
        "issubclass",
    )?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "abs", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(match v {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::from_bigint(BigInt::from(*i).magnitude().clone().into())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(num_traits::Signed::abs(&**b)),
        Value::Float(f) => Value::Float(f.abs()),
        _ => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => r,
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", v.type_name()))
                )
            }
        },
    })
}

fn min_max(vm: &mut Vm, args: Args, name: &str, want_less: bool) -> PyResult<Value> {
    allow_kwargs(vm, name, &args, &["key", "default"])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.kw("default").cloned();
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(std::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, k),
            Some((bv, bk)) => {
                let better = if want_less {
                    vm.less_than(&k, &bk)?
                } else {
                    vm.less_than(&bk, &k)?
                };
                if better {
                    (item, k)
                } else {
                    (bv, bk)
                }
            }
        });
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", true)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", false)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "sum", &args, &["start"])?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = arg(&args, 1, "start").cloned().unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, 0)?;
    }
    Ok(acc)
}

/// Sort values in place by Python's `<`, stably; `key` and `reverse` as list.sort.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys = match key {
        Some(f) if !f.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for i in items.iter() {
                ks.push(vm.call(f, Args::new(std::slice::from_ref(i)))?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut error = None;
    // Stable merge sort with a fallible comparison: the first error stops the sort.
    idx.sort_by(|&a, &b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        match vm.less_than(x, y) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match vm.less_than(y, x) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython's sorted() hands its keywords to list.sort(), whose name the error carries.
    allow_kwargs(vm, "sort", &args, &["key", "reverse"])?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let mut items = vm.collect(&args.pos[0])?;
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, args.kw("key"), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "reversed", &args, 1, 1)?;
    let v = &args.pos[0];
    let items = match v {
        Value::List(l) => l.get(&vm.py).clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Str(_) | Value::Range(_) | Value::Bytes(_) => vm.collect(v)?,
        Value::Dict(d) => d.get(&vm.py).keys().cloned().collect(),
        Value::Instance(_) | Value::Native(_) | Value::Class(_) if v.has_type_hooks() => {
            if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
                return Ok(r);
            }
            if vm.lookup_special(v, "__len__").is_some()
                && vm.lookup_special(v, "__getitem__").is_some()
            {
                let n = length(vm, v)?;
                let mut out = Vec::with_capacity(n);
                for i in 0..n {
                    out.push(vm.getitem(v, &Value::Int(i as i64))?);
                }
                out
            } else {
                return Err(vm.type_error(format!("'{}' object is not reversible", v.type_name())));
            }
        }
        _ => return Err(vm.type_error(format!("'{}' object is not reversible", v.type_name()))),
    };
    // Reversed pops from the end, so keep natural order.
    Ok(Value::iterator(IterState::Reversed { items }))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        return Ok(Value::iterator(IterState::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        }));
    }
    vm.iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    if !matches!(it, Value::Iter(_) | Value::Generator(_))
        && vm.lookup_special(it, "__next__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    if let Value::Generator(g) = it {
        return match vm.gen_send(g, Value::None)? {
            Ok(v) => Ok(v),
            Err(ret) => match args.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(if ret.is_none() { None } else { Some(ret) })),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn attr_name(vm: &Vm, v: &Value, fname: &str) -> PyResult<Arc<crate::object::PyStr>> {
    match v {
        Value::Str(s) => Ok(intern(s.as_str())),
        other => Err(vm.type_error(format!(
            "{fname}(): attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "hasattr")?;
    Ok(Value::Bool(
        vm.get_attr_opt(&args.pos[0], name.as_str())?.is_some(),
    ))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1], "getattr")?;
    match args.pos.get(2) {
        Some(default) => Ok(vm
            .get_attr_opt(&args.pos[0], name.as_str())?
            .unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&args.pos[0], &name),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1], "setattr")?;
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "delattr")?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "id", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x7f00_0000_0000 + i.wrapping_mul(32),
            other => {
                0x7e00_0000_0000
                    + crate::object::dict::hash_builtin(other).unwrap_or(0) as i64 % 0x1000_0000
            }
        },
    }))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "chr", &args, 1, 1)?;
    let i = vm.index_value(&args.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::from_string(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(s.as_str().chars().next().unwrap() as i64))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        v if v.as_bytearray().is_some() => match v.bytes_like(&vm.py) {
            Some(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
            b => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.map_or(0, |b| b.len())
            ))),
        },
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    check(vm, name, &args, 1, 1)?;
    let v = &args.pos[0];
    let n = match v.as_bigint() {
        Some(n) => n,
        None => {
            let i = vm.index_value(v)?;
            BigInt::from(i)
        }
    };
    let sign = if n < BigInt::from(0) { "-" } else { "" };
    let digits = num_traits::Signed::abs(&n).to_str_radix(radix);
    Ok(Value::from_string(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    // A user type answers with __divmod__ (or the right operand's __rdivmod__).
    if a.has_type_hooks() || b.has_type_hooks() {
        for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
            if let Some(r) = vm.call_special(x, name, std::slice::from_ref(y))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let q = vm.binary_op(a, b, 2)?;
    let r = vm.binary_op(a, b, 6)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "pow", &args, &["base", "exp", "mod"])?;
    let base = arg(&args, 0, "base")
        .cloned()
        .ok_or_else(|| vm.type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = arg(&args, 1, "exp")
        .cloned()
        .ok_or_else(|| vm.type_error("pow() missing required argument 'exp' (pos 2)"))?;
    match arg(&args, 2, "mod").filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, 8),
        Some(m) if base.has_type_hooks() => {
            // Three-argument pow of a user type: its __pow__(exp, mod).
            match vm.call_special(&base, "__pow__", &[exp.clone(), m.clone()])? {
                Some(r) if !matches!(r, Value::NotImplemented) => Ok(r),
                _ => Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    base.type_name(),
                    exp.type_name(),
                    m.type_name()
                ))),
            }
        }
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (base.as_bigint(), exp.as_bigint(), m.as_bigint())
            else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m == BigInt::from(0) {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e < BigInt::from(0) {
                match mod_inverse(&b, &m) {
                    Some(inv) => (inv, -e),
                    None => {
                        return Err(vm.value_error("base is not invertible for the given modulus"))
                    }
                }
            } else {
                (b, e)
            };
            let r = num_integer::Integer::mod_floor(&b, &m).modpow(&e, &m);
            let r = if r != BigInt::from(0) && (r < BigInt::from(0)) != (m < BigInt::from(0)) {
                r + &m
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
    }
}

/// The inverse of `a` modulo `m` (extended Euclid), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m_abs = num_traits::Signed::abs(m);
    let (mut old_r, mut r) = (a.mod_floor(&m_abs), m_abs.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while r != BigInt::from(0) {
        let q = old_r.div_floor(&r);
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    (old_r == BigInt::from(1)).then(|| old_s.mod_floor(&m_abs))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "round", &args, &["number", "ndigits"])?;
    let Some(x) = arg(&args, 0, "number").cloned() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = arg(&args, 1, "ndigits").filter(|v| !v.is_none()).cloned();
    match (&x, nd) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                Ok(Value::from_bigint(
                    crate::builtins::number::float_to_bigint(r),
                ))
            }
        }
        (Value::Float(f), Some(n)) => {
            let n = vm.index_value(&n)?;
            let r = crate::object::format::round_float(*f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(vm.overflow_error("rounded value too large to represent"));
            }
            Ok(Value::Float(r))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => {
            Ok(Value::from_bigint(x.as_bigint().unwrap()))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), Some(n)) => {
            let n = vm.index_value(&n)?;
            if n >= 0 {
                return Ok(Value::from_bigint(x.as_bigint().unwrap()));
            }
            // Round half to even at 10**-n.
            let p = num_traits::pow(BigInt::from(10), (-n) as usize);
            let v = x.as_bigint().unwrap();
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        _ => match vm.lookup_special(&x, "__round__") {
            Some(_) => {
                let extra: Vec<Value> = args.pos.iter().skip(1).cloned().collect();
                Ok(vm.call_special(&x, "__round__", &extra)?.unwrap())
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                x.type_name()
            ))),
        },
    }
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "callable", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        None => String::new(),
    };
    Ok(Value::from_string(vm.format(&args.pos[0], &spec)?))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "vars", &args, 0, 1)?;
    let namespace = caller(vm)?;
    if args.pos.is_empty() {
        return Ok(namespace.1);
    }
    match vm.get_attr_opt(&args.pos[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "dir", &args, 0, 1)?;
    let namespace = caller(vm)?;
    let Some(v) = args.pos.first() else {
        let mut names: Vec<Value> = vm.collect(&namespace.1)?;
        super::functions::sort_values(vm, &mut names, None, false)?;
        return Ok(Value::list(names));
    };
    let mut names: Vec<String> = vec![];
    let mut add_dict = |d: &Dict| {
        for k in d.keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    };
    match v {
        Value::Module(m) => add_dict(m.dict.get(&vm.py)),
        Value::Instance(i) => {
            add_dict(i.dict.get(&vm.py));
            add_dict(i.class.dict.get(&vm.py));
            for c in &i.class.mro {
                add_dict(c.dict.get(&vm.py));
            }
        }
        Value::Class(c) => {
            add_dict(c.dict.get(&vm.py));
            for b in &c.mro {
                add_dict(b.dict.get(&vm.py));
            }
        }
        other => {
            let c = other.class();
            add_dict(c.dict.get(&vm.py));
            for b in &c.mro {
                add_dict(b.dict.get(&vm.py));
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(Value::from_string).collect(),
    ))
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str(p)?;
        let out = vm.sys_stream("stdout");
        vm.write_to(&out, &s)?;
        vm.flush_file(&out)?;
    }
    let line = vm.read_stdin_line()?;
    if line.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(Value::str(line))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "exit", &args, 0, 1)?;
    Err(crate::vm::new_exception(
        &types().exc.system_exit,
        args.pos.to_vec(),
    ))
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, "__import__", &args)?;
    let Some(Value::Str(name)) = args.pos.first() else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args.pos.get(3).cloned().unwrap_or(Value::None);
    let globals = vm.interp.builtins.clone();
    vm.import_name(name.as_str(), &fromlist, 0, &globals)
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args.pos[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let bases = &args.pos[2..];
    // Class keywords other than `metaclass` go to the bases' __init_subclass__.
    let (mut kwnames, mut kwvals) = (vec![], vec![]);
    let mut explicit_meta = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if k.as_str() == Some("metaclass") {
            explicit_meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    let meta = metaclass_of(vm, explicit_meta, bases)?;
    let mut ns = Arc::new(GilCell::new(Dict::new()));
    if let Some(meta) = &meta {
        if let Some(prepare) = vm.get_attr_opt(meta, "__prepare__")? {
            let pos = [Value::Str(name.clone()), Value::tuple(bases.to_vec())];
            let prepared = vm.call(
                &prepare,
                Args {
                    pos: &pos,
                    kwnames: &kwnames,
                    kwvals: &kwvals,
                },
            )?;
            if let Value::Dict(d) = prepared {
                ns = d;
            }
        }
    }
    vm.run_code(
        body.code.clone(),
        body.globals.clone(),
        ns.clone(),
        &body.closure,
    )?;
    if let Some(meta) = meta {
        // `Meta(name, bases, ns, **kwds)`; type.__new__ fills the __class__ cell and
        // calls __init_subclass__.
        let pos = [
            Value::Str(name.clone()),
            Value::tuple(bases.to_vec()),
            Value::Dict(ns),
        ];
        return vm.call(
            &meta,
            Args {
                pos: &pos,
                kwnames: &kwnames,
                kwvals: &kwvals,
            },
        );
    }
    let mut dict = ns.get(&vm.py).clone();
    let classcell = dict.remove_str(&intern("__classcell__"));
    let cls = crate::builtins::object::new_user_class(vm, name.as_str(), bases, dict, None)?;
    if let Some(Value::Cell(c)) = classcell {
        *c.get_mut(&mut vm.py) = cls.clone();
    }
    init_subclass(vm, &cls, &kwnames, &kwvals)?;
    Ok(cls)
}

/// The metaclass of a class statement, None for plain `type`: the explicit one, else
/// the most derived metaclass of the bases (CPython's rule, with its conflict error).
fn metaclass_of(vm: &mut Vm, explicit: Option<Value>, bases: &[Value]) -> PyResult<Option<Value>> {
    let type_ = types().type_.clone();
    let mut winner: Option<Arc<Class>> = None;
    if let Some(m) = explicit {
        match m {
            Value::Class(c) => winner = Some(c),
            // Any callable may stand in as the metaclass.
            other => return Ok(Some(other)),
        }
    }
    for b in bases {
        let bm = b.class();
        match &winner {
            None => winner = Some(bm),
            Some(w) if w.is_subclass(&bm) => {}
            Some(w) if bm.is_subclass(w) => winner = Some(bm),
            Some(_) => {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ))
            }
        }
    }
    Ok(winner.filter(|w| !Arc::ptr_eq(w, &type_)).map(Value::Class))
}

/// Call the nearest base's `__init_subclass__` (implicitly a class method) on a new
/// class, as `type.__new__` does.
pub(crate) fn init_subclass(
    vm: &mut Vm,
    cls: &Value,
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<()> {
    let Value::Class(c) = cls else { return Ok(()) };
    let name = intern("__init_subclass__");
    let found = c
        .mro
        .iter()
        .find_map(|b| b.dict.get(&vm.py).get_str(&name).cloned());
    let func = match found {
        Some(Value::Function(f)) => Value::Function(f),
        Some(Value::Descriptor(d)) => match &*d {
            crate::object::Descriptor::ClassMethod(f) => f.clone(),
            _ => return Ok(()),
        },
        _ => return Ok(()),
    };
    vm.call(
        &func,
        Args {
            pos: std::slice::from_ref(cls),
            kwnames,
            kwvals,
        },
    )?;
    Ok(())
}

fn super_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "super", &args, 2, 2).map_err(|_| vm.runtime_error("super(): no arguments"))?;
    let Value::Class(start) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            args.pos[0].type_name()
        )));
    };
    let obj = args.pos[1].clone();
    let obj_class = match &obj {
        Value::Class(c) if c.is_subclass(start) => c.clone(),
        other => other.class(),
    };
    if !obj_class.is_subclass(start) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::native(crate::object::Super {
        start: start.clone(),
        obj,
        obj_class,
    }))
}
