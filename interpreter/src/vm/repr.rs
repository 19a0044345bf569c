//! `repr`, `str`, `format` and `%`-formatting, as CPython prints them. Containers guard
//! against cycles (`[[...]]`) with a per-thread stack of objects being printed.

use super::Vm;
use crate::object::format::{self, PercentFlags};
use crate::object::pystr::intern;
use crate::object::unicode;
use crate::object::{Descriptor, PyResult, Value};
use num_bigint::BigInt;

thread_local! {
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if unicode::is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest that holds `c`.
fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let n = c as u32;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// Python's repr of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    let items = t.to_vec();
                    return self
                        .guarded(v, "(...)", |vm| Ok(format!("({})", vm.join_reprs(&items)?)));
                }
            }
            Value::List(l) => {
                let items = l.get(&self.py).clone();
                return self.guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)));
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d
                    .get(&self.py)
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect();
                return self.guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(pairs.len());
                    for (k, val) in &pairs {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                });
            }
            Value::Set(s) => {
                let items = self.set_items_in_order(s);
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = self.join_reprs(&items)?;
                if s.frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                )
            }
            Value::Function(f) => format!("<function {} at {}>", f.code.qualname, addr(v)),
            Value::Builtin(b) => format!("<built-in function {}>", b.name),
            Value::BoundMethod(m) => {
                let (recv, func) = (m.receiver.clone(), m.func.clone());
                match &func {
                    Value::Builtin(b) => {
                        format!(
                            "<built-in method {} of {} object at {}>",
                            b.name,
                            recv.type_name(),
                            addr(&recv)
                        )
                    }
                    Value::Function(f) => format!(
                        "<bound method {} of {}>",
                        f.code.qualname,
                        self.repr(&recv)?
                    ),
                    other => format!("<bound method of {}>", self.repr(other)?),
                }
            }
            Value::Class(c)
                if c.metaclass.as_ref().is_some_and(|m| {
                    matches!(
                        m.lookup(&self.py, &intern("__repr__")),
                        Some(Value::Function(_))
                    )
                }) =>
            {
                let r = self
                    .call_special(v, "__repr__", &[])?
                    .unwrap_or(Value::None);
                match r {
                    Value::Str(s) => s.as_str().to_string(),
                    other => {
                        return Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            other.type_name()
                        )))
                    }
                }
            }
            Value::Class(c) => {
                let module = c.dict.get(&self.py).get_str(&intern("__module__")).cloned();
                match module {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("<class '{}.{}'>", m, c.qualname)
                    }
                    _ => format!("<class '{}'>", c.qualname),
                }
            }
            Value::Module(m) => {
                let file = m.dict.get(&self.py).get_str(&intern("__file__")).cloned();
                match file {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f),
                    _ => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name,
                addr(v),
                c.filename,
                c.firstlineno
            ),
            Value::Cell(_) => format!("<cell at {}>", addr(v)),
            Value::Iter(it) => format!("<{} object at {}>", it.kind, addr(v)),
            Value::Generator(g) => format!("<generator object {} at {}>", g.qualname, addr(v)),
            Value::Descriptor(d) => match &**d {
                Descriptor::Property { .. } => format!("<property object at {}>", addr(v)),
                Descriptor::StaticMethod(f) => {
                    format!("<staticmethod({})>", self.repr(&f.clone())?)
                }
                Descriptor::ClassMethod(f) => format!("<classmethod({})>", self.repr(&f.clone())?),
            },
            Value::Instance(_) | Value::Native(_) => return self.user_repr(v),
        })
    }

    fn user_repr(&mut self, v: &Value) -> PyResult<String> {
        // A set subclass without a __repr__ of its own shows its class: `MySet({1, 2})`.
        if let Value::Instance(i) = v {
            if let Some(base @ Value::Set(_)) = &i.base {
                if matches!(self.lookup_special(v, "__repr__"), Some(Value::Builtin(_))) {
                    let inner = self.repr(&base.clone())?;
                    let inner = inner
                        .strip_prefix("frozenset(")
                        .and_then(|r| r.strip_suffix(')'))
                        .unwrap_or(&inner);
                    let inner = if inner == "set()" { "" } else { inner };
                    return Ok(format!("{}({})", i.class.name, inner));
                }
            }
        }
        match self.call_special(v, "__repr__", &[])? {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
            None => Ok(self.default_repr(v)),
        }
    }

    /// `<__main__.C object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = v.class();
        let module = cls
            .dict
            .get(&self.py)
            .get_str(&intern("__module__"))
            .cloned();
        match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("<{}.{} object at {}>", m, cls.qualname, addr(v))
            }
            _ => format!("<{} object at {}>", cls.qualname, addr(v)),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for i in items {
            parts.push(self.repr(i)?);
        }
        Ok(parts.join(", "))
    }

    /// Run `f` unless `v` is already being printed further up (a cycle).
    fn guarded(
        &mut self,
        v: &Value,
        cycle: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let p = v.ptr().unwrap_or(0);
        if REPR_STACK.with(|s| s.borrow().contains(&p)) {
            return Ok(cycle.to_string());
        }
        REPR_STACK.with(|s| s.borrow_mut().push(p));
        let r = f(self);
        REPR_STACK.with(|s| s.borrow_mut().pop());
        r
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) | Value::Native(_) => match self.call_special(v, "__str__", &[])? {
                Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                Some(other) => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    other.type_name()
                ))),
                None => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a value (no copy when `v` is already a str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::from_string(self.str(v)?)),
        }
    }

    /// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub fn format_value(
        &mut self,
        v: Value,
        conversion: usize,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            1 => self.str_value(&v)?,
            2 => Value::from_string(self.repr(&v)?),
            3 => Value::from_string(ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty() {
            if let Value::Str(_) = v {
                return Ok(v);
            }
        }
        self.format(&v, &spec).map(Value::from_string)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Bool(_) if spec.is_empty() => return self.str(v),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                format::format_int(&v.as_bigint().unwrap(), spec)
            }
            Value::Float(f) => format::format_float(*f, spec),
            Value::Str(s) => format::format_str(s.as_str(), spec),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(f) = self.lookup_special(v, "__format__") {
                    if let (Value::Builtin(_), Value::Instance(i)) = (&f, v) {
                        // A subclass of a built-in type formats its built-in value.
                        if let Some(base) = i.base.clone() {
                            return self.format(&base, spec);
                        }
                    }
                    if matches!(f, Value::Function(_)) {
                        let r = self.call0(&f, &[v.clone(), Value::str(spec)])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                other.type_name()
                            ))),
                        };
                    }
                }
                return self.object_format(v, spec);
            }
            _ => return self.object_format(v, spec),
        };
        r.map_err(|msg| {
            if format::is_overflow_error(&msg) {
                self.overflow_error(msg)
            } else {
                self.value_error(msg)
            }
        })
    }

    fn object_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str(v);
        }
        Err(self.type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        )))
    }

    /// `fmt % args`, for a str or (worked on as Latin-1 text) a bytes `fmt`.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let bytes_mode = matches!(fmt, Value::Bytes(_));
        let fmt: String = match fmt {
            Value::Bytes(b) => b.iter().map(|&c| c as char).collect(),
            _ => fmt.as_str().unwrap_or("").to_string(),
        };
        let (seq, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(_)
                if self.lookup_special(args, "__getitem__").is_some()
                    && !matches!(args, Value::Str(_)) =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len() + 16);
        let mut next_arg = 0usize;
        let mut used_mapping = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let mut key_value = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let kstart = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                let key: String = chars[kstart..i - 1].iter().collect();
                let Some(m) = &mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                let m = m.clone();
                let key = if bytes_mode {
                    Value::Bytes(std::sync::Arc::new(
                        key.chars().map(|c| c as u32 as u8).collect(),
                    ))
                } else {
                    Value::from_string(key)
                };
                key_value = Some(self.getitem(&m, &key)?);
                used_mapping = true;
            }
            let mut flags = PercentFlags::default();
            while i < chars.len() {
                match chars[i] {
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alternate = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
                if let Some(v) = key_value.take() {
                    return Ok(v);
                }
                match seq.get(next_arg) {
                    Some(v) if mapping.is_none() || seq.len() > 1 => {
                        next_arg += 1;
                        Ok(v.clone())
                    }
                    Some(v) => {
                        next_arg += 1;
                        Ok(v.clone())
                    }
                    None => Err(vm.type_error("not enough arguments for format string")),
                }
            };
            if i < chars.len() && chars[i] == '*' {
                let w = take_arg(self)?;
                flags.width = Some(self.index_value(&w)?.max(0) as usize);
                i += 1;
            } else {
                let ws = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > ws {
                    flags.width = chars[ws..i].iter().collect::<String>().parse().ok();
                }
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    let p = take_arg(self)?;
                    flags.precision = Some(self.index_value(&p)?.max(0) as usize);
                    i += 1;
                } else {
                    let ps = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    flags.precision =
                        Some(chars[ps..i].iter().collect::<String>().parse().unwrap_or(0));
                }
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(self.value_error("incomplete format"));
            }
            let ty = chars[i];
            i += 1;
            if ty == '%' {
                out.push('%');
                continue;
            }
            let arg = take_arg(self)?;
            let piece = match ty {
                's' | 'b' if bytes_mode => match arg.bytes_like(&self.py) {
                    Some(b) => {
                        format::percent_pad(&b.iter().map(|&c| c as char).collect::<String>(), &flags)
                    }
                    None => return Err(self.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        arg.type_name()
                    ))),
                },
                'c' if bytes_mode => {
                    let c = match &arg {
                        Value::Bytes(b) if b.len() == 1 => b[0],
                        Value::Native(_) if arg.bytes_like(&self.py).is_some_and(|b| b.len() == 1) => {
                            arg.bytes_like(&self.py).map_or(0, |b| b[0])
                        }
                        Value::Int(n @ 0..=255) => *n as u8,
                        Value::Int(_) => return Err(self.overflow_error("%c arg not in range(256)")),
                        _ => return Err(self.type_error("%c requires an integer in range(256) or a single byte")),
                    };
                    flags.precision = None;
                    format::percent_pad(&(c as char).to_string(), &flags)
                }
                's' => {
                    let s = self.str(&arg)?;
                    format::percent_pad(&s, &flags)
                }
                'r' | 'a' => {
                    let mut s = self.repr(&arg)?;
                    if ty == 'a' || bytes_mode {
                        s = ascii_escape(&s);
                    }
                    format::percent_pad(&s, &flags)
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n: BigInt = match &arg {
                        Value::Float(f) if matches!(ty, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(
                                    self.overflow_error("cannot convert float infinity to integer")
                                );
                            }
                            BigInt::from(f.trunc() as i128)
                        }
                        other => match other.as_bigint() {
                            Some(b) => b,
                            None => {
                                let what = if matches!(ty, 'd' | 'i' | 'u') {
                                    "a real number"
                                } else {
                                    "an integer"
                                };
                                return Err(self.type_error(format!(
                                    "%{} format: {} is required, not {}",
                                    ty,
                                    what,
                                    other.type_name()
                                )));
                            }
                        },
                    };
                    format::percent_format_int(&n, &flags, ty)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match &arg {
                        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                            self.to_f64(&arg)?
                        }
                        other => {
                            return Err(self.type_error(format!(
                                "must be real number, not {}",
                                other.type_name()
                            )))
                        }
                    };
                    format::percent_format_float(f, &flags, ty)
                }
                'c' => {
                    let ch = match &arg {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Int(n) => match char::from_u32(*n as u32) {
                            Some(c) if *n >= 0 => c.to_string(),
                            _ => return Err(self.overflow_error("%c arg not in range(0x110000)")),
                        },
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    flags.precision = None;
                    format::percent_pad(&ch, &flags)
                }
                other => {
                    return Err(self.value_error(format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if next_arg < seq.len() && !used_mapping && mapping.is_none() {
            return Err(self.type_error(if bytes_mode {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        if bytes_mode {
            return Ok(Value::Bytes(std::sync::Arc::new(
                out.chars().map(|c| c as u32 as u8).collect(),
            )));
        }
        Ok(Value::from_string(out))
    }
}

/// The address shown in default reprs.
pub fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.ptr().unwrap_or(0))
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}
