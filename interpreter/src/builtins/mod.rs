//! The builtins module and the methods of the built-in types.
//!
//! `install` fills the type registry's class dicts with native methods (`str.upper`,
//! `list.append`, ...) and the builtins dict with functions (`print`, `len`, ...), types
//! and exceptions. Each native function checks its own arguments with the helpers here,
//! which word their errors as CPython does.

mod bytearray;
mod bytes;
mod dict;
pub mod file;
pub(crate) mod functions;
pub mod generic_alias;
pub mod io;
mod list;
mod number;
pub use number::float_to_bigint;
pub(crate) mod object;
mod slots;
mod str;

use crate::object::pystr::intern;
use crate::object::types::types;
use crate::object::{Args, Builtin, Class, Dict, NativeFn, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

/// Install the builtins and the methods of the built-in types.
pub fn install(vm: &mut Vm) {
    let t = types();
    object::install(vm);
    number::install(vm);
    str::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    list::install(vm);
    dict::install(vm);
    generic_alias::install(vm);
    slots::install(vm);
    file::install(vm);
    let mut b = Dict::new();
    functions::install(&mut b);
    b.set("open", native("open", file::open));
    for (name, class) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        (
            "enumerate",
            &crate::object::types::iterator_type("enumerate"),
        ),
        ("zip", &crate::object::types::iterator_type("zip")),
        ("map", &crate::object::types::iterator_type("map")),
        ("filter", &crate::object::types::iterator_type("filter")),
    ] {
        b.set(name, Value::Class(class.clone()));
    }
    for class in t.exc.all() {
        b.set(class.name(), Value::Class(class.clone()));
    }
    b.set("EnvironmentError", Value::Class(t.exc.os_error.clone()));
    b.set("IOError", Value::Class(t.exc.os_error.clone()));
    b.set("None", Value::None);
    b.set("True", Value::Bool(true));
    b.set("False", Value::Bool(false));
    b.set("Ellipsis", Value::Ellipsis);
    b.set("NotImplemented", Value::NotImplemented);
    b.set("__name__", Value::str("builtins"));
    b.set("__debug__", Value::Bool(true));
    *vm.interp.builtins.get_mut(&mut vm.py) = b;
    io::install(vm);
    let builtins_module = Value::Module(Arc::new(crate::object::Module {
        name: intern("builtins"),
        dict: vm.interp.builtins.clone(),
    }));
    vm.interp
        .modules
        .get_mut(&mut vm.py)
        .set("builtins", builtins_module);
}

/// A native function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Arc::new(Builtin {
        name,
        func,
        needs_caller: false,
        method: false,
    }))
}

/// A native function that sees its caller's namespace (`Vm::caller_namespace`).
pub fn native_with_caller(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Arc::new(Builtin {
        name,
        func,
        needs_caller: true,
        method: false,
    }))
}

/// Add native methods to a built-in class.
pub fn add_methods(vm: &mut Vm, class: &Arc<Class>, methods: &[(&'static str, NativeFn)]) {
    let d = class.dict.get_mut(&mut vm.py);
    for (name, f) in methods {
        let method = Builtin {
            name,
            func: *f,
            needs_caller: false,
            method: true,
        };
        d.set(name, Value::Builtin(Arc::new(method)));
    }
}

/// Reject keyword arguments.
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Check a positional argument count (no keywords allowed).
pub fn check(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    count_error(vm, name, name, args, args.pos.len(), min, max)
}

/// For methods: `self` plus between min and max arguments. Messages count without self
/// and, as CPython's, name the type: `str.upper() takes no arguments (1 given)`.
pub fn check_method(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let qualified = match args.pos.first() {
        Some(receiver) => format!("{}.{}", receiver.type_name(), name),
        None => name.to_string(),
    };
    count_error(
        vm,
        name,
        &qualified,
        args,
        args.pos.len().saturating_sub(1),
        min,
        max,
    )
}

/// The argument-count check behind `check` and `check_method`.
fn count_error(
    vm: &Vm,
    name: &str,
    qualified: &str,
    args: &Args,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{qualified}() takes no keyword arguments")));
    }
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(vm.type_error(match (min == max, min) {
        (true, 0) => format!("{qualified}() takes no arguments ({n} given)"),
        (true, 1) => format!("{qualified}() takes exactly one argument ({n} given)"),
        (true, _) => format!("{name} expected {min} arguments, got {n}"),
        _ if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    }))
}

/// Keyword-or-positional argument lookup for natives with named parameters.
pub fn arg<'a>(args: &Args<'a>, index: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(index).or_else(|| args.kw(name))
}

/// Reject keyword arguments not in `allowed`.
pub fn allow_kwargs(vm: &Vm, fname: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if !allowed.contains(&k) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}
