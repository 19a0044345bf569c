//! Building exceptions with CPython's wording. Every constructor is `#[cold]`: they sit
//! on the failure path of hot operations.

use super::Vm;
use crate::gil::GilCell;
use crate::object::types::types;
use crate::object::{Class, Dict, ExcData, Instance, PyErr, Value};
use std::sync::Arc;

/// An exception instance of `class` with `args`.
pub fn new_exception(class: &Arc<Class>, args: Vec<Value>) -> PyErr {
    let inst = Instance {
        class: class.clone(),
        dict: Arc::new(GilCell::new(Dict::new())),
        exc: Some(GilCell::new(ExcData {
            args,
            ..Default::default()
        })),
        base: None,
    };
    PyErr(Arc::new(inst))
}

macro_rules! error_builders {
    ($( $fn_name:ident => $field:ident; )*) => {
        impl Vm {
            $(
                #[cold]
                pub fn $fn_name(&self, msg: impl Into<String>) -> PyErr {
                    new_exception(&types().exc.$field, vec![Value::from_string(msg.into())])
                }
            )*
        }
    };
}

error_builders! {
    type_error => type_error;
    value_error => value_error;
    index_error => index_error;
    attribute_error => attribute_error;
    name_error => name_error;
    zero_division_error => zero_division_error;
    overflow_error => overflow_error;
    runtime_error => runtime_error;
    import_error => import_error;
    module_not_found_error => module_not_found_error;
    recursion_error => recursion_error;
    unbound_local_error => unbound_local_error;
    assertion_error => assertion_error;
    os_error => os_error;
    not_implemented_error => not_implemented_error;
    eof_error => eof_error;
    system_error => system_error;
}

impl Vm {
    /// `KeyError(key)`: its message is the repr of the key.
    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        new_exception(&types().exc.key_error, vec![key])
    }

    #[cold]
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        new_exception(&types().exc.stop_iteration, value.into_iter().collect())
    }

    /// An error of any class with one message argument.
    #[cold]
    pub fn error(&self, class: &Arc<Class>, msg: impl Into<String>) -> PyErr {
        new_exception(class, vec![Value::from_string(msg.into())])
    }

    #[cold]
    pub fn unsupported_operand(&self, sym: &str, a: &Value, b: &Value) -> PyErr {
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.type_name(),
            b.type_name()
        ))
    }

    #[cold]
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        match obj {
            Value::Module(m) => {
                self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }
            Value::Class(c) => self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name, name
            )),
            _ => self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.type_name(),
                name
            )),
        }
    }

    /// Whether `err` is an instance of `class`.
    pub fn err_matches(&self, err: &PyErr, class: &Arc<Class>) -> bool {
        err.matches(class)
    }
}
