//! Values and the built-in object types.
//!
//! [`Value`] is 16 bytes and cheap to copy: `None`, `Bool`, `Int` (an i64, promoted to
//! a big integer on overflow) and `Float` are unboxed; everything else is an `Arc` to a
//! heap object. Immutable objects (str, tuple, code, function) are shared as they are;
//! mutable ones keep their state in a [`GilCell`], reached only with the GIL token.
//! Threads are real OS threads, so the pointers are `Arc`s: the counts are atomic, but
//! they are only ever contended when two threads copy the same value, which the GIL
//! makes rare.

pub mod bytearray;
pub mod class;
pub mod dict;
pub mod exception;
pub mod format;
pub mod function;
pub mod iter;
pub mod pystr;
pub mod tbobj;
pub mod types;
pub mod unicode;

pub use class::{Class, Instance};
pub use dict::{Dict, HashKey};
pub use exception::{ExcData, PyErr, PyResult, TbEntry};
pub use function::{Args, BoundMethod, Builtin, Function, NativeFn};
pub use iter::IterState;
pub use pystr::PyStr;

use crate::bytecode::CodeObject;
use crate::gil::GilCell;
use num_bigint::BigInt;
use std::any::Any;
use std::sync::Arc;

pub type ListObj = GilCell<Vec<Value>>;
pub type DictObj = GilCell<Dict>;

/// A Python value.
// A full-word tag keeps every payload at offset 8: moving a Value (and a
// PyResult<Value>) is two word copies, not overlapping partial ones, which stalled store
// forwarding in the eval loop.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: the "no self" marker below a call's arguments and the
    /// contents of an unbound local. Never visible to programs.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    Bytes(Arc<Vec<u8>>),
    Tuple(Arc<Vec<Value>>),
    List(Arc<ListObj>),
    Dict(Arc<DictObj>),
    /// set and frozenset (the flag says which).
    Set(Arc<SetObj>),
    Range(Arc<Range>),
    Slice(Arc<[Value; 3]>),
    Function(Arc<Function>),
    Builtin(Arc<Builtin>),
    BoundMethod(Arc<BoundMethod>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    Code(Arc<CodeObject>),
    Cell(Arc<Cell>),
    Iter(Arc<iter::IterObj>),
    Generator(Arc<Generator>),
    /// property, staticmethod, classmethod.
    Descriptor(Arc<Descriptor>),
    /// An object implemented in Rust by a native module (a lock, ...). Boxed twice so
    /// that the pointer is thin and `Value` stays 16 bytes.
    Native(Arc<Box<dyn NativeObject>>),
}

impl Clone for Value {
    /// Inlined for the unboxed values the eval loop copies most; boxed ones take the
    /// out-of-line path (one reference-count increment).
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Float(f) => Value::Float(*f),
            _ => self.clone_boxed(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_boxed(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::Bytes(x) => Value::Bytes(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::Class(x) => Value::Class(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
            Value::Iter(x) => Value::Iter(x.clone()),
            Value::Generator(x) => Value::Generator(x.clone()),
            Value::Descriptor(x) => Value::Descriptor(x.clone()),
            Value::Native(x) => Value::Native(x.clone()),
        }
    }
}

/// A generator: its suspended frame, taken out while it runs.
pub struct Generator {
    pub name: Arc<PyStr>,
    pub qualname: Arc<PyStr>,
    pub frame: GilCell<GenState>,
    /// The exception the generator was handling when it last yielded (each generator
    /// has its own, as in CPython, so a `yield` inside `except` does not leak it).
    pub exc_state: GilCell<Option<PyErr>>,
}

/// Dropping a generator that stopped at a `yield` (a `for` loop left by `break`, a
/// local going out of scope) queues its frame to be closed, so its `finally` blocks
/// run as they do under CPython's reference counting.
impl Drop for Generator {
    fn drop(&mut self) {
        let state = std::mem::replace(self.frame.get_exclusive(), GenState::Finished);
        if let GenState::Ready(frame) = state {
            if frame.pc > 0 {
                let exc = self.exc_state.get_exclusive().take();
                crate::vm::orphan_generator(self.name.clone(), self.qualname.clone(), frame, exc);
            }
        }
    }
}

pub enum GenState {
    /// Suspended (or not started): the frame to resume.
    Ready(Box<crate::vm::Frame>),
    Running,
    Finished,
}

/// A closure cell.
pub type Cell = GilCell<Value>;

pub struct SetObj {
    pub frozen: bool,
    pub items: GilCell<Dict>,
}

/// A range: the numbers are i64 (a range beyond i64 raises OverflowError).
#[derive(Debug, Clone)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if lo < hi {
                (hi - lo - 1) / step + 1
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub enum Descriptor {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
}

pub struct Module {
    pub name: Arc<PyStr>,
    pub dict: Arc<DictObj>,
}

/// `super(start, obj)`: attribute look-up along obj's MRO, after `start`.
pub struct Super {
    pub start: Arc<Class>,
    pub obj: Value,
    pub obj_class: Arc<Class>,
}

impl NativeObject for Super {
    fn class(&self) -> Arc<Class> {
        types::super_type()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, vm: &mut crate::vm::Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        Some(vm.super_getattr(self, name))
    }
}

/// An object implemented natively by a module outside the interpreter crate.
pub trait NativeObject: Send + Sync + 'static {
    /// Its Python type; methods live in that class's dict.
    fn class(&self) -> Arc<Class>;
    fn as_any(&self) -> &dyn Any;

    /// Whether the object has attributes of its own (`get_attr`/`set_attr` below): if not,
    /// method calls on it skip straight to its class.
    fn has_own_attrs(&self) -> bool {
        false
    }

    /// Whether `hash()` works on the object (by identity); false for mutable values
    /// such as bytearray.
    fn hashable(&self) -> bool {
        true
    }

    /// Attribute look-up of the object's own, tried before its class's; None when the
    /// object has none (the default).
    fn get_attr(&self, _vm: &mut crate::vm::Vm, _name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        None
    }

    /// Attribute assignment (and deletion, when `value` is None) of the object's own;
    /// None when the object takes no attributes (the default).
    fn set_attr(
        &self,
        _vm: &mut crate::vm::Vm,
        _name: &Arc<PyStr>,
        _value: Option<Value>,
    ) -> Option<PyResult<()>> {
        None
    }
}

impl Value {
    /// Whether the value's special methods may be Python-level and must be looked up
    /// on its type: instances, native objects, and classes whose metaclass is not `type`.
    #[inline]
    pub fn has_type_hooks(&self) -> bool {
        match self {
            Value::Instance(_) | Value::Native(_) => true,
            Value::Class(c) => c.metaclass.is_some(),
            _ => false,
        }
    }

    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::new(s)))
    }

    pub fn from_string(s: String) -> Value {
        Value::Str(Arc::new(PyStr::from_string(s)))
    }

    /// Wrap a native object.
    pub fn native(obj: impl NativeObject) -> Value {
        Value::Native(Arc::new(Box::new(obj)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(GilCell::new(items)))
    }

    pub fn dict(d: Dict) -> Value {
        Value::Dict(Arc::new(GilCell::new(d)))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity (`is`): same object, or equal unboxed immediates.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython (-5..=256); larger equal ints made
            // separately are distinct objects there. Unboxed ints cannot tell, so `is`
            // on equal ints is true everywhere here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The heap address of a boxed value (for `is`, `id` and default reprs).
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Str(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Bytes(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Tuple(x) => Arc::as_ptr(x) as *const () as usize,
            Value::List(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Dict(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Set(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Range(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Slice(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Function(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Builtin(x) => Arc::as_ptr(x) as *const () as usize,
            Value::BoundMethod(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Class(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Instance(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Module(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Code(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Cell(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Iter(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Generator(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Descriptor(x) => Arc::as_ptr(x) as *const () as usize,
            Value::Native(x) => Arc::as_ptr(x) as *const () as usize,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_pystr(&self) -> Option<&Arc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The i64 of an int or bool.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// Any int (or bool) as a big integer.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    pub fn is_int(&self) -> bool {
        matches!(self, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
    }

    /// The class of the value.
    pub fn class(&self) -> Arc<Class> {
        types::type_of(self)
    }

    /// Name of the value's type, for error messages.
    pub fn type_name(&self) -> Arc<PyStr> {
        self.class().name.clone()
    }
}

// The eval loop's stack and every dict slot hold Values: keep them two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{}", format::float_repr(*x)),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{} object>", other.type_name().as_str()),
        }
    }
}
