//! `str` (and `bytes`) methods, including `str.format` with CPython's field syntax:
//! `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`/`!s`/`!a`, `:spec` with nested
//! fields.

use super::{add_methods, arg, check_method};
use crate::object::types::types;
use crate::object::unicode;
use crate::object::{Args, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::sync::Arc;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.str,
        &[
            ("__new__", str_new),
            ("format", format),
            ("format_map", format_map),
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("upper", upper),
            ("lower", lower),
            ("casefold", lower),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isprintable", isprintable),
            ("isascii", isascii),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("partition", partition),
            ("rpartition", rpartition),
            ("encode", encode),
            ("expandtabs", expandtabs),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("translate", translate),
        ],
    );
    add_methods(vm, &t.bytes, &[("__new__", bytes_new), ("decode", decode)]);
    // A static method, as in CPython: `str.maketrans(...)` and `s.maketrans(...)` alike.
    let maketrans = crate::object::Descriptor::StaticMethod(super::native("maketrans", maketrans));
    t.str
        .dict
        .get_mut(&mut vm.py)
        .set("maketrans", Value::Descriptor(Arc::new(maketrans)));
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Arc<PyStr>> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            other.type_name()
        ))),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "{}() argument {} must be str, not {}",
            fname,
            pos,
            other.type_name()
        ))),
    }
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::allow_kwargs(vm, "str", &args, &["object", "encoding", "errors"])?;
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let obj = arg(&args, 1, "object");
    let encoding = arg(&args, 2, "encoding");
    match (obj, encoding) {
        (None, _) => Ok(Value::str("")),
        (Some(b), Some(_)) if b.bytes_like(&vm.py).is_some() => {
            let b = b.bytes_like(&vm.py).unwrap_or_default();
            Ok(Value::from_string(String::from_utf8_lossy(&b).to_string()))
        }
        (Some(v), _) => vm.str_value(v),
    }
}

/// Parse and apply a `str.format` template.
pub fn format_string(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<String> {
    let mut out = String::with_capacity(fmt.len());
    let chars: Vec<char> = fmt.chars().collect();
    let mut auto = 0usize;
    let mut manual = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace (specs may nest one level of fields).
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            // CPython: a '{' with no '}' anywhere after it is a "single '{'", one whose
            // field is cut off by the end of the string is "expected '}'".
            let msg = if chars[i + 1..].contains(&'}')
                || !chars[i + 1..].iter().any(|c| !c.is_whitespace())
            {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            };
            return Err(vm.value_error(msg));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        let (head, spec) = match field.find(':') {
            Some(p) if !field[..p].contains('[') || field[..p].contains(']') => {
                (&field[..p], Some(&field[p + 1..]))
            }
            _ => (&field[..], None),
        };
        let (name, conv) = match head.rfind('!') {
            Some(p) => (&head[..p], Some(&head[p + 1..])),
            None => (head, None),
        };
        // The first part of the name: an index, a keyword, or empty (automatic).
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if manual {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let v = pos.get(auto).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {auto} out of range for positional args tuple"
                ))
            })?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if auto > 0 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            pos.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        } else {
            kw(first).ok_or_else(|| vm.key_error(Value::str(first)))?
        };
        // Attribute and index accessors.
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = vm.get_attr(&value, &crate::object::pystr::intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key_s = &r[..end];
                let key = match key_s.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key_s),
                };
                value = vm.getitem(&value, &key)?;
                rest = &r[end + 1..];
            } else {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        let value = match conv {
            None => value,
            Some("r") => Value::from_string(vm.repr(&value)?),
            Some("s") => vm.str_value(&value)?,
            Some("a") => Value::from_string(crate::vm::ascii_escape(&vm.repr(&value)?)),
            Some(other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
            }
        };
        let spec = match spec {
            // Nested fields share the automatic numbering.
            Some(s) if s.contains('{') => format_string_nested(vm, s, pos, kw, &mut auto)?,
            Some(s) => s.to_string(),
            None => String::new(),
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

fn format_string_nested(
    vm: &mut Vm,
    spec: &str,
    pos: &[Value],
    kw: &dyn Fn(&str) -> Option<Value>,
    auto: &mut usize,
) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = spec;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map(|e| e + start)
            .ok_or_else(|| vm.value_error("unmatched '{' in format spec"))?;
        let name = &rest[start + 1..end];
        let v = if name.is_empty() {
            let v = pos.get(*auto).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto
                ))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = name.parse::<usize>() {
            pos.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        } else {
            kw(name).ok_or_else(|| vm.key_error(Value::str(name)))?
        };
        out.push_str(&vm.str(&v)?);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?.clone();
    let kwnames = args.kwnames.to_vec();
    let kwvals = args.kwvals.to_vec();
    let lookup = move |name: &str| -> Option<Value> {
        kwnames
            .iter()
            .position(|k| k.as_str() == Some(name))
            .map(|i| kwvals[i].clone())
    };
    Ok(Value::from_string(format_string(
        vm,
        s.as_str(),
        &args.pos[1..],
        &lookup,
    )?))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "format_map", &args, 1, 1)?;
    let s = this(vm, &args, "format_map")?.clone();
    let mapping = args.pos[1].clone();
    let Value::Dict(d) = &mapping else {
        return Err(vm.type_error("format_map() argument must be a mapping"));
    };
    let snapshot = d.get(&vm.py).clone();
    let lookup = move |name: &str| {
        snapshot
            .get_str(&crate::object::pystr::intern(name))
            .cloned()
    };
    Ok(Value::from_string(format_string(
        vm,
        s.as_str(),
        &[],
        &lookup,
    )?))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "join", &args, 1, 1)?;
    let sep = this(vm, &args, "join")?.clone();
    let items = vm.collect(&args.pos[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match item {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    other.type_name()
                )))
            }
        }
    }
    Ok(Value::from_string(out))
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    super::allow_kwargs(vm, name, args, &["sep", "maxsplit"])?;
    let sep = match arg(args, 1, "sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.as_str().to_string())
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", other.type_name())))
        }
    };
    let max = match arg(args, 2, "maxsplit") {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    Ok((sep, max))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "split")?.clone();
    let (sep, max) = split_args(vm, &args, "split")?;
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.as_str().split(sep.as_str()).map(str::to_string).collect()
            } else {
                s.as_str()
                    .splitn(max as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
        None => {
            let mut out = vec![];
            let mut rest = s.as_str().trim_start_matches(unicode::is_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(unicode::is_space).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(unicode::is_space);
            }
            out
        }
    };
    Ok(Value::list(
        parts.into_iter().map(Value::from_string).collect(),
    ))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "rsplit")?.clone();
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.as_str()
                    .rsplit(sep.as_str())
                    .map(str::to_string)
                    .collect()
            } else {
                s.as_str()
                    .rsplitn(max as usize + 1, sep.as_str())
                    .map(str::to_string)
                    .collect()
            }
        }
        None => {
            let mut out = vec![];
            let mut rest = s.as_str().trim_end_matches(unicode::is_space);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(unicode::is_space)
                    .map_or(0, |p| p + rest[p..].chars().next().unwrap().len_utf8());
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(unicode::is_space);
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(
        parts.into_iter().map(Value::from_string).collect(),
    ))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?.clone();
    let keep = match arg(&args, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = vec![];
    let text = s.as_str();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < bytes.len() {
        let (i, c) = bytes[k];
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = i + c.len_utf8();
            if c == '\r' && bytes.get(k + 1).map(|b| b.1) == Some('\n') {
                end += 1;
                k += 1;
            }
            out.push(if keep {
                text[start..end].to_string()
            } else {
                text[start..i].to_string()
            });
            start = end;
        }
        k += 1;
    }
    if start < text.len() {
        out.push(text[start..].to_string());
    }
    Ok(Value::list(
        out.into_iter().map(Value::from_string).collect(),
    ))
}

fn strip_chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    check_method(vm, name, args, 0, 1)?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().chars().collect())),
        Some(other) => Err(vm.type_error(
            format!("{} arg must be None or str", name)
                .replace(
                    "arg",
                    &format!("arg must be None or str, not {}", other.type_name()),
                )
                .split(", not")
                .next()
                .map(|_| format!("{name} arg must be None or str"))
                .unwrap(),
        )),
    }
}

fn do_strip(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.clone();
    let chars = strip_chars(vm, &args, name)?;
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => unicode::is_space(c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(Value::str(t))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

fn map_str(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    check_method(vm, name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    Ok(Value::from_string(f(s.as_str())))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "upper", str::to_uppercase)
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "lower", str::to_lowercase)
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = unicode::is_cased(c);
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(f) => f
                .to_uppercase()
                .chain(cs.flat_map(|c| c.to_lowercase()))
                .collect(),
            None => String::new(),
        }
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_str(vm, args, "swapcase", |s| {
        s.chars()
            .flat_map(|c| -> Vec<char> {
                if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "replace", &args, 2, 3)?;
    let s = this(vm, &args, "replace")?.clone();
    let old = str_arg(vm, &args.pos[1], "replace", 1)?;
    let new = str_arg(vm, &args.pos[2], "replace", 2)?;
    let count = match args.pos.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    Ok(Value::from_string(if count < 0 {
        s.as_str().replace(old, new)
    } else {
        s.as_str().replacen(old, new, count as usize)
    }))
}

/// Character offsets `start..end` (with Python's negative and clamped indices) as a
/// byte range of `s`.
fn char_range(
    vm: &mut Vm,
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize, usize)> {
    let n = s.char_len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_value(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = norm(vm, start, 0)?;
    let b = norm(vm, end, n)?;
    if a > b {
        return Ok((usize::MAX, 0, a as usize));
    }
    Ok((
        s.byte_offset(a as usize),
        s.byte_offset(b as usize),
        a as usize,
    ))
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 3)?;
    let s = this(vm, &args, name)?.clone();
    let (a, b, _) = char_range(vm, &s, args.pos.get(2), args.pos.get(3))?;
    if a == usize::MAX {
        return Ok(Value::Bool(false));
    }
    let region = &s.as_str()[a..b];
    let test = |p: &str| {
        if at_start {
            region.starts_with(p)
        } else {
            region.ends_with(p)
        }
    };
    match &args.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(items) => {
            for i in items.iter() {
                match i {
                    Value::Str(p) if test(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            other.type_name()
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

/// find/rfind: the character index of `sub`, or -1.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<i64> {
    check_method(vm, name, args, 1, 3)?;
    let s = this(vm, args, name)?.clone();
    let sub = match &args.pos[1] {
        Value::Str(p) => p.clone(),
        other => return Err(vm.type_error(format!("must be str, not {}", other.type_name()))),
    };
    let (a, b, char_start) = char_range(vm, &s, args.pos.get(2), args.pos.get(3))?;
    if a == usize::MAX {
        return Ok(-1);
    }
    let region = &s.as_str()[a..b];
    let found = if reverse {
        region.rfind(sub.as_str())
    } else {
        region.find(sub.as_str())
    };
    Ok(match found {
        Some(byte) if s.is_ascii() => (char_start + byte) as i64,
        Some(byte) => (char_start + region[..byte].chars().count()) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, &args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, &args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "count", &args, 1, 3)?;
    let s = this(vm, &args, "count")?.clone();
    let sub = str_arg(vm, &args.pos[1], "count", 1)?.to_string();
    let (a, b, _) = char_range(vm, &s, args.pos.get(2), args.pos.get(3))?;
    if a == usize::MAX {
        return Ok(Value::Int(0));
    }
    let region = &s.as_str()[a..b];
    let n = if sub.is_empty() {
        region.chars().count() + 1
    } else {
        region.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    check_method(vm, name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    Ok(Value::Bool(f(s.as_str())))
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(unicode::is_decimal)
    })
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(unicode::is_digit)
    })
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(unicode::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(unicode::is_alpha)
    })
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(unicode::is_alnum)
    })
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(unicode::is_space)
    })
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

/// CPython: no lowercase or titlecase character, and at least one uppercase one.
fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| {
        let mut cased = false;
        for c in s.chars() {
            if unicode::is_lower(c) || unicode::is_title(c) {
                return false;
            }
            cased |= unicode::is_upper(c);
        }
        cased
    })
}

/// CPython: no uppercase or titlecase character, and at least one lowercase one.
fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| {
        let mut cased = false;
        for c in s.chars() {
            if unicode::is_upper(c) || unicode::is_title(c) {
                return false;
            }
            cased |= unicode::is_lower(c);
        }
        cased
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if unicode::is_upper(c) || unicode::is_title(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if unicode::is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if unicode::is_id_start(c) => cs.all(unicode::is_id_continue),
            _ => false,
        }
    })
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}

fn pad(vm: &mut Vm, args: Args, name: &str, how: char) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 2)?;
    let s = this(vm, &args, name)?.clone();
    let width = vm.index_value(&args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap(),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        None => ' ',
    };
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    let total = width - n;
    let (left, right) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's rule for odd padding: the extra character goes left when the
            // requested width is odd.
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::from_string(format!(
        "{}{}{}",
        f.repeat(left),
        s.as_str(),
        f.repeat(right)
    )))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", '^')
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "zfill", &args, 1, 1)?;
    let s = this(vm, &args, "zfill")?.clone();
    let width = vm.index_value(&args.pos[1])?.max(0) as usize;
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    let t = s.as_str();
    let (sign, digits) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), t),
    };
    Ok(Value::from_string(format!(
        "{}{}{}",
        sign,
        "0".repeat(width - n),
        digits
    )))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 1)?;
    let s = this(vm, &args, name)?.clone();
    let sep = str_arg(vm, &args.pos[1], name, 1)?.to_string();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = s.as_str();
    let found = if reverse {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&t[..i]),
            Value::from_string(sep.clone()),
            Value::str(&t[i + sep.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), Value::str(""), Value::str("")],
    }))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

pub(super) fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?.clone();
    let encoding = arg(&args, 1, "encoding")
        .and_then(|v| v.as_str())
        .unwrap_or("utf-8");
    let errors = arg(&args, 2, "errors")
        .and_then(|v| v.as_str())
        .unwrap_or("strict");
    let limit = match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => return Ok(Value::Bytes(Arc::new(s.as_str().as_bytes().to_vec()))),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => ("latin-1", 256u32),
        "ascii" | "us-ascii" => ("ascii", 128u32),
        other => {
            return Err(vm.error(
                &types().exc.lookup_error,
                format!("unknown encoding: {other}"),
            ))
        }
    };
    let mut out = Vec::with_capacity(s.as_str().len());
    for (i, c) in s.as_str().chars().enumerate() {
        if (c as u32) < limit.1 {
            out.push(c as u32 as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                return Err(vm.error(
                    &types().exc.unicode_encode_error,
                    format!(
                    "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                    limit.0,
                    crate::vm::ascii_escape(&crate::vm::str_repr(&c.to_string())),
                    i,
                    limit.1
                ),
                ))
            }
        }
    }
    Ok(Value::Bytes(Arc::new(out)))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?.clone();
    let size = match arg(&args, 1, "tabsize") {
        Some(v) => vm.index_value(v)?.max(0) as usize,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::from_string(out))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "removeprefix", &args, 1, 1)?;
    let s = this(vm, &args, "removeprefix")?.clone();
    let p = str_arg(vm, &args.pos[1], "removeprefix", 1)?;
    Ok(Value::str(s.as_str().strip_prefix(p).unwrap_or(s.as_str())))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "removesuffix", &args, 1, 1)?;
    let s = this(vm, &args, "removesuffix")?.clone();
    let p = str_arg(vm, &args.pos[1], "removesuffix", 1)?;
    Ok(Value::str(s.as_str().strip_suffix(p).unwrap_or(s.as_str())))
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bytes = bytes_from_source(vm, &args, "bytes")?;
    Ok(Value::Bytes(Arc::new(bytes)))
}

/// The contents of `bytes(...)` or `bytearray(...)` (`what` names the type): nothing,
/// a count of zeros, a str with an encoding, a bytes-like object, or an iterable of ints.
pub(super) fn bytes_from_source(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Vec<u8>> {
    super::allow_kwargs(vm, what, args, &["source", "encoding", "errors"])?;
    if args.pos.len() + args.kwnames.len() > 4 {
        return Err(vm.type_error(format!(
            "{what}() takes at most 3 arguments ({} given)",
            args.pos.len() + args.kwnames.len() - 1
        )));
    }
    let source = arg(args, 1, "source");
    let encoding = arg(args, 2, "encoding");
    let errors = arg(args, 3, "errors");
    let source = match (source, encoding, errors) {
        (Some(s @ Value::Str(_)), Some(enc), errors) => {
            let mut pos = vec![s.clone(), enc.clone()];
            pos.extend(errors.cloned());
            return match encode(vm, Args::new(&pos))? {
                Value::Bytes(b) => Ok((*b).clone()),
                _ => Ok(vec![]),
            };
        }
        (Some(Value::Str(_)), None, _) => {
            return Err(vm.type_error("string argument without an encoding"))
        }
        (_, Some(_), _) => return Err(vm.type_error("encoding without a string argument")),
        (_, None, Some(_)) => return Err(vm.type_error("errors without a string argument")),
        (None, None, None) => return Ok(vec![]),
        (Some(v), None, None) => v,
    };
    if let Some(b) = source.bytes_like(&vm.py) {
        return Ok((*b).clone());
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = source {
        let n = vm.index_value(source)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = vm.iter(source).map_err(|e| {
        if e.matches(&types().exc.type_error) {
            vm.type_error(format!(
                "cannot convert '{}' object to {what}",
                source.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut out = vec![];
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item, what)?);
    }
    Ok(out)
}

/// An int in range(0, 256), as a byte ("byte must be in range(0, 256)" otherwise; the
/// bytes constructor says "bytes must ...").
pub(super) fn byte_value(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_value(v)?,
    };
    match u8::try_from(n) {
        Ok(b) => Ok(b),
        Err(_) if what == "bytes" => Err(vm.value_error("bytes must be in range(0, 256)")),
        Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

pub(super) fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(b) = args.pos.first().and_then(|v| v.bytes_like(&vm.py)) else {
        return Err(vm.type_error("descriptor 'decode' requires a 'bytes' object"));
    };
    let encoding = arg(&args, 1, "encoding")
        .and_then(|v| v.as_str())
        .unwrap_or("utf-8");
    match encoding.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => {}
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            return Ok(Value::from_string(b.iter().map(|&c| c as char).collect()));
        }
        "ascii" | "us-ascii" => {
            if let Some(pos) = b.iter().position(|c| !c.is_ascii()) {
                return Err(vm.error(
                    &types().exc.unicode_decode_error,
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        b[pos], pos
                    ),
                ));
            }
        }
        other => {
            return Err(vm.error(
                &types().exc.lookup_error,
                format!("unknown encoding: {other}"),
            ))
        }
    }
    match std::str::from_utf8(&b) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            Err(vm.error(
                &types().exc.unicode_decode_error,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[pos], pos
                ),
            ))
        }
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = args.pos;
    let mut table = crate::object::Dict::new();
    let code = |c: char| Value::Int(c as i64);
    match rest {
        [Value::Dict(d)] => {
            let pairs: Vec<(Value, Value)> = d
                .get(&vm.py)
                .iter()
                .map(|(k, v)| (k.value.clone(), v.clone()))
                .collect();
            for (k, v) in pairs {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => code(s.as_str().chars().next().unwrap()),
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                };
                let key = vm.hash_key(key)?;
                table.insert(key, v);
            }
        }
        [Value::Str(x), Value::Str(y), extra @ ..] => {
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                let key = vm.hash_key(code(a))?;
                table.insert(key, code(b));
            }
            if let Some(Value::Str(z)) = extra.first() {
                for c in z.as_str().chars() {
                    let key = vm.hash_key(code(c))?;
                    table.insert(key, Value::None);
                }
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
        _ => return Err(vm.type_error("maketrans() argument 2 must be str")),
    }
    Ok(Value::dict(table))
}

/// `str.translate(table)`: map each character through `table[ord(c)]` (a str, a code
/// point, or None to delete; characters missing from the table stay).
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "translate", &args, 1, 1)?;
    let s = this(vm, &args, "translate")?.clone();
    let table = args.pos[1].clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(r.as_str()),
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
            Err(e) if e.matches(&types().exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::from_string(out))
}
