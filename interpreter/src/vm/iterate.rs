//! Iteration and subscripting: `iter`, `next` (with fast paths for lists and ranges so a
//! `for` loop allocates nothing per step), unpacking, and `obj[key]` for the built-in
//! sequences and mappings, slices included.

use super::Vm;
use crate::object::iter::DictIterKind;
use crate::object::types::types;
use crate::object::{Args, IterState, PyResult, Value};
use std::sync::Arc;

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                items: t.clone(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Bytes(b) => IterState::Bytes {
                b: b.clone(),
                index: 0,
            },
            Value::Dict(d) => {
                let size = d.get(&self.py).len();
                IterState::Dict {
                    dict: d.clone(),
                    index: 0,
                    size,
                    kind: DictIterKind::Keys,
                }
            }
            Value::Set(s) => {
                // A set iterates over a snapshot of its keys, in CPython's order.
                let keys = self.set_items_in_order(s);
                let state = IterState::Tuple {
                    items: Arc::new(keys),
                    index: 0,
                };
                return Ok(Value::iterator_named("set_iterator", state));
            }
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Native(_) if v.as_bytearray().is_some() => IterState::ByteArray {
                obj: v.clone(),
                index: 0,
            },
            Value::Instance(_) | Value::Native(_) | Value::Class(_) if v.has_type_hooks() => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    if self.lookup_special(&it, "__next__").is_none()
                        && !matches!(it, Value::Iter(_) | Value::Generator(_))
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            it.type_name()
                        )));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::SeqGetItem {
                        obj: v.clone(),
                        index: 0,
                    }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::iterator(state))
    }

    #[cold]
    fn not_iterable(&self, v: &Value) -> crate::object::PyErr {
        self.type_error(format!("'{}' object is not iterable", v.type_name()))
    }

    /// Advance an iterator: None when exhausted.
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(state) => self.next_builtin(state),
            Value::Generator(g) => Ok(self.gen_send(g, Value::None)?.ok()),
            _ => {
                let Some(r) = self.call_special_result(it, "__next__")? else {
                    return Err(
                        self.type_error(format!("'{}' object is not an iterator", it.type_name()))
                    );
                };
                match r {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(&types().exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Call a special method, keeping its error apart from "not defined".
    fn call_special_result(
        &mut self,
        obj: &Value,
        name: &str,
    ) -> PyResult<Option<PyResult<Value>>> {
        let Some(f) = self.lookup_special(obj, name) else {
            return Ok(None);
        };
        let bound = self.bind(f, obj.clone());
        Ok(Some(self.call(&bound, Args::new(&[]))))
    }

    fn next_builtin(
        &mut self,
        state: &Arc<crate::object::iter::IterObj>,
    ) -> PyResult<Option<Value>> {
        let st = state.get_mut(&mut self.py);
        match st {
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.wrapping_add(*step);
                    return Ok(Some(Value::Int(n)));
                }
                Ok(None)
            }
            IterState::List { list, index } => {
                let i = *index;
                let list = list.clone();
                let v = list.get(&self.py).get(i).cloned();
                if v.is_some() {
                    if let IterState::List { index, .. } = state.get_mut(&mut self.py) {
                        *index = i + 1;
                    }
                }
                Ok(v)
            }
            IterState::Tuple { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterState::Str { s, byte } => {
                let rest = &s.as_str()[*byte..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { b, index } => {
                let v = b.get(*index).map(|x| Value::Int(*x as i64));
                *index += 1;
                Ok(v)
            }
            IterState::ByteArray { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                let byte = obj
                    .as_bytearray()
                    .and_then(|ba| ba.data.get(&self.py).get(i).copied());
                if byte.is_some() {
                    if let IterState::ByteArray { index, .. } = state.get_mut(&mut self.py) {
                        *index = i + 1;
                    }
                }
                Ok(byte.map(|c| Value::Int(c as i64)))
            }
            IterState::Dict {
                dict,
                index,
                size,
                kind,
            } => {
                let (dict, i, size, kind) = (dict.clone(), *index, *size, *kind);
                let d = dict.get(&self.py);
                if d.len() != size {
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                let item = d.get_index(i).map(|(k, v)| match kind {
                    DictIterKind::Keys => k.value.clone(),
                    DictIterKind::Values => v.clone(),
                    DictIterKind::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                });
                if let IterState::Dict { index, .. } = state.get_mut(&mut self.py) {
                    *index = i + 1;
                }
                Ok(item)
            }
            IterState::Reversed { items } => Ok(items.pop()),
            IterState::Exhausted => Ok(None),
            _ => self.next_composite(state),
        }
    }

    /// Iterators that call back into Python (enumerate, zip, map, filter, ...): the
    /// state is copied out before the call, since the call may touch the iterator.
    fn next_composite(
        &mut self,
        state: &Arc<crate::object::iter::IterObj>,
    ) -> PyResult<Option<Value>> {
        let st = std::mem::replace(state.get_mut(&mut self.py), IterState::Exhausted);
        let (result, new_state) = match st {
            IterState::Enumerate { inner, count } => match self.next(&inner)? {
                Some(v) => (
                    Some(Value::tuple(vec![Value::Int(count), v])),
                    IterState::Enumerate {
                        inner,
                        count: count + 1,
                    },
                ),
                None => (None, IterState::Exhausted),
            },
            IterState::Zip { inners, strict } => {
                let items = if strict {
                    self.next_of_each_strict(&inners)?
                } else {
                    self.next_of_each(&inners)?
                };
                match items {
                    Some(items) if !inners.is_empty() => {
                        (Some(Value::tuple(items)), IterState::Zip { inners, strict })
                    }
                    _ => (None, IterState::Exhausted),
                }
            }
            IterState::Map { func, inners } => match self.next_of_each(&inners)? {
                Some(args) => {
                    let v = self.call(&func, Args::new(&args))?;
                    (Some(v), IterState::Map { func, inners })
                }
                None => (None, IterState::Exhausted),
            },
            IterState::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, Args::new(std::slice::from_ref(&v)))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                match found {
                    Some(v) => (Some(v), IterState::Filter { func, inner }),
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::Callable { func, sentinel } => {
                let v = self.call(&func, Args::new(&[]))?;
                if self.eq(&v, &sentinel)? {
                    (None, IterState::Exhausted)
                } else {
                    (Some(v), IterState::Callable { func, sentinel })
                }
            }
            IterState::SeqGetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Some(v),
                    IterState::SeqGetItem {
                        obj,
                        index: index + 1,
                    },
                ),
                Err(e)
                    if e.matches(&types().exc.index_error)
                        || e.matches(&types().exc.stop_iteration) =>
                {
                    (None, IterState::Exhausted)
                }
                Err(e) => return Err(e),
            },
            other => (None, other),
        };
        *state.get_mut(&mut self.py) = new_state;
        Ok(result)
    }

    /// The next item of every iterator, or None as soon as one is exhausted (zip, map).
    fn next_of_each(&mut self, iters: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let mut items = Vec::with_capacity(iters.len());
        for it in iters {
            match self.next(it)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(items))
    }

    /// `zip(strict=True)`'s step: all iterators end together, or ValueError names the
    /// first that ended early or went on.
    fn next_of_each_strict(&mut self, iters: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let before = |i: usize| {
            if i == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{i}")
            }
        };
        let mut items = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter().enumerate() {
            match self.next(it)? {
                Some(v) => items.push(v),
                None if i > 0 => {
                    return Err(self.value_error(format!(
                        "zip() argument {} is shorter than {}",
                        i + 1,
                        before(i)
                    )))
                }
                None => {
                    for (j, other) in iters.iter().enumerate().skip(1) {
                        if self.next(other)?.is_some() {
                            return Err(self.value_error(format!(
                                "zip() argument {} is longer than {}",
                                j + 1,
                                before(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(items))
    }

    /// A set's items in the order CPython would iterate them (see `cpython_set_order`).
    pub fn set_items_in_order(&self, s: &crate::object::SetObj) -> Vec<Value> {
        let d = s.items.get(&self.py);
        let keys = crate::object::dict::cpython_set_order(d.iter().map(|(k, _)| k));
        keys.into_iter().map(|k| k.value.clone()).collect()
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.get(&self.py).clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = self.iter(v)?;
                let mut out = vec![];
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// Unpack exactly `n` items (UNPACK_SEQUENCE).
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.get(&self.py).clone(),
            _ => {
                let it = self.iter(v).map_err(|_| {
                    self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        Ok(items)
    }

    /// Normalise an index for a sequence of length `len`.
    pub(crate) fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) => self.index_value(key)?,
            _ => {
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    key.type_name()
                )))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// Resolve a slice against a length: (start, stop, step) with Python's clamping.
    pub fn slice_indices(&mut self, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = match &s[2] {
            Value::None => 1,
            v => self.index_value(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = match v {
                Value::BigInt(b) => {
                    if num_traits::Signed::is_negative(&**b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                _ => vm.index_value(v)?,
            };
            if i < 0 {
                i += len;
                if i < 0 {
                    i = if step < 0 { -1 } else { 0 };
                }
            } else if i >= len {
                i = if step < 0 { len - 1 } else { len };
            }
            Ok(i)
        };
        let (dstart, dstop) = if step > 0 { (0, len) } else { (len - 1, -1) };
        let start = clamp(self, &s[0], dstart)?;
        let stop = clamp(self, &s[1], dstop)?;
        Ok((start, stop, step))
    }

    pub(crate) fn slice_positions(&mut self, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = vec![];
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.get(&self.py);
                let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                if j >= 0 && (j as usize) < items.len() {
                    return Ok(items[j as usize].clone());
                }
                return Err(self.index_error("list index out of range"));
            }
            (Value::Dict(d), _) => {
                let k = self.key_in(d, key.clone())?;
                if let Some(v) = d.get(&self.py).get(&k) {
                    return Ok(v.clone());
                }
                return Err(self.key_error(key.clone()));
            }
            _ => {}
        }
        match obj {
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let items = l.get(&self.py).clone();
                    let pos = self.slice_positions(s, items.len())?;
                    Ok(Value::list(
                        pos.into_iter().map(|i| items[i].clone()).collect(),
                    ))
                }
                _ => {
                    let len = l.get(&self.py).len();
                    let i = self.seq_index(key, len, "list")?;
                    Ok(l.get(&self.py)[i].clone())
                }
            },
            Value::Tuple(t) => match key {
                Value::Slice(s) => {
                    let pos = self.slice_positions(s, t.len())?;
                    Ok(Value::tuple(
                        pos.into_iter().map(|i| t[i].clone()).collect(),
                    ))
                }
                _ => {
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    Ok(t[i].clone())
                }
            },
            Value::Str(s) => {
                let len = s.char_len();
                let at = |i: usize| s.char_at(i).unwrap_or_default();
                match key {
                    Value::Slice(sl) => {
                        let (start, stop, step) = self.slice_indices(sl, len)?;
                        if step == 1 {
                            let text = s.char_slice(start as usize, stop.max(start) as usize);
                            return Ok(Value::str(text));
                        }
                        let pos = self.slice_positions(sl, len)?;
                        Ok(Value::from_string(pos.into_iter().map(at).collect()))
                    }
                    _ => {
                        let i = self.seq_index(key, len, "string")?;
                        Ok(Value::from_string(at(i).to_string()))
                    }
                }
            }
            Value::Bytes(b) => match key {
                Value::Slice(s) => {
                    let pos = self.slice_positions(s, b.len())?;
                    Ok(Value::Bytes(Arc::new(
                        pos.into_iter().map(|i| b[i]).collect(),
                    )))
                }
                _ => {
                    let i = self.seq_index(key, b.len(), "index")?;
                    Ok(Value::Int(b[i] as i64))
                }
            },
            Value::Range(r) => match key {
                Value::Slice(s) => {
                    let (start, stop, step) = self.slice_indices(s, r.len() as usize)?;
                    Ok(Value::Range(Arc::new(crate::object::Range {
                        start: r.get(start),
                        stop: r.get(stop),
                        step: r.step * step,
                    })))
                }
                _ => {
                    let i = self.seq_index(key, r.len() as usize, "range object")?;
                    Ok(Value::Int(r.get(i as i64)))
                }
            },
            Value::Instance(inst) => {
                match self.call_special(obj, "__getitem__", std::slice::from_ref(key)) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => Err(self.not_subscriptable(obj)),
                    // A dict subclass answers missing keys with __missing__, as CPython's does.
                    Err(e)
                        if e.matches(&types().exc.key_error)
                            && matches!(inst.base, Some(Value::Dict(_))) =>
                    {
                        match self.call_special(obj, "__missing__", std::slice::from_ref(key))? {
                            Some(v) => Ok(v),
                            None => Err(e),
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Native(_) => {
                match self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            Value::Class(c)
                if c.metaclass.is_some() && self.lookup_special(obj, "__getitem__").is_some() =>
            {
                match self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.not_subscriptable(obj)),
                }
            }
            Value::Class(c)
                if c.lookup(&self.py, &crate::object::pystr::intern("__class_getitem__"))
                    .is_some() =>
            {
                // Looked up as a class attribute: an (implicit) class method binds to
                // the class itself.
                let bound =
                    self.get_attr(obj, &crate::object::pystr::intern("__class_getitem__"))?;
                self.call(&bound, Args::new(std::slice::from_ref(key)))
            }
            // `list[int]`: the generic classes make aliases; other built-in types are
            // not subscriptable.
            Value::Class(c) if c.builtin => {
                let t = types();
                let generic = [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_];
                if generic.iter().any(|g| Arc::ptr_eq(g, c)) {
                    Ok(crate::builtins::generic_alias::alias(obj.clone(), key))
                } else {
                    Err(self.not_subscriptable(obj))
                }
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    #[cold]
    fn not_subscriptable(&self, obj: &Value) -> crate::object::PyErr {
        match obj {
            Value::Class(c) => self.type_error(format!("type '{}' is not subscriptable", c.name)),
            _ => self.type_error(format!("'{}' object is not subscriptable", obj.type_name())),
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::Dict(d) => {
                let k = self.key_in(d, key)?;
                d.get_mut(&mut self.py).insert(k, value);
                Ok(())
            }
            Value::List(l) => match &key {
                Value::Slice(s) => {
                    let new_items = self.collect(&value)?;
                    let len = l.get(&self.py).len();
                    let (start, stop, step) = self.slice_indices(s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.get_mut(&mut self.py)
                            .splice(start as usize..stop as usize, new_items);
                        return Ok(());
                    }
                    let pos = self.slice_positions(s, len)?;
                    if pos.len() != new_items.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            pos.len()
                        )));
                    }
                    let items = l.get_mut(&mut self.py);
                    for (p, v) in pos.into_iter().zip(new_items) {
                        items[p] = v;
                    }
                    Ok(())
                }
                _ => {
                    let len = l.get(&self.py).len();
                    let i = self.seq_index(&key, len, "list assignment")?;
                    l.get_mut(&mut self.py)[i] = value;
                    Ok(())
                }
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(obj, "__setitem__", &[key, value])? {
                    Some(_) => Ok(()),
                    None => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        obj.type_name()
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                obj.type_name()
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::Dict(d) => {
                let k = self.key_in(d, key.clone())?;
                if d.get_mut(&mut self.py).remove(&k).is_none() {
                    return Err(self.key_error(key.clone()));
                }
                Ok(())
            }
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let len = l.get(&self.py).len();
                    let mut doomed = vec![false; len];
                    for p in self.slice_positions(s, len)? {
                        doomed[p] = true;
                    }
                    // One pass, whatever the step: removing one at a time made
                    // `del items[:n]` quadratic.
                    let mut i = 0;
                    l.get_mut(&mut self.py).retain(|_| {
                        i += 1;
                        !doomed[i - 1]
                    });
                    Ok(())
                }
                _ => {
                    let len = l.get(&self.py).len();
                    let i = self.seq_index(key, len, "list assignment")?;
                    l.get_mut(&mut self.py).remove(i);
                    Ok(())
                }
            },
            Value::Instance(_) | Value::Native(_) => {
                match self.call_special(obj, "__delitem__", std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => Err(self.type_error(format!(
                        "'{}' object doesn't support item deletion",
                        obj.type_name()
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                obj.type_name()
            ))),
        }
    }
}
