//! Sequences and sets: `list`, `tuple`, `range`, `set`, `frozenset`, `slice`, and the
//! iterator types `enumerate`, `zip`, `map`, `filter`.

use super::{add_methods, arg, check, check_method, native};
use crate::gil::GilCell;
use crate::object::iter::IterState;
use crate::object::types::{iterator_type, types};
use crate::object::{Args, Class, Descriptor, PyResult, Range, Value};
use crate::vm::Vm;
use std::sync::Arc;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.list,
        &[
            ("__new__", list_new),
            ("__init__", list_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
        ],
    );
    add_methods(
        vm,
        &t.tuple,
        &[("__new__", tuple_new), ("index", index), ("count", count)],
    );
    add_methods(
        vm,
        &t.range,
        &[("__new__", range_new), ("index", index), ("count", count)],
    );
    add_property(vm, &t.range, "start", range_start);
    add_property(vm, &t.range, "stop", range_stop);
    add_property(vm, &t.range, "step", range_step);
    add_methods(
        vm,
        &t.slice,
        &[("__new__", slice_new), ("indices", slice_indices)],
    );
    add_property(vm, &t.slice, "start", slice_start);
    add_property(vm, &t.slice, "stop", slice_stop);
    add_property(vm, &t.slice, "step", slice_step);
    let set_methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
    ];
    add_methods(vm, &t.set, &[("__new__", set_new), ("__init__", set_init)]);
    add_methods(vm, &t.set, set_methods);
    add_methods(vm, &t.frozenset, &[("__new__", frozenset_new)]);
    add_methods(vm, &t.frozenset, set_methods);
    add_methods(
        vm,
        &iterator_type("enumerate"),
        &[("__new__", enumerate_new)],
    );
    add_methods(vm, &iterator_type("zip"), &[("__new__", zip_new)]);
    add_methods(vm, &iterator_type("map"), &[("__new__", map_new)]);
    add_methods(vm, &iterator_type("filter"), &[("__new__", filter_new)]);
    for name in crate::object::types::iterator_names() {
        add_methods(
            vm,
            &iterator_type(name),
            &[("__next__", iterator_next), ("__iter__", iterator_iter)],
        );
    }
    add_methods(
        vm,
        &t.generator,
        &[
            ("__next__", iterator_next),
            ("__iter__", iterator_iter),
            ("send", generator_send),
            ("close", generator_close),
            ("throw", generator_throw),
        ],
    );
}

/// A read-only attribute computed by a native getter.
pub fn add_property(
    vm: &mut Vm,
    class: &Arc<Class>,
    name: &'static str,
    getter: crate::object::NativeFn,
) {
    let prop = Value::Descriptor(Arc::new(Descriptor::Property {
        fget: native(name, getter),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }));
    class.dict.get_mut(&mut vm.py).set(name, prop);
}

fn list_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Arc<crate::object::ListObj>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to this object"
        ))),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "list", &args, 1, 2)?;
    match args.pos.get(1) {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

/// `list.__init__(iterable=())`: (re)fill the list (reached from subclasses' `__init__`).
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__init__", &args, 0, 1)?;
    let l = list_of(vm, &args, "__init__")?.clone();
    let items = match args.pos.get(1) {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    *l.get_mut(&mut vm.py) = items;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "append", &args, 1, 1)?;
    let l = list_of(vm, &args, "append")?;
    l.get_mut(&mut vm.py).push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "extend", &args, 1, 1)?;
    let l = list_of(vm, &args, "extend")?;
    let items = vm.collect(&args.pos[1])?;
    l.get_mut(&mut vm.py).extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "insert", &args, 2, 2)?;
    let l = list_of(vm, &args, "insert")?;
    let i = vm.index_value(&args.pos[1])?;
    let items = l.get_mut(&mut vm.py);
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "pop", &args, 0, 1)?;
    let l = list_of(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let items = l.get_mut(&mut vm.py);
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "remove", &args, 1, 1)?;
    let l = list_of(vm, &args, "remove")?.clone();
    let items = l.get(&vm.py).clone();
    for (i, v) in items.iter().enumerate() {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            let items = l.get_mut(&mut vm.py);
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// The items of a list, tuple or range receiver.
fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.get(&vm.py).clone()),
        Value::Tuple(t) => Ok(t.to_vec()),
        other => vm.collect(other),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "index", &args, 1, 3)?;
    let items = seq_items(vm, &args.pos[0])?;
    let n = items.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                let i = vm.index_value(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = norm(vm, args.pos.get(2), 0)?;
    let stop = norm(vm, args.pos.get(3), n)?;
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = args.pos[0].type_name();
    let msg = match what.as_str() {
        "list" => format!("{} is not in list", vm.repr(&args.pos[1])?),
        "range" => format!("{} is not in range", vm.repr(&args.pos[1])?),
        _ => "tuple.index(x): x not in tuple".to_string(),
    };
    Err(vm.value_error(msg))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "count", &args, 1, 1)?;
    let items = seq_items(vm, &args.pos[0])?;
    let mut n = 0;
    for v in &items {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    super::allow_kwargs(vm, "sort", &args, &["key", "reverse"])?;
    let l = list_of(vm, &args, "sort")?.clone();
    let mut items = std::mem::take(l.get_mut(&mut vm.py));
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let r = super::functions::sort_values(vm, &mut items, args.kw("key"), reverse);
    let modified = !l.get(&vm.py).is_empty();
    *l.get_mut(&mut vm.py) = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "reverse", &args, 0, 0)?;
    list_of(vm, &args, "reverse")?.get_mut(&mut vm.py).reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "copy", &args, 0, 0)?;
    Ok(Value::list(list_of(vm, &args, "copy")?.get(&vm.py).clone()))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "clear", &args, 0, 0)?;
    list_of(vm, &args, "clear")?.get_mut(&mut vm.py).clear();
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "tuple", &args, 1, 2)?;
    match args.pos.get(1) {
        None => Ok(Value::tuple(vec![])),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, "range", &args)?;
    let nums: Vec<Value> = args.pos[1..].to_vec();
    let mut ints = Vec::with_capacity(3);
    for v in &nums {
        match v {
            Value::Int(i) => ints.push(*i),
            Value::Bool(b) => ints.push(*b as i64),
            Value::BigInt(_) => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
            Value::Instance(_) => ints.push(vm.index_value(v)?),
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        }
    }
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        3 => (ints[0], ints[1], ints[2]),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Arc::new(Range { start, stop, step })))
}

fn range_of<'a>(args: &Args<'a>) -> Option<&'a Arc<Range>> {
    match args.pos.first() {
        Some(Value::Range(r)) => Some(r),
        _ => None,
    }
}

fn range_start(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(range_of(&args).map_or(Value::None, |r| Value::Int(r.start)))
}

fn range_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(range_of(&args).map_or(Value::None, |r| Value::Int(r.stop)))
}

fn range_step(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(range_of(&args).map_or(Value::None, |r| Value::Int(r.step)))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "slice", &args, 2, 4)?;
    let p = &args.pos[1..];
    let (a, b, c) = match p.len() {
        1 => (Value::None, p[0].clone(), Value::None),
        2 => (p[0].clone(), p[1].clone(), Value::None),
        _ => (p[0].clone(), p[1].clone(), p[2].clone()),
    };
    Ok(Value::Slice(Arc::new([a, b, c])))
}

fn slice_part(args: &Args, i: usize) -> Value {
    match args.pos.first() {
        Some(Value::Slice(s)) => s[i].clone(),
        _ => Value::None,
    }
}

fn slice_start(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_part(&args, 0))
}

fn slice_stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_part(&args, 1))
}

fn slice_step(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(slice_part(&args, 2))
}

/// `slice.indices(length)`: (start, stop, step) clamped to a sequence of that length.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "indices", &args, 1, 1)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = vm.index_value(&args.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices(s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "set", &args, 1, 2)?;
    let items = match args.pos.get(1) {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    vm.new_set(items, false)
}

/// `set.__init__(iterable=())`: (re)fill the set.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "__init__", &args, 0, 1)?;
    let s = mutable_set(vm, &args, "__init__")?.clone();
    s.items.get_mut(&mut vm.py).clear();
    if let Some(it) = args.pos.get(1) {
        for v in vm.collect(it)? {
            vm.set_add(&args.pos[0], v)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "frozenset", &args, 1, 2)?;
    let items = match args.pos.get(1) {
        Some(v) => vm.collect(v)?,
        None => vec![],
    };
    vm.new_set(items, true)
}

fn set_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Arc<crate::object::SetObj>> {
    match args.pos.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn mutable_set<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<&'a Arc<crate::object::SetObj>> {
    let s = set_of(vm, args)?;
    if s.frozen {
        return Err(vm.attribute_error(format!("'frozenset' object has no attribute '{name}'")));
    }
    Ok(s)
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "add", &args, 1, 1)?;
    mutable_set(vm, &args, "add")?;
    vm.set_add(&args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "remove", &args, 1, 1)?;
    let s = mutable_set(vm, &args, "remove")?.clone();
    let k = vm.key_in(&s.items, args.pos[1].clone())?;
    if s.items.get_mut(&mut vm.py).remove(&k).is_none() {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "discard", &args, 1, 1)?;
    let s = mutable_set(vm, &args, "discard")?.clone();
    let k = vm.key_in(&s.items, args.pos[1].clone())?;
    s.items.get_mut(&mut vm.py).remove(&k);
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "pop", &args, 0, 0)?;
    let s = mutable_set(vm, &args, "pop")?.clone();
    // The first in CPython's iteration order (its pop scans the table from the start).
    let first = vm.set_items_in_order(&s).into_iter().next();
    match first {
        Some(v) => {
            let key = vm.hash_key(v.clone())?;
            s.items.get_mut(&mut vm.py).remove(&key);
            Ok(v)
        }
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = mutable_set(vm, &args, "clear")?.clone();
    s.items.get_mut(&mut vm.py).clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mutable_set(vm, &args, "update")?;
    for other in &args.pos[1..] {
        for v in vm.collect(other)? {
            vm.set_add(&args.pos[0], v)?;
        }
    }
    Ok(Value::None)
}

/// Apply a set operator (BINARY_OP number) with each argument converted to a set.
fn set_op(vm: &mut Vm, args: Args, op: u32) -> PyResult<Value> {
    let s = set_of(vm, &args)?;
    let mut acc = Value::Set(Arc::new(crate::object::SetObj {
        frozen: s.frozen,
        items: GilCell::new(s.items.get(&vm.py).clone()),
    }));
    for other in &args.pos[1..] {
        let items = vm.collect(other)?;
        let o = vm.new_set(items, false)?;
        acc = vm.binary_op(&acc, &o, op)?;
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_op(vm, args, 7)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_op(vm, args, 1)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_op(vm, args, 10)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_op(vm, args, 12)
}

fn set_compare(vm: &mut Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 1)?;
    let items = vm.collect(&args.pos[1])?;
    let other = vm.new_set(items, false)?;
    vm.compare(&args.pos[0], &other, op)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_compare(vm, args, "issubset", 1)
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_compare(vm, args, "issuperset", 5)
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "isdisjoint", &args, 1, 1)?;
    let s = set_of(vm, &args)?.clone();
    for v in vm.collect(&args.pos[1])? {
        let k = vm.key_in(&s.items, v)?;
        if s.items.get(&vm.py).contains(&k) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_of(vm, &args)?;
    Ok(Value::Set(Arc::new(crate::object::SetObj {
        frozen: s.frozen,
        items: GilCell::new(s.items.get(&vm.py).clone()),
    })))
}

fn new_iter(state: IterState) -> Value {
    Value::iterator(state)
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::allow_kwargs(vm, "enumerate", &args, &["iterable", "start"])?;
    let Some(iterable) = arg(&args, 1, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match arg(&args, 2, "start") {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let inner = vm.iter(iterable)?;
    Ok(new_iter(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::allow_kwargs(vm, "zip", &args, &["strict"])?;
    let mut inners = vec![];
    for v in &args.pos[1..] {
        inners.push(vm.iter(v)?);
    }
    let strict = match args.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(new_iter(IterState::Zip { inners, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut inners = vec![];
    for v in &args.pos[2..] {
        inners.push(vm.iter(v)?);
    }
    Ok(new_iter(IterState::Map {
        func: args.pos[1].clone(),
        inners,
    }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "filter", &args, 3, 3)?;
    let inner = vm.iter(&args.pos[2])?;
    Ok(new_iter(IterState::Filter {
        func: args.pos[1].clone(),
        inner,
    }))
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn iterator_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn generator_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "send", &args, 1, 1)?;
    let Value::Generator(g) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'send' requires a 'generator' object"));
    };
    match vm.gen_send(g, args.pos[1].clone())? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(if ret.is_none() { None } else { Some(ret) })),
    }
}

/// `close()`: raise GeneratorExit at the paused `yield` so `finally` blocks run.
fn generator_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Generator(g) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'close' requires a 'generator' object"));
    };
    let exit = crate::vm::new_exception(&types().exc.generator_exit, vec![]);
    match vm.gen_throw(g, exit) {
        Ok(Ok(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Err(_)) => Ok(Value::None),
        Err(e)
            if e.matches(&types().exc.generator_exit) || e.matches(&types().exc.stop_iteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// `throw(exc)` / `throw(type[, value])`: raise inside the generator; returns the next
/// value it yields.
fn generator_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "throw", &args, 1, 3)?;
    let Value::Generator(g) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'throw' requires a 'generator' object"));
    };
    let exc = match (&args.pos[1], args.pos.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() && !matches!(v, Value::Instance(_)) => {
            vm.call0(&Value::Class(c.clone()), std::slice::from_ref(v))?
        }
        (_, Some(v @ Value::Instance(_))) => v.clone(),
        (t, _) => t.clone(),
    };
    let err = vm.make_exception(exc)?;
    match vm.gen_throw(g, err)? {
        Ok(v) => Ok(v),
        Err(ret) => Err(vm.stop_iteration(if ret.is_none() { None } else { Some(ret) })),
    }
}
