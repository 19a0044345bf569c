//! `dict` methods and the key/value/item views.

use super::{add_methods, check_method};
use crate::gil::GilCell;
use crate::object::iter::{DictIterKind, IterState};
use crate::object::types::{new_class, types};
use crate::object::{Args, Class, Dict, DictObj, NativeObject, PyResult, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
pub struct DictView {
    pub dict: Arc<DictObj>,
    pub kind: DictIterKind,
}

fn view_classes() -> &'static [Arc<Class>; 3] {
    static CLASSES: OnceLock<[Arc<Class>; 3]> = OnceLock::new();
    CLASSES.get_or_init(|| {
        ["dict_keys", "dict_values", "dict_items"]
            .map(|n| new_class(n, vec![types().object.clone()], false))
    })
}

impl NativeObject for DictView {
    fn class(&self) -> Arc<Class> {
        let i = match self.kind {
            DictIterKind::Keys => 0,
            DictIterKind::Values => 1,
            DictIterKind::Items => 2,
        };
        view_classes()[i].clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.dict,
        &[
            ("__new__", dict_new),
            ("__init__", dict_init),
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("pop", pop),
            ("popitem", popitem),
            ("setdefault", setdefault),
            ("update", update),
            ("copy", copy),
            ("clear", clear),
        ],
    );
    // A class method: `dict.fromkeys(it)` and `d.fromkeys(it)` both get the class.
    t.dict.dict.get_mut(&mut vm.py).set(
        "fromkeys",
        Value::Descriptor(Arc::new(crate::object::Descriptor::ClassMethod(
            super::native("fromkeys", fromkeys),
        ))),
    );
    for c in view_classes() {
        add_methods(
            vm,
            c,
            &[
                ("__iter__", view_iter),
                ("__reversed__", view_reversed),
                ("__len__", view_len),
                ("__repr__", view_repr),
                ("__contains__", view_contains),
                ("__eq__", view_eq),
            ],
        );
    }
    // Keys and items views are set-like: the set operators and comparisons work on
    // them (with a set or another view), giving sets.
    for c in &view_classes()[..1] {
        add_set_like(vm, c);
    }
    add_set_like(vm, &view_classes()[2]);
}

fn dict_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Arc<DictObj>> {
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

/// Fill `d` from a mapping or an iterable of pairs, then from keyword arguments.
fn fill(vm: &mut Vm, d: &Arc<DictObj>, src: Option<&Value>, args: &Args) -> PyResult<()> {
    if let Some(src) = src {
        let target = Value::Dict(d.clone());
        let is_mapping = matches!(src, Value::Dict(_)) || vm.get_attr_opt(src, "keys")?.is_some();
        if is_mapping {
            vm.dict_update(&target, src, false)?;
        } else {
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(pair) = vm.next(&it)? {
                let kv = vm.collect(&pair).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        kv.len()
                    )));
                }
                let k = vm.key_in(d, kv[0].clone())?;
                d.get_mut(&mut vm.py).insert(k, kv[1].clone());
                i += 1;
            }
        }
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let key = vm.key_in(d, k.clone())?;
        d.get_mut(&mut vm.py).insert(key, v.clone());
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let d = Arc::new(GilCell::new(Dict::new()));
    fill(vm, &d, args.pos.get(1), &args)?;
    Ok(Value::Dict(d))
}

/// `dict.__init__(mapping_or_pairs=(), **kw)`: fill the dict (from subclasses' `__init__`).
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let d = dict_of(vm, &args)?.clone();
    fill(vm, &d, args.pos.get(1), &args)?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "get", &args, 1, 2)?;
    let d = dict_of(vm, &args)?;
    let k = vm.key_in(d, args.pos[1].clone())?;
    Ok(d.get(&vm.py)
        .get(&k)
        .cloned()
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, kind: DictIterKind) -> PyResult<Value> {
    check_method(vm, "keys", &args, 0, 0)?;
    let d = dict_of(vm, &args)?;
    Ok(Value::native(DictView {
        dict: d.clone(),
        kind,
    }))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictIterKind::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictIterKind::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictIterKind::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "pop", &args, 1, 2)?;
    let d = dict_of(vm, &args)?;
    let k = vm.key_in(d, args.pos[1].clone())?;
    match d.get_mut(&mut vm.py).remove(&k) {
        Some(v) => Ok(v),
        None => args
            .pos
            .get(2)
            .cloned()
            .ok_or_else(|| vm.key_error(args.pos[1].clone())),
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "popitem", &args, 0, 0)?;
    let d = dict_of(vm, &args)?;
    match d.get_mut(&mut vm.py).pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "setdefault", &args, 1, 2)?;
    let d = dict_of(vm, &args)?;
    let k = vm.key_in(d, args.pos[1].clone())?;
    if let Some(v) = d.get(&vm.py).get(&k) {
        return Ok(v.clone());
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    d.get_mut(&mut vm.py).insert(k, v.clone());
    Ok(v)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let d = dict_of(vm, &args)?.clone();
    fill(vm, &d, args.pos.get(1), &args)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "copy", &args, 0, 0)?;
    let d = dict_of(vm, &args)?;
    Ok(Value::dict(d.get(&vm.py).clone()))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "clear", &args, 0, 0)?;
    dict_of(vm, &args)?.get_mut(&mut vm.py).clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, rest) = match args.pos.split_first() {
        Some((Value::Class(c), rest)) => (c.clone(), rest),
        _ => return Err(vm.type_error("descriptor 'fromkeys' requires a type")),
    };
    if rest.is_empty() || rest.len() > 2 {
        return Err(vm.type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            rest.len()
        )));
    }
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect(&rest[0])?;
    if !Arc::ptr_eq(&cls, &types().dict) {
        // A subclass (OrderedDict, Counter, ...): an instance of it, filled item by item.
        let d = vm.call0(&Value::Class(cls), &[])?;
        for k in keys {
            vm.setitem(&d, k, value.clone())?;
        }
        return Ok(d);
    }
    let mut d = Dict::new();
    for k in keys {
        let key = vm.key_in_local(&d, k)?;
        d.insert(key, value.clone());
    }
    Ok(Value::dict(d))
}

fn view_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a DictView> {
    match args.pos.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<DictView>()
            .ok_or_else(|| vm.type_error("expected a dict view")),
        _ => Err(vm.type_error("expected a dict view")),
    }
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let size = v.dict.get(&vm.py).len();
    Ok(Value::iterator(IterState::Dict {
        dict: v.dict.clone(),
        index: 0,
        size,
        kind: v.kind,
    }))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = view_iter(vm, args)?;
    let mut items = vm.collect(&it)?;
    items.reverse();
    vm.iter(&Value::list(items))
}

fn add_set_like(vm: &mut Vm, c: &Arc<Class>) {
    add_methods(
        vm,
        c,
        &[
            ("__and__", |vm, a| view_set_op(vm, a, "__and__", false)),
            ("__rand__", |vm, a| view_set_op(vm, a, "__and__", true)),
            ("__or__", |vm, a| view_set_op(vm, a, "__or__", false)),
            ("__ror__", |vm, a| view_set_op(vm, a, "__or__", true)),
            ("__sub__", |vm, a| view_set_op(vm, a, "__sub__", false)),
            ("__rsub__", |vm, a| view_set_op(vm, a, "__sub__", true)),
            ("__xor__", |vm, a| view_set_op(vm, a, "__xor__", false)),
            ("__rxor__", |vm, a| view_set_op(vm, a, "__xor__", true)),
            ("__lt__", |vm, a| view_set_op(vm, a, "__lt__", false)),
            ("__le__", |vm, a| view_set_op(vm, a, "__le__", false)),
            ("__gt__", |vm, a| view_set_op(vm, a, "__gt__", false)),
            ("__ge__", |vm, a| view_set_op(vm, a, "__ge__", false)),
            ("isdisjoint", view_isdisjoint),
        ],
    );
}

/// The view's items as a set.
fn view_as_set(vm: &mut Vm, view: &Value) -> PyResult<Value> {
    let it = view_iter(vm, Args::new(std::slice::from_ref(view)))?;
    let items = vm.collect(&it)?;
    vm.new_set(items, false)
}

/// `view op other` (or `other op view` when `reflected`), computed on sets. The other
/// operand must be iterable (CPython accepts any iterable for the operators, and only
/// sets and views for the comparisons).
fn view_set_op(vm: &mut Vm, args: Args, op: &str, reflected: bool) -> PyResult<Value> {
    check_method(vm, op, &args, 1, 1)?;
    let other = args.pos[1].clone();
    let comparison = matches!(op, "__lt__" | "__le__" | "__gt__" | "__ge__");
    let set_like = matches!(other, Value::Set(_))
        || matches!(&other, Value::Native(n) if n.as_any().downcast_ref::<DictView>().is_some());
    if comparison && !set_like {
        return Ok(Value::NotImplemented);
    }
    let mine = view_as_set(vm, &args.pos[0])?;
    let theirs = match vm.iter(&other) {
        Ok(it) => {
            let items = vm.collect(&it)?;
            vm.new_set(items, false)?
        }
        Err(_) => return Ok(Value::NotImplemented),
    };
    let (a, b) = if reflected {
        (theirs, mine)
    } else {
        (mine, theirs)
    };
    vm.call_method(&a, op, &[b])
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "isdisjoint", &args, 1, 1)?;
    let mine = view_as_set(vm, &args.pos[0])?;
    vm.call_method(&mine, "isdisjoint", &args.pos[1..2])
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    Ok(Value::Int(v.dict.get(&vm.py).len() as i64))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let (dict, kind) = (v.dict.clone(), v.kind);
    let item = args.pos[1].clone();
    match kind {
        DictIterKind::Keys => {
            let k = vm.key_in(&dict, item)?;
            Ok(Value::Bool(dict.get(&vm.py).contains(&k)))
        }
        _ => {
            let it = view_iter(vm, args)?;
            while let Some(x) = vm.next(&it)? {
                if vm.eq(&x, &item)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

/// `keys()` and `items()` compare equal to sets (and views) with the same members;
/// `values()` only to itself.
fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let kind = v.kind;
    let other = args.pos[1].clone();
    let other_is_setlike = match &other {
        Value::Set(_) => true,
        Value::Native(n) => n
            .as_any()
            .downcast_ref::<DictView>()
            .is_some_and(|o| o.kind != DictIterKind::Values),
        _ => false,
    };
    if kind == DictIterKind::Values || !other_is_setlike {
        return Ok(if args.pos[0].is(&other) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        });
    }
    let mine = view_iter(vm, Args::new(&args.pos[..1]))?;
    let mine = vm.collect(&mine)?;
    let mine = vm.new_set(mine, true)?;
    let theirs = vm.collect(&other)?;
    let theirs = vm.new_set(theirs, true)?;
    Ok(Value::Bool(vm.eq(&mine, &theirs)?))
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = view_of(vm, &args)?;
    let name = v.class().name.clone();
    let it = view_iter(vm, args)?;
    let items = vm.collect(&it)?;
    let inner = vm.repr(&Value::list(items))?;
    Ok(Value::from_string(format!("{name}({inner})")))
}
