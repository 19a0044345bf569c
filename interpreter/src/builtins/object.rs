//! `object`, `type`, `BaseException`, and the descriptors `property`, `staticmethod`
//! and `classmethod`; plus class creation for `class` statements.

use super::{add_methods, check};
use crate::gil::GilCell;
use crate::object::class::compute_mro;
use crate::object::pystr::intern;
use crate::object::types::types;
use crate::object::{Args, Class, Descriptor, Dict, Instance, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.object,
        &[
            ("__new__", object_new),
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", not_implemented),
            ("__le__", not_implemented),
            ("__gt__", not_implemented),
            ("__ge__", not_implemented),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
        ],
    );
    add_methods(vm, &t.function, &[("__get__", function_get)]);
    add_methods(
        vm,
        &t.type_,
        &[
            ("__new__", type_new),
            ("__init__", type_init),
            ("__call__", type_call),
            ("mro", type_mro),
        ],
    );
    let init_subclass = Value::Descriptor(Arc::new(Descriptor::ClassMethod(super::native(
        "__init_subclass__",
        object_init_subclass,
    ))));
    t.object
        .dict
        .get_mut(&mut vm.py)
        .set("__init_subclass__", init_subclass);
    add_methods(
        vm,
        &t.exc.base_exception,
        &[
            ("__new__", exception_new),
            ("__init__", exception_init),
            ("__str__", exception_str),
            ("__repr__", exception_repr),
            ("with_traceback", exception_with_traceback),
        ],
    );
    add_methods(vm, &t.exc.key_error, &[("__str__", key_error_str)]);
    add_methods(vm, &t.exc.os_error, &[("__str__", os_error_str)]);
    add_methods(
        vm,
        &t.property,
        &[
            ("__new__", property_new),
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
    add_methods(vm, &t.staticmethod, &[("__new__", staticmethod_new)]);
    add_methods(vm, &t.classmethod, &[("__new__", classmethod_new)]);
}

/// Create the class for a `class` statement (or `type(name, bases, dict)`).
pub fn new_user_class(
    vm: &mut Vm,
    name: &str,
    bases: &[Value],
    mut dict: Dict,
    metaclass: Option<Arc<Class>>,
) -> PyResult<Value> {
    let t = types();
    let mut base_classes = Vec::with_capacity(bases.len());
    for b in bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", other.type_name()))
                );
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(t.object.clone());
    }
    // Built-in types a class may extend: its instances then carry a value of that type
    // (`Instance::base`). Others (bool, range, function, ...) cannot be bases, as in CPython.
    let extendable = [
        &t.type_,
        &t.int,
        &t.float,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
    ];
    for b in &base_classes {
        let extends = extendable.iter().any(|e| Arc::ptr_eq(e, b)) || !b.builtin;
        if b.builtin && !b.is_exception && !Arc::ptr_eq(b, &t.object) && !extends {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    // Instances carry at most one built-in value: two different built-in bases conflict.
    let layouts: Vec<&Arc<Class>> = base_classes
        .iter()
        .filter_map(|b| {
            if extendable.iter().any(|e| Arc::ptr_eq(e, b)) {
                Some(b)
            } else {
                b.builtin_base()
            }
        })
        .collect();
    if layouts.windows(2).any(|w| !Arc::ptr_eq(w[0], w[1])) {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    let mro = match compute_mro(&base_classes) {
        Ok(mro) => mro,
        Err(stuck) => {
            let names: Vec<&str> = stuck.iter().map(|b| b.name()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    // __init_subclass__ and __class_getitem__ are class methods even when not
    // decorated, as type.__new__ makes them.
    for name in ["__init_subclass__", "__class_getitem__"] {
        let key = intern(name);
        if let Some(f @ Value::Function(_)) = dict.get_str(&key).cloned() {
            dict.set_str(key, Value::Descriptor(Arc::new(Descriptor::ClassMethod(f))));
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
    let eq = intern("__eq__");
    let hash = intern("__hash__");
    if dict.get_str(&eq).is_some() && dict.get_str(&hash).is_none() {
        dict.set_str(hash, Value::None);
    }
    let qualname = match dict.get_str(&intern("__qualname__")) {
        Some(Value::Str(q)) => q.clone(),
        _ => intern(name),
    };
    let is_exception = base_classes.iter().any(|b| b.is_exception);
    let class = Arc::new(Class {
        name: intern(name),
        qualname,
        bases: base_classes,
        mro,
        dict: GilCell::new(dict),
        is_exception,
        builtin: false,
        hooks: Default::default(),
        metaclass,
    });
    if class.compute_slotted(&vm.py) {
        class.hooks.store(
            crate::object::class::HAS_SLOTS,
            std::sync::atomic::Ordering::Relaxed,
        );
    }
    class.update_hooks(&vm.py);
    let cls = Value::Class(class.clone());
    // Descriptors learn the name they were bound to (PEP 487), before
    // __init_subclass__ runs, as in type.__new__.
    let entries: Vec<(Value, Value)> = class
        .dict
        .get(&vm.py)
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (k.value.clone(), v.clone()))
        .collect();
    for (name, value) in entries {
        if let Some(set_name) = vm.lookup_special(&value, "__set_name__") {
            let bound = vm.bind(set_name, value.clone());
            vm.call0(&bound, &[cls.clone(), name])?;
        }
    }
    Ok(cls)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if cls.is_exception {
        return exception_new(vm, args);
    }
    if args.pos.len() > 1 || args.has_kwargs() {
        let init = cls.lookup(&vm.py, &intern("__init__"));
        let init_is_object = matches!(&init, Some(Value::Builtin(b)) if b.name == "__init__" && std::ptr::fn_addr_eq(b.func, object_init as crate::object::NativeFn));
        if init_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name)));
        }
    }
    Ok(Value::Instance(Arc::new(Instance::new(cls.clone()))))
}

/// `object.__init_subclass__`: accepts no keywords, does nothing.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = match args.pos.first() {
            Some(Value::Class(c)) => c.name.to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kwargs() {
        let cls = args.pos[0].class();
        let new = cls.lookup(&vm.py, &intern("__new__"));
        let new_is_object = matches!(&new, Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, object_new as crate::object::NativeFn));
        let init = cls.lookup(&vm.py, &intern("__init__"));
        let init_is_object = matches!(&init, Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, object_init as crate::object::NativeFn));
        if new_is_object || !init_is_object {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_string(vm.default_repr(&args.pos[0])))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_string(vm.repr(&args.pos[0])?))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__lt__` and the other orderings: no order unless a class defines one.
fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `function.__get__(obj, type=None)`: the function bound to `obj` (itself for None), as
/// attribute access on an instance does.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__get__", &args, 2, 3)?;
    Ok(match &args.pos[1] {
        Value::None => args.pos[0].clone(),
        obj => Value::BoundMethod(Arc::new(crate::object::BoundMethod {
            receiver: obj.clone(),
            func: args.pos[0].clone(),
        })),
    })
}

/// `staticmethod.__get__` / `classmethod.__get__` / `property.__get__`.
pub(crate) fn descriptor_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__get__", &args, 2, 3)?;
    let Value::Descriptor(d) = &args.pos[0] else {
        return Err(vm.type_error("descriptor '__get__' needs a descriptor"));
    };
    let obj = args.pos[1].clone();
    let owner = match args.pos.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Class(obj.class()),
    };
    Ok(match &**d {
        Descriptor::StaticMethod(f) => f.clone(),
        Descriptor::ClassMethod(f) => Value::BoundMethod(Arc::new(crate::object::BoundMethod {
            receiver: owner,
            func: f.clone(),
        })),
        Descriptor::Property { fget, .. } => {
            if obj.is_none() {
                return Ok(args.pos[0].clone());
            }
            let fget = fget.clone();
            return vm.call0(&fget, &[obj]);
        }
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let eq = vm.eq(&args.pos[0], &args.pos[1])?;
    Ok(Value::Bool(!eq))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int((args.pos[0].ptr().unwrap_or(0) >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__setattr__", &args, 3, 3)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match &args.pos[0] {
        Value::Instance(i) => {
            let (obj, i) = (args.pos[0].clone(), i.clone());
            vm.instance_setattr_generic(&obj, &i, &intern(name.as_str()), args.pos[2].clone())?;
            Ok(Value::None)
        }
        other => {
            let other = other.clone();
            vm.set_attr(&other, &intern(name.as_str()), args.pos[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__getattribute__", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.get_attr(&args.pos[0], &intern(name.as_str()))
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__delattr__", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match &args.pos[0] {
        Value::Instance(i) => {
            let (obj, i) = (args.pos[0].clone(), i.clone());
            vm.instance_delattr_generic(&obj, &i, &intern(name.as_str()))?;
        }
        other => {
            let other = other.clone();
            vm.del_attr(&other, &intern(name.as_str()))?;
        }
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "__format__", &args, 2, 2)?;
    let spec = args.pos[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            args.pos[0].type_name()
        )));
    }
    Ok(Value::from_string(vm.str(&args.pos[0])?))
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 => Ok(Value::Class(args.pos[1].class())),
        4 => {
            let Value::Str(name) = &args.pos[1] else {
                return Err(vm.type_error("type.__new__() argument 1 must be str"));
            };
            let bases = match &args.pos[2] {
                Value::Tuple(t) => t.to_vec(),
                _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple")),
            };
            let Value::Dict(d) = &args.pos[3] else {
                return Err(vm.type_error("type.__new__() argument 3 must be dict"));
            };
            let mut dict = d.get(&vm.py).clone();
            if dict.get_str(&intern("__module__")).is_none() {
                dict.set("__module__", Value::str("__main__"));
            }
            // `type(name, bases, ns)` with a base whose metaclass is M: M makes it.
            if let Value::Class(m) = &args.pos[0] {
                if Arc::ptr_eq(m, &types().type_) {
                    let winner = bases
                        .iter()
                        .map(|b| b.class())
                        .filter(|c| !Arc::ptr_eq(c, &types().type_))
                        .reduce(|a, b| if b.is_subclass(&a) { b } else { a });
                    if let Some(w) = winner {
                        let pos = [
                            args.pos[1].clone(),
                            args.pos[2].clone(),
                            args.pos[3].clone(),
                        ];
                        return vm.call(
                            &Value::Class(w),
                            Args {
                                pos: &pos,
                                kwnames: args.kwnames,
                                kwvals: args.kwvals,
                            },
                        );
                    }
                }
            }
            // `type.__new__(M, ...)` from a metaclass M makes a class whose type is M.
            let metaclass = match &args.pos[0] {
                Value::Class(m) if !Arc::ptr_eq(m, &types().type_) => Some(m.clone()),
                _ => None,
            };
            let classcell = dict.remove_str(&intern("__classcell__"));
            let cls = new_user_class(vm, name.as_str(), &bases, dict, metaclass)?;
            if let Some(Value::Cell(c)) = classcell {
                *c.get_mut(&mut vm.py) = cls.clone();
            }
            super::functions::init_subclass(vm, &cls, args.kwnames, args.kwvals)?;
            Ok(cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__`: the class was made whole by `type.__new__`; a metaclass's
/// `super().__init__(name, bases, ns)` lands here.
fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, ...)`: make an instance (`__new__`, then `__init__`). A
/// metaclass's `__call__` reaches it through `super().__call__(...)`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    let cls = cls.clone();
    vm.instantiate_plain(
        &cls,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        },
    )
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.pos.first() else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let mut items = vec![Value::Class(c.clone())];
    items.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
    Ok(Value::list(items))
}

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    // `OSError(errno, strerror)` makes the subclass for that errno, as in CPython.
    let mut cls = cls.clone();
    if Arc::ptr_eq(&cls, &types().exc.os_error) && args.pos.len() >= 3 {
        if let Value::Int(code) = args.pos[1] {
            cls = super::file::os_error_class(code as i32).clone();
        }
    }
    let err = crate::vm::new_exception(&cls, args.pos[1..].to_vec());
    Ok(Value::Instance(err.0))
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Instance(i) = &args.pos[0] {
        if let Some(d) = &i.exc {
            d.get_mut(&mut vm.py).args = args.pos[1..].to_vec();
        }
    }
    Ok(Value::None)
}

/// The exception's `args` as Python sees them. An OSError built from (errno, strerror,
/// filename[, winerror, filename2]) keeps only the first two there, as CPython's does.
fn exc_args(vm: &Vm, v: &Value) -> Vec<Value> {
    match v {
        Value::Instance(i) => {
            let mut a = i
                .exc
                .as_ref()
                .map(|d| d.get(&vm.py).args.clone())
                .unwrap_or_default();
            if (3..=5).contains(&a.len())
                && !a[2].is_none()
                && i.class
                    .is_subclass(&crate::object::types::types().exc.os_error)
            {
                a.truncate(2);
            }
            a
        }
        _ => vec![],
    }
}

/// `[Errno 2] No such file or directory: 'name'`, the form OSError takes when it was
/// given an errno and a message (and perhaps file names).
fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let all = match &args.pos[0] {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .map(|d| d.get(&vm.py).args.clone())
            .unwrap_or_default(),
        _ => vec![],
    };
    if !(2..=5).contains(&all.len()) {
        return exception_str(vm, args);
    }
    let errno = vm.str(&all[0])?;
    let msg = vm.str(&all[1])?;
    let mut out = format!("[Errno {errno}] {msg}");
    if let Some(f) = all.get(2).filter(|f| !f.is_none()) {
        out += &format!(": {}", vm.repr(f)?);
        if let Some(f2) = all.get(4).filter(|f| !f.is_none()) {
            out += &format!(" -> {}", vm.repr(f2)?);
        }
    }
    Ok(Value::from_string(out))
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = exc_args(vm, &args.pos[0]);
    Ok(match a.len() {
        0 => Value::str(""),
        1 => vm.str_value(&a[0])?,
        _ => Value::from_string(vm.repr(&Value::tuple(a))?),
    })
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = exc_args(vm, &args.pos[0]);
    if a.len() == 1 {
        return Ok(Value::from_string(vm.repr(&a[0])?));
    }
    exception_str(vm, args)
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = exc_args(vm, &args.pos[0]);
    let name = args.pos[0].class().name.clone();
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let r = vm.repr(&Value::tuple(a.clone()))?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(Value::from_string(format!("{name}({inner})")))
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn property_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |i: usize, name: &str| super::arg(&args, i, name).cloned().unwrap_or(Value::None);
    Ok(Value::Descriptor(Arc::new(Descriptor::Property {
        fget: get(1, "fget"),
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc: get(4, "doc"),
    })))
}

fn property_parts(vm: &Vm, v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    match v {
        Value::Descriptor(d) => match &**d {
            Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => Err(vm.type_error("descriptor requires a 'property' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    check(vm, "property", &args, 2, 2)?;
    let (mut g, mut s, mut d, doc) = property_parts(vm, &args.pos[0])?;
    let f = args.pos[1].clone();
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Value::Descriptor(Arc::new(Descriptor::Property {
        fget: g,
        fset: s,
        fdel: d,
        doc,
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "staticmethod", &args, 2, 2)?;
    Ok(Value::Descriptor(Arc::new(Descriptor::StaticMethod(
        args.pos[1].clone(),
    ))))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "classmethod", &args, 2, 2)?;
    Ok(Value::Descriptor(Arc::new(Descriptor::ClassMethod(
        args.pos[1].clone(),
    ))))
}
