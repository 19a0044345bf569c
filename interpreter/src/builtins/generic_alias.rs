//! `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): the objects that
//! annotations in modern programs evaluate to. They print as CPython prints them, expose
//! `__origin__`/`__args__`, and a union works with `isinstance`.

use super::add_methods;
use crate::object::pystr::intern;
use crate::object::types::{new_class, types};
use crate::object::{Args, Class, NativeObject, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// `origin[args]` for a built-in class.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

/// `a | b | ...` of types.
pub struct UnionType {
    pub args: Vec<Value>,
}

fn alias_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| types_class("GenericAlias"))
}

fn union_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| types_class("UnionType"))
}

fn types_class(name: &str) -> Arc<Class> {
    new_class(name, vec![types().object.clone()], false)
}

impl NativeObject for GenericAlias {
    fn class(&self) -> Arc<Class> {
        alias_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, _vm: &mut Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        match name.as_str() {
            "__origin__" => Some(Ok(self.origin.clone())),
            "__args__" => Some(Ok(Value::tuple(self.args.clone()))),
            "__parameters__" => Some(Ok(Value::tuple(vec![]))),
            _ => None,
        }
    }
}

impl NativeObject for UnionType {
    fn class(&self) -> Arc<Class> {
        union_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, _vm: &mut Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        match name.as_str() {
            "__args__" => Some(Ok(Value::tuple(self.args.clone()))),
            "__parameters__" => Some(Ok(Value::tuple(vec![]))),
            _ => None,
        }
    }
}

pub fn install(vm: &mut Vm) {
    for c in [alias_class(), union_class()] {
        c.dict
            .get_mut(&mut vm.py)
            .set("__module__", Value::str("types"));
    }
    add_methods(
        vm,
        alias_class(),
        &[
            ("__repr__", alias_repr),
            ("__eq__", alias_eq),
            ("__hash__", alias_hash),
            ("__call__", alias_call),
            ("__or__", union_or),
            ("__ror__", union_ror),
        ],
    );
    add_methods(
        vm,
        union_class(),
        &[
            ("__repr__", union_repr),
            ("__eq__", union_eq),
            ("__hash__", union_hash),
            ("__or__", union_or),
            ("__ror__", union_ror),
        ],
    );
}

/// `cls[args]` for a built-in class (`list[int]`, `dict[str, int]`).
pub fn alias(origin: Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    Value::native(GenericAlias { origin, args })
}

fn as_alias(v: &Value) -> Option<&GenericAlias> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<GenericAlias>(),
        _ => None,
    }
}

fn as_union(v: &Value) -> Option<&UnionType> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<UnionType>(),
        _ => None,
    }
}

/// Whether `v` may be a member of a `|` union: a class, None, an alias or a union.
pub fn unionable(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None) || as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` for types: a flat union without repeats; one member alone is itself.
pub fn union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let mut args: Vec<Value> = vec![];
    for side in [a, b] {
        let members = match as_union(side) {
            Some(u) => u.args.clone(),
            None => vec![match side {
                Value::None => Value::Class(types().none_type.clone()),
                other => other.clone(),
            }],
        };
        for m in members {
            let mut seen = false;
            for x in &args {
                seen = seen || x.is(&m) || vm.eq(x, &m)?;
            }
            if !seen {
                args.push(m);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or(Value::None));
    }
    Ok(Value::native(UnionType { args }))
}

/// How a type shows inside an alias or union (CPython's `_Py_typing_type_repr`).
fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) if Arc::ptr_eq(c, &types().none_type) => Ok("None".into()),
        Value::Class(c) => {
            let module = c.dict.get(&vm.py).get_str(&intern("__module__")).cloned();
            Ok(match module {
                Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}", m, c.qualname),
                _ => c.qualname.to_string(),
            })
        }
        other => vm.repr(other),
    }
}

fn alias_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(a) = as_alias(&args.pos[0]) else {
        return Ok(Value::NotImplemented);
    };
    let (origin, items) = (a.origin.clone(), a.args.clone());
    let mut parts = vec![];
    for item in &items {
        parts.push(match item {
            Value::Tuple(t) if t.is_empty() => "()".to_string(),
            Value::List(l) => {
                let inner = l.get(&vm.py).clone();
                let mut names = vec![];
                for x in &inner {
                    names.push(type_repr(vm, x)?);
                }
                format!("[{}]", names.join(", "))
            }
            other => type_repr(vm, other)?,
        });
    }
    if parts.is_empty() {
        parts.push("()".into());
    }
    let head = type_repr(vm, &origin)?;
    Ok(Value::from_string(format!("{head}[{}]", parts.join(", "))))
}

fn union_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(u) = as_union(&args.pos[0]) else {
        return Ok(Value::NotImplemented);
    };
    let items = u.args.clone();
    let mut parts = vec![];
    for item in &items {
        parts.push(type_repr(vm, item)?);
    }
    Ok(Value::from_string(parts.join(" | ")))
}

fn alias_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (as_alias(&args.pos[0]), args.pos.get(1).and_then(as_alias)) else {
        return Ok(Value::NotImplemented);
    };
    let (oa, ob) = (a.origin.clone(), b.origin.clone());
    let (xa, xb) = (Value::tuple(a.args.clone()), Value::tuple(b.args.clone()));
    Ok(Value::Bool(vm.eq(&oa, &ob)? && vm.eq(&xa, &xb)?))
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (as_union(&args.pos[0]), args.pos.get(1).and_then(as_union)) else {
        return Ok(Value::NotImplemented);
    };
    // Order does not matter: `int | str == str | int`.
    let (xa, xb) = (a.args.clone(), b.args.clone());
    if xa.len() != xb.len() {
        return Ok(Value::Bool(false));
    }
    for x in &xa {
        let mut found = false;
        for y in &xb {
            found = found || vm.eq(x, y)?;
        }
        if !found {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn alias_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(a) = as_alias(&args.pos[0]) else {
        return Ok(Value::Int(0));
    };
    let (o, x) = (a.origin.clone(), Value::tuple(a.args.clone()));
    let h = vm.hash(&o)? ^ vm.hash(&x)?;
    Ok(Value::Int(h))
}

fn union_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(u) = as_union(&args.pos[0]) else {
        return Ok(Value::Int(0));
    };
    let mut h = 0i64;
    for x in u.args.clone() {
        h ^= vm.hash(&x)?;
    }
    Ok(Value::Int(h))
}

fn alias_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(a) = as_alias(&args.pos[0]) else {
        return Ok(Value::NotImplemented);
    };
    let origin = a.origin.clone();
    vm.call(
        &origin,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        },
    )
}

fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(b) if unionable(b) => union(vm, &args.pos[0], b),
        _ => Ok(Value::NotImplemented),
    }
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(b) if unionable(b) => union(vm, b, &args.pos[0]),
        _ => Ok(Value::NotImplemented),
    }
}

/// The members of a union, for isinstance/issubclass.
pub fn union_members(v: &Value) -> Option<Vec<Value>> {
    as_union(v).map(|u| u.args.clone())
}

/// Whether `v` is a parameterized generic (isinstance refuses those).
pub fn is_alias(v: &Value) -> bool {
    as_alias(v).is_some()
}
