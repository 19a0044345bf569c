//! Exceptions: a raised exception is an `Instance` of a class deriving from
//! BaseException, carrying [`ExcData`] (args, traceback, cause, context). Rust code
//! propagates it as `Err(PyErr)`; each frame it passes through appends a [`TbEntry`].

use super::{Instance, Value};
use crate::bytecode::CodeObject;
use crate::gil::Py;
use std::sync::Arc;

/// One traceback line: the code and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<CodeObject>,
    pub pc: usize,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

/// A raised exception travelling up the Rust stack.
#[derive(Clone)]
pub struct PyErr(pub Arc<Instance>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class_name(&self) -> &str {
        self.0.class.name()
    }

    pub fn data<'a>(&'a self, py: &'a Py) -> &'a ExcData {
        self.0.exc.as_ref().expect("exception instance").get(py)
    }

    pub fn data_mut<'a>(&'a self, py: &'a mut Py) -> &'a mut ExcData {
        self.0.exc.as_ref().expect("exception instance").get_mut(py)
    }

    /// Whether the exception is an instance of the class (or a subclass).
    pub fn matches(&self, class: &super::Class) -> bool {
        self.0.class.is_subclass(class)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.class_name())
    }
}
