//! `bytearray` methods. The object itself is [`ByteArray`] (a native object holding its
//! bytes in a `GilCell`). The methods it shares with bytes (find, split, upper, hex, ...)
//! are bytes's own, which take a bytearray as `self`; their bytes results are turned
//! into bytearrays here. The mutating methods and the special methods are its own.

use super::str::{byte_value, bytes_from_source};
use super::{add_methods, check_method};
use crate::object::bytearray::ByteArray;
use crate::object::types::types;
use crate::object::{Args, Descriptor, NativeFn, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

/// Wrappers calling the bytes method of the same name and converting its result.
macro_rules! via_bytes {
    ($($name:ident),* $(,)?) => {
        mod via {
            use crate::object::{Args, PyResult, Value};
            use crate::vm::Vm;
            $(
                pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                    let r = super::super::bytes::$name(vm, args)?;
                    Ok(super::to_bytearray(r))
                }
            )*
        }
        const SHARED: &[(&str, NativeFn)] = &[$((stringify!($name), via::$name)),*];
    };
}

via_bytes!(
    find,
    rfind,
    index,
    rindex,
    count,
    startswith,
    endswith,
    split,
    rsplit,
    splitlines,
    join,
    strip,
    lstrip,
    rstrip,
    replace,
    upper,
    lower,
    capitalize,
    title,
    swapcase,
    isdigit,
    isalpha,
    isalnum,
    isspace,
    isupper,
    islower,
    istitle,
    isascii,
    hex,
    fromhex,
    partition,
    rpartition,
    center,
    ljust,
    rjust,
    zfill,
    expandtabs,
    removeprefix,
    removesuffix,
);

pub fn install(vm: &mut Vm) {
    let t = types();
    let shared: Vec<_> = SHARED
        .iter()
        .filter(|(n, _)| *n != "fromhex")
        .copied()
        .collect();
    add_methods(vm, &t.bytearray, &shared);
    add_methods(
        vm,
        &t.bytearray,
        &[
            ("__new__", new),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", iter),
            ("__contains__", contains),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__mod__", modulo),
            ("__repr__", repr),
            ("__str__", repr),
            ("decode", super::str::decode),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("clear", clear),
            ("reverse", reverse),
            ("copy", copy),
        ],
    );
    let fromhex = SHARED.iter().find(|(n, _)| *n == "fromhex").map(|m| m.1);
    let d = t.bytearray.dict.get_mut(&mut vm.py);
    if let Some(f) = fromhex {
        let m = Descriptor::ClassMethod(super::native("fromhex", f));
        d.set("fromhex", Value::Descriptor(Arc::new(m)));
    }
    d.set("__hash__", Value::None);
}

/// A bytes result (or a list or tuple of them) as bytearrays; anything else as it is.
fn to_bytearray(v: Value) -> Value {
    match v {
        Value::Bytes(b) => Value::bytearray((*b).clone()),
        Value::List(l) => {
            // A list made just now by the bytes method: nobody else holds it.
            let items = match Arc::try_unwrap(l) {
                Ok(mut cell) => std::mem::take(cell.get_exclusive()),
                Err(l) => return Value::List(l),
            };
            Value::list(items.into_iter().map(to_bytearray).collect())
        }
        Value::Tuple(t) => Value::tuple(t.iter().cloned().map(to_bytearray).collect()),
        other => other,
    }
}

/// The bytearray receiver of a method.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ByteArray> {
    match args.pos.first() {
        Some(v) => v.as_bytearray().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
                v.type_name()
            ))
        }),
        None => Err(vm.type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_from_source(vm, &args, "bytearray")?;
    Ok(Value::bytearray(data))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__len__", &args, 0, 0)?;
    let b = this(vm, &args, "__len__")?;
    Ok(Value::Int(b.data.get(&vm.py).len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__getitem__", &args, 1, 1)?;
    let b = this(vm, &args, "__getitem__")?;
    let n = b.data.get(&vm.py).len();
    match &args.pos[1] {
        Value::Slice(s) => {
            let pos = vm.slice_positions(s, n)?;
            let data = b.data.get(&vm.py);
            Ok(Value::bytearray(pos.into_iter().map(|i| data[i]).collect()))
        }
        key => {
            let i = vm.seq_index(key, n, "bytearray")?;
            Ok(Value::Int(b.data.get(&vm.py)[i] as i64))
        }
    }
}

const ASSIGN_ERROR: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__setitem__", &args, 2, 2)?;
    let b = this(vm, &args, "__setitem__")?;
    let n = b.data.get(&vm.py).len();
    let value = &args.pos[2];
    let Value::Slice(s) = &args.pos[1] else {
        let i = vm.seq_index(&args.pos[1], n, "bytearray")?;
        let c = byte_value(vm, value, "bytearray")?;
        b.data.get_mut(&mut vm.py)[i] = c;
        return Ok(Value::None);
    };
    let new = match value.bytes_like(&vm.py) {
        Some(v) => (*v).clone(),
        None if matches!(
            value,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)
        ) =>
        {
            return Err(vm.type_error(ASSIGN_ERROR))
        }
        None => {
            let items = vm.collect(value).map_err(|e| {
                if e.matches(&types().exc.type_error) {
                    vm.type_error(ASSIGN_ERROR)
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item, "bytearray")?);
            }
            out
        }
    };
    let (start, stop, step) = vm.slice_indices(s, n)?;
    if step == 1 {
        let stop = stop.max(start);
        b.data
            .get_mut(&mut vm.py)
            .splice(start as usize..stop as usize, new);
        return Ok(Value::None);
    }
    let pos = vm.slice_positions(s, n)?;
    if pos.len() != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            pos.len()
        )));
    }
    let data = b.data.get_mut(&mut vm.py);
    for (p, c) in pos.into_iter().zip(new) {
        data[p] = c;
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__delitem__", &args, 1, 1)?;
    let b = this(vm, &args, "__delitem__")?;
    let n = b.data.get(&vm.py).len();
    match &args.pos[1] {
        Value::Slice(s) => {
            let mut doomed = vec![false; n];
            for p in vm.slice_positions(s, n)? {
                doomed[p] = true;
            }
            let mut i = 0;
            b.data.get_mut(&mut vm.py).retain(|_| {
                i += 1;
                !doomed[i - 1]
            });
        }
        key => {
            let i = vm.seq_index(key, n, "bytearray")?;
            b.data.get_mut(&mut vm.py).remove(i);
        }
    }
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__iter__", &args, 0, 0)?;
    this(vm, &args, "__iter__")?;
    vm.iter(&args.pos[0])
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__contains__", &args, 1, 1)?;
    let b = this(vm, &args, "__contains__")?;
    let item = &args.pos[1];
    if let Some(sub) = item.bytes_like(&vm.py) {
        let data = b.data.get(&vm.py);
        let found = sub.is_empty() || data.windows(sub.len()).any(|w| w == &sub[..]);
        return Ok(Value::Bool(found));
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) = item {
        let c = byte_value(vm, item, "bytearray")?;
        return Ok(Value::Bool(b.data.get(&vm.py).contains(&c)));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        item.type_name()
    )))
}

/// A comparison with a bytes or bytearray (NotImplemented for anything else).
fn compare(
    vm: &mut Vm,
    args: Args,
    name: &str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 1)?;
    let b = this(vm, &args, name)?;
    let Some(other) = args.pos[1].bytes_like(&vm.py) else {
        return Ok(Value::NotImplemented);
    };
    let ord = b.data.get(&vm.py)[..].cmp(&other[..]);
    Ok(Value::Bool(test(ord)))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

/// The bytes of the right operand of `+`/`+=`, else "can't concat T to bytearray".
fn concat_operand(vm: &Vm, v: &Value) -> PyResult<Arc<Vec<u8>>> {
    v.bytes_like(&vm.py)
        .ok_or_else(|| vm.type_error(format!("can't concat {} to bytearray", v.type_name())))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__add__", &args, 1, 1)?;
    let b = this(vm, &args, "__add__")?;
    // An instance may define the reflected operator.
    if matches!(args.pos[1], Value::Instance(_)) {
        return Ok(Value::NotImplemented);
    }
    let other = concat_operand(vm, &args.pos[1])?;
    let mut out = b.data.get(&vm.py).clone();
    out.extend_from_slice(&other);
    Ok(Value::bytearray(out))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__iadd__", &args, 1, 1)?;
    let b = this(vm, &args, "__iadd__")?;
    let other = concat_operand(vm, &args.pos[1])?;
    b.data.get_mut(&mut vm.py).extend_from_slice(&other);
    Ok(args.pos[0].clone())
}

/// A repeat count: an int (negative counts as zero).
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            Ok(Some(vm.index_value(v)?.max(0) as usize))
        }
        _ => Ok(None),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__mul__", &args, 1, 1)?;
    let b = this(vm, &args, "__mul__")?;
    let Some(k) = repeat_count(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            args.pos[1].type_name()
        )));
    };
    Ok(Value::bytearray(b.data.get(&vm.py).repeat(k)))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__imul__", &args, 1, 1)?;
    let b = this(vm, &args, "__imul__")?;
    let k = vm.index_value(&args.pos[1])?.max(0) as usize;
    let data = b.data.get_mut(&mut vm.py);
    *data = data.repeat(k);
    Ok(args.pos[0].clone())
}

fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__mod__", &args, 1, 1)?;
    let b = this(vm, &args, "__mod__")?;
    let fmt = Value::Bytes(Arc::new(b.data.get(&vm.py).clone()));
    let r = vm.percent_format(&fmt, &args.pos[1])?;
    Ok(to_bytearray(r))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__repr__", &args, 0, 0)?;
    let b = this(vm, &args, "__repr__")?;
    let mut inner = crate::vm::bytes_repr(b.data.get(&vm.py));
    // CPython's bytearray repr escapes single quotes even inside double ones.
    if inner.starts_with("b\"") {
        inner = inner.replace('\'', "\\'");
    }
    Ok(Value::from_string(format!("bytearray({inner})")))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "append", &args, 1, 1)?;
    let b = this(vm, &args, "append")?;
    let c = byte_value(vm, &args.pos[1], "bytearray")?;
    b.data.get_mut(&mut vm.py).push(c);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "extend", &args, 1, 1)?;
    let b = this(vm, &args, "extend")?;
    let src = &args.pos[1];
    let new = match src.bytes_like(&vm.py) {
        Some(v) => (*v).clone(),
        None => {
            let it = vm.iter(src).map_err(|e| {
                if e.matches(&types().exc.type_error) {
                    vm.type_error(format!("can't extend bytearray with {}", src.type_name()))
                } else {
                    e
                }
            })?;
            let mut out = vec![];
            while let Some(item) = vm.next(&it)? {
                out.push(byte_value(vm, &item, "bytearray")?);
            }
            out
        }
    };
    b.data.get_mut(&mut vm.py).extend_from_slice(&new);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "insert", &args, 2, 2)?;
    let b = this(vm, &args, "insert")?;
    let i = vm.index_value(&args.pos[1])?;
    let c = byte_value(vm, &args.pos[2], "bytearray")?;
    let data = b.data.get_mut(&mut vm.py);
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(at as usize, c);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "pop", &args, 0, 1)?;
    let b = this(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let n = b.data.get(&vm.py).len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    let c = b.data.get_mut(&mut vm.py).remove(j as usize);
    Ok(Value::Int(c as i64))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "remove", &args, 1, 1)?;
    let b = this(vm, &args, "remove")?;
    let c = byte_value(vm, &args.pos[1], "bytearray")?;
    let data = b.data.get_mut(&mut vm.py);
    match data.iter().position(|&x| x == c) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "clear", &args, 0, 0)?;
    let b = this(vm, &args, "clear")?;
    b.data.get_mut(&mut vm.py).clear();
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "reverse", &args, 0, 0)?;
    let b = this(vm, &args, "reverse")?;
    b.data.get_mut(&mut vm.py).reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "copy", &args, 0, 0)?;
    let b = this(vm, &args, "copy")?;
    Ok(Value::bytearray(b.data.get(&vm.py).clone()))
}
