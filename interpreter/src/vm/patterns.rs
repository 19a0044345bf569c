//! The run-time half of `match` statements (PEP 634): the tests behind MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS. The compiler
//! (`codegen.rs`, `match_stmt`) lays the patterns out as jumps around these.

use super::Vm;
use crate::object::{PyResult, Value};
use std::sync::Arc;

/// The dict a mapping pattern reads: a dict, or the dict a dict subclass extends.
pub(super) fn as_mapping(v: &Value) -> Option<&Arc<crate::object::DictObj>> {
    match v {
        Value::Dict(d) => Some(d),
        Value::Instance(i) => match &i.base {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// What a sequence pattern accepts (CPython's Py_TPFLAGS_SEQUENCE types): list,
    /// tuple, range, their subclasses, collections.deque and array.array; never str,
    /// bytes or a mapping.
    pub(super) fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => {
                matches!(i.base, Some(Value::List(_) | Value::Tuple(_)))
                    || std::iter::once(&i.class)
                        .chain(i.class.mro.iter())
                        .any(|c| {
                            let module = c
                                .dict
                                .get(&self.py)
                                .get_str(&crate::object::pystr::intern("__module__"))
                                .cloned();
                            matches!(
                                (c.name.as_str(), module.as_ref().and_then(|m| m.as_str())),
                                ("deque", Some("collections")) | ("array", Some("array"))
                            )
                        })
            }
            _ => false,
        }
    }

    /// MATCH_KEYS: the values of `keys` in the mapping, as a tuple, or None if one is
    /// missing (read without `__missing__`, as CPython's `get` does).
    pub(super) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Some(d) = as_mapping(subject).cloned() else {
            return Ok(Value::None);
        };
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        let mut values = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            let mut seen = false;
            for prev in &keys[..i] {
                seen = seen || self.eq(prev, k)?;
            }
            if seen {
                let r = self.repr(k)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            let key = self.key_in(&d, k.clone())?;
            match d.get(&self.py).get(&key) {
                Some(v) => values.push(v.clone()),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// MATCH_CLASS: `subject` is an instance of `cls`; then its `npos` positional
    /// attributes (named by `__match_args__`) and the named ones, or None.
    pub(super) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(c) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !subject.class().is_subclass(c) {
            return Ok(Value::None);
        }
        let mut attrs: Vec<Arc<crate::object::PyStr>> = vec![];
        let mut values = vec![];
        if npos > 0 {
            match self.get_attr_opt(cls, "__match_args__")? {
                Some(Value::Tuple(args)) => {
                    if npos > args.len() {
                        let s = if args.len() == 1 { "" } else { "s" };
                        return Err(self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                            c.name,
                            args.len()
                        )));
                    }
                    for a in args.iter().take(npos) {
                        match a {
                            Value::Str(s) => attrs.push(s.clone()),
                            other => {
                                return Err(self.type_error(format!(
                                    "__match_args__ elements must be strings (got {})",
                                    other.type_name()
                                )))
                            }
                        }
                    }
                }
                Some(other) => {
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name,
                        other.type_name()
                    )))
                }
                None => {
                    // Built-in types match one positional sub-pattern against the
                    // subject itself: `case int(n)`.
                    let t = crate::object::types::types();
                    let self_matching = [
                        &t.bool,
                        &t.bytes,
                        &t.dict,
                        &t.float,
                        &t.frozenset,
                        &t.int,
                        &t.list,
                        &t.set,
                        &t.str,
                        &t.tuple,
                    ];
                    let builtin = c.builtin_base().or(c.builtin.then_some(c));
                    if npos == 1
                        && builtin.is_some_and(|b| self_matching.iter().any(|s| Arc::ptr_eq(s, b)))
                    {
                        values.push(subject.clone());
                    } else {
                        return Err(self.type_error(format!(
                            "{}() accepts 0 positional sub-patterns ({npos} given)",
                            c.name
                        )));
                    }
                }
            }
        }
        if let Value::Tuple(kw) = names {
            for n in kw.iter() {
                if let Value::Str(s) = n {
                    if attrs.iter().any(|a| a == s) {
                        return Err(self.type_error(format!(
                            "{}() got multiple sub-patterns for attribute '{}'",
                            c.name, s
                        )));
                    }
                    attrs.push(s.clone());
                }
            }
        }
        for a in attrs {
            match self.get_attr_opt(subject, a.as_str())? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// COPY_DICT_WITHOUT_KEYS: a new dict of the mapping's items but `keys`.
    pub(super) fn dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Some(d) = as_mapping(subject).cloned() else {
            return Ok(Value::dict(crate::object::Dict::new()));
        };
        let mut copy = d.get(&self.py).clone();
        if let Value::Tuple(keys) = keys {
            for k in keys.iter() {
                let key = self.key_in(&d, k.clone())?;
                copy.remove(&key);
            }
        }
        Ok(Value::dict(copy))
    }
}
