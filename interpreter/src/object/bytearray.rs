//! `bytearray`: a mutable byte string, a native object whose bytes live in a
//! [`GilCell`]. Its methods are in `builtins/bytearray.rs`.

use super::types::types;
use super::{Class, NativeObject, Value};
use crate::gil::{GilCell, Py};
use std::any::Any;
use std::sync::Arc;

pub struct ByteArray {
    pub data: GilCell<Vec<u8>>,
}

impl NativeObject for ByteArray {
    fn class(&self) -> Arc<Class> {
        types().bytearray.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn hashable(&self) -> bool {
        false
    }
}

impl Value {
    /// A new bytearray holding `data`.
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::native(ByteArray {
            data: GilCell::new(data),
        })
    }

    /// The bytearray this value is (or, for an instance of a subclass, extends).
    pub fn as_bytearray(&self) -> Option<&ByteArray> {
        match self {
            Value::Native(n) => n.as_any().downcast_ref::<ByteArray>(),
            Value::Instance(i) => i.base.as_ref().and_then(|b| b.as_bytearray()),
            _ => None,
        }
    }

    /// The bytes of a bytes-like value (bytes or bytearray; a bytearray's are copied).
    pub fn bytes_like(&self, py: &Py) -> Option<Arc<Vec<u8>>> {
        match self {
            Value::Bytes(b) => Some(b.clone()),
            Value::Instance(i) if matches!(i.base, Some(Value::Bytes(_))) => {
                i.base.as_ref()?.bytes_like(py)
            }
            _ => self
                .as_bytearray()
                .map(|ba| Arc::new(ba.data.get(py).clone())),
        }
    }
}
