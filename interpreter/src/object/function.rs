//! Callables: Python functions (a code object with its defaults, closure and globals),
//! native functions, and bound methods.

use super::{Cell, Dict, DictObj, PyResult, PyStr, Value};
use crate::bytecode::CodeObject;
use crate::gil::GilCell;
use crate::vm::Vm;
use std::sync::Arc;

pub struct Function {
    pub code: Arc<CodeObject>,
    pub globals: Arc<DictObj>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(Arc<PyStr>, Value)>,
    pub closure: Vec<Arc<Cell>>,
    /// `__name__`, `__qualname__`, `__doc__`, `__module__`, `__annotations__`, and any
    /// attribute a program sets (functools.wraps writes several).
    pub dict: GilCell<Dict>,
}

/// The arguments of a call, borrowed from the caller's stack where possible.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    /// Keyword argument names (str values), parallel to `kwvals`.
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .map(|i| &self.kwvals[i])
    }
}

/// A native function: `(vm, args) -> result`. Methods receive `self` as `args.pos[0]`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The function looks at its caller's namespace (`globals`, `locals`, `eval`, ...):
    /// a call to it first records the caller's globals and a snapshot of its locals.
    pub needs_caller: bool,
    /// A method of a built-in type (its first argument is the receiver). Called on an
    /// instance of a subclass, it gets the built-in value the instance extends.
    pub method: bool,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}
