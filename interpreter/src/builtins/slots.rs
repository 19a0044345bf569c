//! The special methods of the built-in types (`int.__add__`, `list.__len__`, ...), so that
//! `(5).__add__(3)`, `[].__len__()` and `dir([])` work as in CPython. Each is a thin
//! native that calls the VM's own operation; the VM itself never looks these up for
//! built-in values (it dispatches on the value directly), so they cost nothing on the
//! fast paths. Binary operators return NotImplemented for operands they do not handle,
//! as CPython's do.

use super::{add_methods, check_method};
use crate::object::types::types;
use crate::object::{Args, NativeFn, PyResult, Value};
use crate::vm::Vm;

/// Apply BINARY_OP `op` (reflected: with the operands swapped); a TypeError becomes
/// NotImplemented.
fn binary(vm: &mut Vm, args: &Args, name: &str, op: u32, reflected: bool) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    let (this, other) = (unwrap_base(&args.pos[0]), unwrap_base(&args.pos[1]));
    // A built-in type's method handles built-in values only (the other operand's own
    // methods are the VM's business), and int's leave floats to float's.
    let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
    if user(&this) || user(&other) || int_with_float(&this, &other) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected {
        (&other, &this)
    } else {
        (&this, &other)
    };
    match vm.binary_op(a, b, op) {
        Err(e) if e.matches(&types().exc.type_error) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// An int method given a float: CPython's int slots return NotImplemented (the float's
/// reflected method does the work).
fn int_with_float(receiver: &Value, other: &Value) -> bool {
    let other_float = match other {
        Value::Float(_) => true,
        Value::Instance(i) => matches!(i.base, Some(Value::Float(_))),
        _ => false,
    };
    other_float && matches!(receiver, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// The built-in value an instance of a subclass of a built-in type extends.
fn unwrap_base(v: &Value) -> Value {
    match v {
        Value::Instance(i) if i.base.is_some() => i.base.clone().unwrap(),
        other => other.clone(),
    }
}

fn compare(vm: &mut Vm, args: &Args, name: &str, op: u32) -> PyResult<Value> {
    check_method(vm, name, args, 1, 1)?;
    // Equality between unrelated built-in types is not decided by either side.
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    // An instance of a subclass of a built-in type compares as its built-in value.
    let (a, b) = (unwrap_base(&args.pos[0]), unwrap_base(&args.pos[1]));
    let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
    if user(&a) || user(&b) || int_with_float(&a, &b) {
        return Ok(Value::NotImplemented);
    }
    if (op == 2 || op == 3)
        && !(numeric(&a) && numeric(&b))
        && !std::sync::Arc::ptr_eq(&a.class(), &b.class())
    {
        return Ok(Value::NotImplemented);
    }
    match vm.compare(&a, &b, op) {
        Err(e) if e.matches(&types().exc.type_error) => Ok(Value::NotImplemented),
        r => r,
    }
}

macro_rules! binary_slots {
    ($( $f:ident, $rf:ident, $name:literal, $rname:literal, $op:expr; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, &args, $name, $op, false)
            }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, &args, $rname, $op, true)
            }
        )*
        /// (name, reflected name, method, reflected method) for every binary operator.
        const BINARY: &[(&str, &str, NativeFn, NativeFn)] = &[ $( ($name, $rname, $f, $rf), )* ];
    };
}

binary_slots! {
    add, radd, "__add__", "__radd__", 0;
    and, rand, "__and__", "__rand__", 1;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", 2;
    lshift, rlshift, "__lshift__", "__rlshift__", 3;
    mul, rmul, "__mul__", "__rmul__", 5;
    modulo, rmodulo, "__mod__", "__rmod__", 6;
    or, ror, "__or__", "__ror__", 7;
    pow, rpow, "__pow__", "__rpow__", 8;
    rshift, rrshift, "__rshift__", "__rrshift__", 9;
    sub, rsub, "__sub__", "__rsub__", 10;
    truediv, rtruediv, "__truediv__", "__rtruediv__", 11;
    xor, rxor, "__xor__", "__rxor__", 12;
}

macro_rules! compare_slots {
    ($( $f:ident, $name:literal, $op:expr; )*) => {
        $( fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { compare(vm, &args, $name, $op) } )*
        const COMPARE: &[(&str, NativeFn)] = &[ $( ($name, $f), )* ];
    };
}

compare_slots! {
    lt, "__lt__", 0;
    le, "__le__", 1;
    eq, "__eq__", 2;
    ne, "__ne__", 3;
    gt, "__gt__", 4;
    ge, "__ge__", 5;
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__len__", &args, 0, 0)?;
    Ok(Value::Int(
        super::functions::length(vm, &args.pos[0])? as i64
    ))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__contains__", &args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&args.pos[0], &args.pos[1])?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__getitem__", &args, 1, 1)?;
    vm.getitem(&args.pos[0], &args.pos[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__setitem__", &args, 2, 2)?;
    vm.setitem(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__delitem__", &args, 1, 1)?;
    vm.delitem(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__iter__", &args, 0, 0)?;
    vm.iter(&args.pos[0])
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__hash__", &args, 0, 0)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn boolean(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__bool__", &args, 0, 0)?;
    Ok(Value::Bool(vm.truthy(&args.pos[0])?))
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__neg__", &args, 0, 0)?;
    vm.negate(&args.pos[0])
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__pos__", &args, 0, 0)?;
    vm.positive(&args.pos[0])
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__invert__", &args, 0, 0)?;
    vm.invert(&args.pos[0])
}

/// `__round__`, `__abs__`, `__int__`, `__float__` and `__trunc__` of int and float: the
/// builtin functions applied to the value.
fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = vm.builtin("round");
    vm.call(&f, args)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__abs__", &args, 0, 0)?;
    let f = vm.builtin("abs");
    vm.call(&f, args)
}

fn int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__int__", &args, 0, 0)?;
    super::number::to_int(vm, &args.pos[0])
}

fn float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__float__", &args, 0, 0)?;
    Ok(Value::Float(vm.to_f64(&args.pos[0])?))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__repr__", &args, 0, 0)?;
    Ok(Value::from_string(vm.repr(&args.pos[0])?))
}

fn str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__str__", &args, 0, 0)?;
    vm.str_value(&args.pos[0])
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__format__", &args, 1, 1)?;
    let spec = args.pos[1].as_str().unwrap_or("").to_string();
    Ok(Value::from_string(vm.format(&args.pos[0], &spec)?))
}

pub fn install(vm: &mut Vm) {
    let t = types();
    let number_like = [&t.int, &t.float];
    let sequences = [&t.str, &t.list, &t.tuple, &t.bytes];
    // Only str defines its own __str__: the others print their repr, as in CPython (so a
    // subclass's __repr__ also serves for str()).
    let common: &[(&'static str, NativeFn)] = &[
        ("__hash__", hash),
        ("__repr__", repr),
        ("__format__", format),
    ];
    add_methods(vm, &t.str, &[("__str__", str)]);
    for c in
        number_like
            .into_iter()
            .chain(sequences)
            .chain([&t.dict, &t.set, &t.frozenset, &t.range])
    {
        add_methods(vm, c, COMPARE);
        add_methods(vm, c, common);
        add_methods(vm, c, &[("__bool__", boolean)]);
    }
    for c in number_like {
        for (name, rname, f, rf) in BINARY {
            add_methods(vm, c, &[(name, *f), (rname, *rf)]);
        }
        add_methods(
            vm,
            c,
            &[
                ("__neg__", neg),
                ("__pos__", pos),
                ("__round__", round),
                ("__abs__", abs),
                ("__int__", int),
                ("__trunc__", int),
                ("__float__", float),
            ],
        );
    }
    add_methods(vm, &t.int, &[("__invert__", invert)]);
    let container: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    for c in sequences
        .into_iter()
        .chain([&t.dict, &t.set, &t.frozenset, &t.range])
    {
        add_methods(vm, c, container);
    }
    for c in sequences.into_iter().chain([&t.dict, &t.range]) {
        add_methods(vm, c, &[("__getitem__", getitem)]);
    }
    for c in [&t.list, &t.dict] {
        add_methods(vm, c, &[("__setitem__", setitem), ("__delitem__", delitem)]);
    }
    for c in sequences {
        add_methods(
            vm,
            c,
            &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)],
        );
    }
    add_methods(vm, &t.str, &[("__mod__", modulo)]);
    add_methods(vm, &t.dict, &[("__or__", or)]);
    for c in [&t.set, &t.frozenset] {
        add_methods(
            vm,
            c,
            &[
                ("__or__", or),
                ("__and__", and),
                ("__sub__", sub),
                ("__xor__", xor),
            ],
        );
    }
}
