//! Classes and their instances. Built-in types are classes too (`int`, `list`,
//! `ValueError`, ...), with native methods in their dicts, so `type(x)`, `isinstance`
//! and method look-up work the same way for both.

use super::{Dict, ExcData, PyStr, Value};
use crate::gil::{GilCell, Py};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

pub struct Class {
    pub name: Arc<PyStr>,
    pub qualname: Arc<PyStr>,
    pub bases: Vec<Arc<Class>>,
    /// The method resolution order without the class itself (C3 linearisation).
    pub mro: Vec<Arc<Class>>,
    pub dict: GilCell<Dict>,
    /// Instances carry exception data (the class derives from BaseException).
    pub is_exception: bool,
    /// A built-in type (its instances are not `Instance`s, except for exceptions and
    /// `object`).
    pub builtin: bool,
    /// Which attribute hooks the class (or a base) defines, so that plain attribute
    /// access can skip looking for them: a bit set of the `HAS_*` flags below.
    pub hooks: AtomicU8,
    /// The class's own type when it is not `type`: a class statement with
    /// `metaclass=M` (or a base whose metaclass is M) makes M's methods apply to the
    /// class itself (`type(C)`, `C(...)`, `iter(C)`, `C[k]`, attributes).
    pub metaclass: Option<Arc<Class>>,
}

/// The class defines `__getattr__`.
pub const HAS_GETATTR: u8 = 1;
/// The class defines `__setattr__` or `__delattr__` (in Python).
pub const HAS_SETATTR: u8 = 2;
/// Some class in the MRO holds a property or another descriptor (an object whose class
/// defines `__get__` or `__set__`).
pub const HAS_PROPERTIES: u8 = 4;
/// The class defines `__eq__` in Python (dict and set look-ups must call it).
pub const HAS_EQ: u8 = 8;
/// Instances have no `__dict__`: the class and all its bases define `__slots__` (without
/// `"__dict__"`), so only the slot names can be assigned. Set once at class creation.
pub const HAS_SLOTS: u8 = 16;

impl Class {
    /// The built-in type this class extends, other than object and the exceptions
    /// (`list` for `class Stack(list)`), if any.
    pub fn builtin_base(&self) -> Option<&Arc<Class>> {
        self.mro
            .iter()
            .find(|c| c.builtin && !c.is_exception && !c.mro.is_empty())
    }

    /// Whether the class has any of the given hook flags.
    #[inline]
    pub fn has_hook(&self, flag: u8) -> bool {
        self.hooks.load(Ordering::Relaxed) & flag != 0
    }

    /// Recompute the hook flags from the class and its bases (after the class changed).
    pub fn update_hooks(&self, py: &Py) {
        let mut flags = self.hooks.load(Ordering::Relaxed) & HAS_SLOTS;
        for dict in std::iter::once(&self.dict).chain(self.mro.iter().map(|c| &c.dict)) {
            for (k, v) in dict.get(py).iter() {
                match (k.value.as_str(), v) {
                    (Some("__getattr__"), Value::Function(_)) => flags |= HAS_GETATTR,
                    (Some("__setattr__" | "__delattr__"), Value::Function(_)) => {
                        flags |= HAS_SETATTR
                    }
                    (Some("__eq__"), Value::Function(_)) => flags |= HAS_EQ,
                    (_, Value::Descriptor(d))
                        if matches!(**d, super::Descriptor::Property { .. }) =>
                    {
                        flags |= HAS_PROPERTIES
                    }
                    (_, Value::Instance(i))
                        if i.class
                            .lookup(py, &super::pystr::intern("__get__"))
                            .is_some()
                            || i.class
                                .lookup(py, &super::pystr::intern("__set__"))
                                .is_some() =>
                    {
                        flags |= HAS_PROPERTIES
                    }
                    _ => {}
                }
            }
        }
        self.hooks.store(flags, Ordering::Relaxed);
    }

    /// The names a class's own `__slots__` declares (None if it has no `__slots__`).
    fn own_slots(&self, py: &Py) -> Option<Vec<Arc<PyStr>>> {
        let slots = self
            .dict
            .get(py)
            .get_str(&super::pystr::intern("__slots__"))?
            .clone();
        let names = match &slots {
            Value::Str(s) => vec![s.clone()],
            Value::Tuple(t) => t.iter().filter_map(|v| v.as_pystr().cloned()).collect(),
            Value::List(l) => l
                .get(py)
                .iter()
                .filter_map(|v| v.as_pystr().cloned())
                .collect(),
            Value::Dict(d) => d
                .get(py)
                .keys()
                .filter_map(|v| v.as_pystr().cloned())
                .collect(),
            _ => vec![],
        };
        Some(names)
    }

    /// Whether instances of this class have no `__dict__` (see `HAS_SLOTS`): computed
    /// once, when the class is created.
    pub fn compute_slotted(&self, py: &Py) -> bool {
        let no_dict = |c: &Class| match c.own_slots(py) {
            Some(names) => !names.iter().any(|n| n.as_str() == "__dict__"),
            None => false,
        };
        no_dict(self)
            && self
                .mro
                .iter()
                .all(|c| c.mro.is_empty() || (c.builtin && !c.is_exception) || no_dict(c))
    }

    /// For a class with `HAS_SLOTS`: whether `name` is one of its slots.
    pub fn has_slot(&self, py: &Py, name: &PyStr) -> bool {
        std::iter::once(self)
            .chain(self.mro.iter().map(|c| &**c))
            .any(|c| {
                c.own_slots(py)
                    .is_some_and(|names| names.iter().any(|n| n.as_str() == name.as_str()))
            })
    }

    /// Look `name` up along the MRO.
    pub fn lookup(&self, py: &Py, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get(py).get_str(name) {
            return Some(v.clone());
        }
        for base in &self.mro {
            if let Some(v) = base.dict.get(py).get_str(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    pub fn name(&self) -> &str {
        self.name.as_str()
    }
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself).
/// Returns Err with the classes the merge was stuck on (the heads of the lists left, each
/// once) when no consistent order exists: CPython names them in its error.
pub fn compute_mro(bases: &[Arc<Class>]) -> Result<Vec<Arc<Class>>, Vec<Arc<Class>>> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            let mut stuck: Vec<Arc<Class>> = vec![];
            for s in &seqs {
                if !stuck.iter().any(|c| Arc::ptr_eq(c, &s[0])) {
                    stuck.push(s[0].clone());
                }
            }
            return Err(stuck);
        };
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

pub struct Instance {
    pub class: Arc<Class>,
    /// The instance's `__dict__` (an `Arc` so that `obj.__dict__` can hand it out).
    pub dict: Arc<GilCell<Dict>>,
    /// Present when the class derives from BaseException.
    pub exc: Option<GilCell<ExcData>>,
    /// For an instance of a subclass of a built-in type (`class Stack(list)`): the
    /// built-in value it extends. The built-in type's methods work on this value.
    pub base: Option<Value>,
}

impl Instance {
    pub fn new(class: Arc<Class>) -> Instance {
        Instance::with_base(class, None)
    }

    /// An instance extending a built-in value (see `base`).
    pub fn with_base(class: Arc<Class>, base: Option<Value>) -> Instance {
        let exc = class.is_exception.then(|| GilCell::new(ExcData::default()));
        Instance {
            class,
            dict: Arc::new(GilCell::new(Dict::new())),
            exc,
            base,
        }
    }
}
