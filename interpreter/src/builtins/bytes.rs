//! `bytes` methods (beyond `__new__` and `decode`, which live in `str.rs`): searching,
//! splitting, stripping, ASCII-only case mapping and classification, padding, and
//! `hex`/`fromhex`. Errors are worded as CPython's. bytearray's methods of the same
//! names call these (they take either as `self` and bytes-like arguments).

use super::{add_methods, allow_kwargs, arg, check_method};
use crate::object::types::types;
use crate::object::{Args, Descriptor, PyResult, Value};
use crate::vm::Vm;
use std::sync::Arc;

type B = Arc<Vec<u8>>;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.bytes,
        &[
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("upper", upper),
            ("lower", lower),
            ("capitalize", capitalize),
            ("title", title),
            ("swapcase", swapcase),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isascii", isascii),
            ("hex", hex),
            ("partition", partition),
            ("rpartition", rpartition),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
        ],
    );
    let m = Descriptor::ClassMethod(super::native("fromhex", fromhex));
    t.bytes
        .dict
        .get_mut(&mut vm.py)
        .set("fromhex", Value::Descriptor(Arc::new(m)));
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(v))
}

/// CPython's `Py_ISSPACE`: ASCII whitespace including `\v` and `\f`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The receiver: a bytes, or a bytearray (whose methods reuse these, see bytearray.rs).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<B> {
    match args.pos.first() {
        Some(v) => v.bytes_like(&vm.py).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                v.type_name()
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bytes' object needs an argument"
        ))),
    }
}

/// A bytes-like argument (bytes or bytearray), else "a bytes-like object is required".
fn need(vm: &Vm, v: &Value) -> PyResult<B> {
    v.bytes_like(&vm.py).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// Argument-clinic style count check: `find() takes at least 1 argument (0 given)`.
fn clinic(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let (word, k) = match () {
        _ if n < min => ("least", min),
        _ if n > max => ("most", max),
        _ => return Ok(()),
    };
    Err(vm.type_error(format!(
        "{name}() takes at {word} {k} argument{} ({n} given)",
        s(k)
    )))
}

fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("bytes.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `start`/`end` as in CPython's `ADJUST_INDICES`; None when the range is empty past
/// the end (`start > len` or `start > end`).
fn range(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let mut norm = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let i = match v {
            None | Some(Value::None) => return Ok(default),
            Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
                vm.index_value(v)?
            }
            Some(_) => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let a = norm(start, 0)?;
    let b = norm(end, n)?.min(n);
    Ok((a <= n && a <= b).then_some((a as usize, b as usize)))
}

/// The first (or last) position of `needle` in `hay`.
fn find_in(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut it = (0..=hay.len() - needle.len()).filter(|&i| &hay[i..i + needle.len()] == needle);
    if rev {
        it.next_back()
    } else {
        it.next()
    }
}

/// find, rfind, index, rindex, count: a bytes or int needle in `self[start:end]`.
fn search(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, name, args)?;
    clinic(vm, name, args, 1, 3)?;
    let s = this(vm, args, name)?;
    let region = range(vm, args.pos.get(2), args.pos.get(3), s.len())?;
    let sub = match &args.pos[1] {
        v if v.bytes_like(&vm.py).is_some() => need(vm, v)?.to_vec(),
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => match v.as_i64() {
            Some(i @ 0..=255) => vec![i as u8],
            _ => return Err(vm.value_error("byte must be in range(0, 256)")),
        },
        other => {
            return Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            )))
        }
    };
    let found = match region {
        Some((a, b)) if name == "count" => {
            let h = &s[a..b];
            if sub.is_empty() {
                return Ok(Value::Int(h.len() as i64 + 1));
            }
            let (mut i, mut c) = (0, 0);
            while let Some(p) = find_in(&h[i..], &sub, false) {
                c += 1;
                i += p + sub.len();
            }
            return Ok(Value::Int(c));
        }
        Some((a, b)) => find_in(&s[a..b], &sub, name.starts_with('r')).map(|i| i + a),
        None if name == "count" => return Ok(Value::Int(0)),
        None => None,
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if name.ends_with("index") => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub(super) fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "find")
}

pub(super) fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rfind")
}

pub(super) fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "index")
}

pub(super) fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rindex")
}

pub(super) fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "count")
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    no_kwargs(vm, name, &args)?;
    clinic(vm, name, &args, 1, 3)?;
    let s = this(vm, &args, name)?;
    let region = range(vm, args.pos.get(2), args.pos.get(3), s.len())?.map(|(a, b)| &s[a..b]);
    let test = |p: &[u8]| {
        region.is_some_and(|r| {
            if at_start {
                r.starts_with(p)
            } else {
                r.ends_with(p)
            }
        })
    };
    match &args.pos[1] {
        p if p.bytes_like(&vm.py).is_some() => Ok(Value::Bool(test(&need(vm, p)?))),
        Value::Tuple(items) => {
            for item in items.iter() {
                if test(&need(vm, item)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            other.type_name()
        ))),
    }
}

pub(super) fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

pub(super) fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn list_of(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| bytes(p.to_vec())).collect())
}

fn trim(s: &[u8], f: impl Fn(u8) -> bool, left: bool, right: bool) -> &[u8] {
    let (mut a, mut b) = (0, s.len());
    while left && a < b && f(s[a]) {
        a += 1;
    }
    while right && b > a && f(s[b - 1]) {
        b -= 1;
    }
    &s[a..b]
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    allow_kwargs(vm, name, &args, &["sep", "maxsplit"])?;
    clinic(vm, name, &args, 0, 2)?;
    let s = this(vm, &args, name)?;
    let sep = match arg(&args, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => Some(need(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let max = match arg(&args, 2, "maxsplit") {
        Some(v) => usize::try_from(vm.index_value(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut parts: Vec<&[u8]> = vec![];
    let mut rest: &[u8] = &s;
    if let Some(sep) = &sep {
        while parts.len() < max {
            let Some(i) = find_in(rest, sep, rev) else {
                break;
            };
            let (head, tail) = (&rest[..i], &rest[i + sep.len()..]);
            parts.push(if rev { tail } else { head });
            rest = if rev { head } else { tail };
        }
        parts.push(rest);
    } else {
        loop {
            rest = trim(rest, is_space, !rev, rev);
            if rest.is_empty() {
                break;
            }
            if parts.len() == max {
                parts.push(rest);
                break;
            }
            let cut = if rev {
                rest.iter().rposition(|&c| is_space(c)).map_or(0, |p| p + 1)
            } else {
                rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len())
            };
            let (head, tail) = rest.split_at(cut);
            parts.push(if rev { tail } else { head });
            rest = if rev { head } else { tail };
        }
    }
    if rev {
        parts.reverse();
    }
    Ok(list_of(parts))
}

pub(super) fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

pub(super) fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

pub(super) fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "splitlines", &args, &["keepends"])?;
    clinic(vm, "splitlines", &args, 0, 1)?;
    let s = this(vm, &args, "splitlines")?;
    let keep = match arg(&args, 1, "keepends") {
        Some(v) => vm.index_value(v)? != 0,
        None => false,
    };
    let (mut parts, mut start, mut i) = (vec![], 0, 0);
    while i < s.len() {
        if s[i] == b'\n' || s[i] == b'\r' {
            let end = i + 1 + (s[i] == b'\r' && s.get(i + 1) == Some(&b'\n')) as usize;
            parts.push(&s[start..if keep { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(list_of(parts))
}

pub(super) fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "join", &args, 1, 1)?;
    let sep = this(vm, &args, "join")?;
    let items = vm.collect(&args.pos[1]).map_err(|e| {
        if e.matches(&types().exc.type_error) {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = vec![];
    for (i, item) in items.iter().enumerate() {
        let Some(b) = item.bytes_like(&vm.py) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(bytes(out))
}

fn do_strip(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_method(vm, name, &args, 0, 1)?;
    let s = this(vm, &args, name)?;
    let out = match args.pos.get(1) {
        None | Some(Value::None) => trim(&s, is_space, left, right),
        Some(v) => {
            let chars = need(vm, v)?;
            trim(&s, |c| chars.contains(&c), left, right)
        }
    };
    Ok(bytes(out.to_vec()))
}

pub(super) fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}

pub(super) fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}

pub(super) fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

pub(super) fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "replace", &args, 2, 3)?;
    let s = this(vm, &args, "replace")?;
    let (old, new) = (need(vm, &args.pos[1])?, need(vm, &args.pos[2])?);
    let count = match args.pos.get(3) {
        Some(v) => usize::try_from(vm.index_value(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let (mut out, mut rest, mut n) = (vec![], &s[..], 0);
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for &c in s.iter() {
            if n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.extend_from_slice(&new);
        }
        return Ok(bytes(out));
    }
    while n < count {
        let Some(i) = find_in(rest, &old, false) else {
            break;
        };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        n += 1;
    }
    out.extend_from_slice(rest);
    Ok(bytes(out))
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    check_method(vm, name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    Ok(bytes(f(&s)))
}

pub(super) fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", <[u8]>::to_ascii_uppercase)
}

pub(super) fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", <[u8]>::to_ascii_lowercase)
}

pub(super) fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |s| {
        let mut out = s.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            c.make_ascii_uppercase();
        }
        out
    })
}

pub(super) fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |s| {
        let mut prev_cased = false;
        s.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

pub(super) fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    check_method(vm, name, &args, 0, 0)?;
    let s = this(vm, &args, name)?;
    Ok(Value::Bool(f(&s)))
}

fn all_of(vm: &mut Vm, args: Args, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    predicate(vm, args, name, |s| !s.is_empty() && s.iter().all(f))
}

pub(super) fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_of(vm, args, "isdigit", u8::is_ascii_digit)
}

pub(super) fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_of(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

pub(super) fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_of(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

pub(super) fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_of(vm, args, "isspace", |&c| is_space(c))
}

pub(super) fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| {
        s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)
    })
}

pub(super) fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| {
        s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)
    })
}

pub(super) fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |s| {
        let (mut prev_cased, mut any) = (false, false);
        for c in s {
            if c.is_ascii_alphabetic() {
                if c.is_ascii_uppercase() == prev_cased {
                    return false;
                }
                any = true;
            }
            prev_cased = c.is_ascii_alphabetic();
        }
        any
    })
}

pub(super) fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", <[u8]>::is_ascii)
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: groups count from the right when
/// `bytes_per_sep` is positive, from the left when negative.
pub(super) fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "hex", &args, &["sep", "bytes_per_sep"])?;
    clinic(vm, "hex", &args, 0, 2)?;
    let s = this(vm, &args, "hex")?;
    let sep = match arg(&args, 1, "sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(t)) => Some((t.char_len(), t.as_str().to_string())),
        Some(Value::Bytes(b)) => Some((b.len(), b.iter().map(|&c| c as char).collect())),
        Some(other) => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    };
    let sep = match sep {
        Some((n, _)) if n != 1 => return Err(vm.value_error("sep must be length 1.")),
        Some((_, sep)) if !sep.is_ascii() => return Err(vm.value_error("sep must be ASCII.")),
        other => other.map(|p| p.1),
    };
    let per = match arg(&args, 2, "bytes_per_sep") {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let hex_of = |c: &[u8]| c.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let out = match sep {
        Some(sep) if per != 0 => {
            let k = per.unsigned_abs() as usize;
            let mut groups: Vec<String> = if per < 0 {
                s.chunks(k).map(hex_of).collect()
            } else {
                s.rchunks(k).map(hex_of).collect()
            };
            if per > 0 {
                groups.reverse();
            }
            groups.join(&sep)
        }
        _ => hex_of(&s),
    };
    Ok(Value::from_string(out))
}

pub(super) fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 || args.has_kwargs() {
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1) + args.kwnames.len()
        )));
    }
    let Value::Str(text) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            args.pos[1].type_name()
        )));
    };
    let cs: Vec<char> = text.as_str().chars().collect();
    let bad = |vm: &Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let (mut out, mut i) = (vec![], 0);
    loop {
        while i < cs.len() && (cs[i].is_whitespace() || ('\x1c'..='\x1f').contains(&cs[i])) {
            i += 1;
        }
        if i == cs.len() {
            return Ok(bytes(out));
        }
        let hi = cs[i].to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = cs
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 1)?;
    let s = this(vm, &args, name)?;
    let sep = need(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = match find_in(&s, &sep, rev) {
        Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]],
        None if rev => [&[][..], &[], &s[..]],
        None => [&s[..], &[], &[]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| bytes(p.to_vec())).collect(),
    ))
}

pub(super) fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub(super) fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(vm.index_value(v)?.max(0) as usize)
}

fn pad(vm: &mut Vm, args: Args, name: &str, how: char) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 2)?;
    let s = this(vm, &args, name)?;
    let width = width_arg(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(f) if f.bytes_like(&vm.py).is_some_and(|f| f.len() == 1) => need(vm, f)?[0],
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                other.type_name()
            )))
        }
    };
    let total = width.saturating_sub(s.len());
    let left = match how {
        '<' => 0,
        '>' => total,
        // CPython's rule for odd padding: the extra byte goes left when the width is odd.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&s);
    out.resize(s.len() + total, fill);
    Ok(bytes(out))
}

pub(super) fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", '^')
}

pub(super) fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", '<')
}

pub(super) fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", '>')
}

pub(super) fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "zfill", &args, 1, 1)?;
    let s = this(vm, &args, "zfill")?;
    let width = width_arg(vm, &args.pos[1])?;
    let signed = matches!(s.first(), Some(b'+' | b'-')) as usize;
    let mut out = s[..signed].to_vec();
    out.resize(signed + width.saturating_sub(s.len()), b'0');
    out.extend_from_slice(&s[signed..]);
    Ok(bytes(out))
}

pub(super) fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs(vm, "expandtabs", &args, &["tabsize"])?;
    clinic(vm, "expandtabs", &args, 0, 1)?;
    let s = this(vm, &args, "expandtabs")?;
    let size = match arg(&args, 1, "tabsize") {
        Some(v) => width_arg(vm, v)?,
        None => 8,
    };
    let (mut out, mut col) = (vec![], 0);
    for &c in s.iter() {
        match c {
            b'\t' if size > 0 => {
                let n = size - col % size;
                out.resize(out.len() + n, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bytes(out))
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    check_method(vm, name, &args, 1, 1)?;
    let s = this(vm, &args, name)?;
    let p = need(vm, &args.pos[1])?;
    let out = if prefix {
        s.strip_prefix(&p[..])
    } else {
        s.strip_suffix(&p[..])
    };
    Ok(bytes(out.unwrap_or(&s).to_vec()))
}

pub(super) fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

pub(super) fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}
