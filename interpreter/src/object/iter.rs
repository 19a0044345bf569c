//! The built-in iterators (list_iterator, range_iterator, dict_keyiterator, enumerate,
//! zip, map, ...). Each is a small state machine advanced by `Vm::next`; a `for` loop
//! over a list or range never raises StopIteration internally.

use super::{DictObj, ListObj, PyStr, Value};
use crate::gil::GilCell;
use std::sync::Arc;

/// A built-in iterator: its type (fixed when made) and its state.
pub struct IterObj {
    pub kind: &'static str,
    pub state: GilCell<IterState>,
}

impl std::ops::Deref for IterObj {
    type Target = GilCell<IterState>;
    fn deref(&self) -> &GilCell<IterState> {
        &self.state
    }
}

impl Value {
    /// A built-in iterator over `state`, of the type its state implies.
    pub fn iterator(state: IterState) -> Value {
        Value::iterator_named(state.type_name(), state)
    }

    /// A built-in iterator of the named type (when the state's own name would be wrong,
    /// as for a set iterating over a snapshot of its keys).
    pub fn iterator_named(kind: &'static str, state: IterState) -> Value {
        Value::Iter(Arc::new(IterObj {
            kind,
            state: GilCell::new(state),
        }))
    }
}

pub enum IterState {
    List {
        list: Arc<ListObj>,
        index: usize,
    },
    Tuple {
        items: Arc<Vec<Value>>,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Arc<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Arc<Vec<u8>>,
        index: usize,
    },
    /// Over a bytearray (live: it sees changes made while iterating).
    ByteArray {
        obj: Value,
        index: usize,
    },
    /// Over a dict (or set): `kind` picks keys, values or (key, value) items. `size` is
    /// the length at creation, to report "dictionary changed size during iteration".
    Dict {
        dict: Arc<DictObj>,
        index: usize,
        size: usize,
        kind: DictIterKind,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        items: Vec<Value>,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Iterating an object through `__getitem__` with 0, 1, 2, ...
    SeqGetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterState {
    /// The Python type name of the iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Str { s, .. } if s.is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::ByteArray { .. } => "bytearray_iterator",
            IterState::Dict {
                kind: DictIterKind::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                kind: DictIterKind::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                kind: DictIterKind::Items,
                ..
            } => "dict_itemiterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Reversed { .. } => "list_reverseiterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::SeqGetItem { .. } => "iterator",
            IterState::Exhausted => "iterator",
        }
    }
}
