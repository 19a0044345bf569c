//! `int`, `float` and `bool`: constructors and methods.

use super::{add_methods, arg, check_method};
use crate::object::format;
use crate::object::types::types;
use crate::object::{Args, Descriptor, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::Arc;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.int,
        &[
            ("__new__", int_new),
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("as_integer_ratio", int_as_integer_ratio),
            ("to_bytes", int_to_bytes),
            ("conjugate", int_conjugate),
            ("__index__", int_conjugate),
            ("__int__", int_conjugate),
        ],
    );
    add_methods(vm, &t.bool, &[("__new__", bool_new)]);
    add_methods(
        vm,
        &t.float,
        &[
            ("__new__", float_new),
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("__float__", float_float),
            ("conjugate", float_float),
        ],
    );
    for (class, name, f) in [
        (
            &t.int,
            "from_bytes",
            int_from_bytes as crate::object::NativeFn,
        ),
        (&t.float, "fromhex", float_fromhex),
    ] {
        let m = Value::Descriptor(Arc::new(Descriptor::ClassMethod(super::native(name, f))));
        class.dict.get_mut(&mut vm.py).set(name, m);
    }
    for c in [&t.int, &t.float] {
        super::list::add_property(vm, c, "real", number_real);
        super::list::add_property(vm, c, "imag", number_imag);
    }
    super::list::add_property(vm, &t.int, "numerator", number_real);
    super::list::add_property(vm, &t.int, "denominator", int_denominator);
}

/// A float with no fractional part as a big integer.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    // Exact: mantissa * 2**exponent.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if f < 0.0 {
        -b
    } else {
        b
    }
}

/// `int(v)` for one argument.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            Ok(Value::from_bigint(float_to_bigint(f.trunc())))
        }
        Value::Str(s) => match format::parse_int(s.as_str(), 10) {
            Some(b) => Ok(Value::from_bigint(b)),
            None => Err(vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::vm::str_repr(s.as_str())
            ))),
        },
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            match format::parse_int(&s, 10) {
                Some(b) => Ok(Value::from_bigint(b)),
                None => Err(vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::vm::bytes_repr(b)
                ))),
            }
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(v, name, &[])? {
                    if !r.is_int() {
                        return Err(vm.type_error(format!(
                            "{} returned non-int (type {})",
                            name,
                            r.type_name()
                        )));
                    }
                    return Ok(r);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.type_name()
            )))
        }
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::allow_kwargs(vm, "int", &args, &["base"])?;
    let x = args.pos.get(1);
    let base = arg(&args, 2, "base");
    match (x, base) {
        (None, None) => Ok(Value::Int(0)),
        (Some(v), None) => to_int(vm, v),
        (Some(v), Some(b)) => {
            let base = vm.index_value(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match v {
                Value::Str(s) => s.as_str().to_string(),
                Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            match format::parse_int(&s, base as u32) {
                Some(b) => Ok(Value::from_bigint(b)),
                None => Err(vm.value_error(format!(
                    "invalid literal for int() with base {}: {}",
                    base,
                    crate::vm::str_repr(&s)
                ))),
            }
        }
        (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "bit_length", &args, 0, 0)?;
    let b = args.pos[0].as_bigint().unwrap_or_default();
    Ok(Value::Int(b.abs().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "bit_count", &args, 0, 0)?;
    let b = args.pos[0].as_bigint().unwrap_or_default();
    let ones: u32 = b.abs().to_bytes_le().1.iter().map(|x| x.count_ones()).sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match &args.pos[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, "bool", &args)?;
    match args.pos.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

/// `float(v)` for one argument.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_f64(v),
        Value::Str(s) => format::parse_float(s.as_str()).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                crate::vm::str_repr(s.as_str())
            ))
        }),
        _ => {
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        other.type_name()
                    ))),
                };
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return vm.to_f64(&r);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                v.type_name()
            )))
        }
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, "float", &args)?;
    match args.pos.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(v) => Ok(Value::Float(to_float(vm, v)?)),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "is_integer", &args, 0, 0)?;
    let f = vm.to_f64(&args.pos[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(vm.to_f64(&args.pos[0])?))
}

/// `x.real` (and `int.numerator`): the number itself (a bool gives its int).
fn number_real(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match &args.pos[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

/// `x.imag`: zero of the number's type.
fn number_imag(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match &args.pos[0] {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

fn int_denominator(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "as_integer_ratio", &args, 0, 0)?;
    let n = match &args.pos[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

/// Argument parsing in the style of CPython's argument clinic for `self` plus the
/// parameters `names` (the first `max_pos` of which may be positional, the rest are
/// keyword-only). `required` parameters must be given.
fn clinic_args(
    vm: &Vm,
    fname: &str,
    args: &Args,
    names: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[1..];
    if pos.len() > max_pos {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max_pos} positional argument{} ({} given)",
            if max_pos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let total = pos.len() + args.kwnames.len();
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The `byteorder` argument of `to_bytes` / `from_bytes`: true for little-endian.
fn little_endian(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(
        vm,
        "to_bytes",
        &args,
        &["length", "byteorder", "signed"],
        2,
        0,
    )?;
    let length = match &a[0] {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = args.pos[0].as_bigint().unwrap_or_default();
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Two's complement, little-endian, sign-extended to `length` bytes.
    let mut bytes = if n.is_zero() {
        vec![]
    } else {
        n.to_signed_bytes_le()
    };
    if !signed && bytes.last() == Some(&0) {
        // A positive number whose top bit is set got an extra zero byte.
        bytes.pop();
    }
    // CPython quirk: -1 fits in zero bytes (its sign extension is all ones).
    if bytes.len() > length && !(length == 0 && n == BigInt::from(-1)) {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    bytes.truncate(length);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Arc::new(bytes)))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = clinic_args(
        vm,
        "from_bytes",
        &args,
        &["bytes", "byteorder", "signed"],
        2,
        1,
    )?;
    let data = match a[0].as_ref().unwrap() {
        Value::Bytes(b) => b.clone(),
        v @ (Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                v.type_name()
            )))
        }
        v => {
            let b = vm.call(
                &Value::Class(types().bytes.clone()),
                Args::new(std::slice::from_ref(v)),
            )?;
            match b {
                Value::Bytes(b) => b,
                _ => return Err(vm.type_error("cannot convert object to bytes")),
            }
        }
    };
    let little = little_endian(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    let value = Value::from_bigint(n);
    construct_as(vm, &args.pos[0], &types().int, value)
}

/// The result of a classmethod constructor called on `cls`: `value` itself for the base
/// type, else `cls(value)` (as CPython does for subclasses).
fn construct_as(
    vm: &mut Vm,
    cls: &Value,
    base: &Arc<crate::object::Class>,
    value: Value,
) -> PyResult<Value> {
    match cls {
        Value::Class(c) if !Arc::ptr_eq(c, base) => vm.call(cls, Args::new(&[value])),
        _ => Ok(value),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "as_integer_ratio", &args, 0, 0)?;
    let f = vm.to_f64(&args.pos[0])?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let (mut mant, mut exp) = if field == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), field - 1075)
    };
    if exp < 0 {
        let tz = (mant.trailing_zeros() as i64).min(-exp);
        mant >>= tz;
        exp += tz;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "hex", &args, 0, 0)?;
    let f = vm.to_f64(&args.pos[0])?;
    Ok(Value::from_string(float_to_hex(f)))
}

/// `float.hex()`: `0x1.8000000000000p+0`.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    if field == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{:+}", field - 1023)
    }
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("float.fromhex() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = match parse_hex_float(s.as_str()) {
        Ok(f) => f,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    construct_as(vm, &args.pos[0], &types().float, Value::Float(f))
}

/// Parse `float.fromhex`'s syntax, rounding half to even. Err(true) on overflow,
/// Err(false) on a malformed string.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let apply = |x: f64| if neg { -x } else { x };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(apply(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(apply(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut mant = BigInt::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4usize) + BigInt::from(d);
            digits += 1;
            if seen_dot {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    if mant.is_zero() {
        return Ok(apply(0.0));
    }
    // value = mant * 2**e
    let e = exp - 4 * frac_digits;
    let nbits = mant.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return Err(true);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mut q: u64 = if shift <= 0 {
        (mant << (-shift) as usize).to_u64().unwrap_or(0)
    } else if shift > nbits + 1 {
        0
    } else {
        let shift = shift as usize;
        let q = (&mant >> shift).to_u64().unwrap_or(0);
        let rem = &mant - (BigInt::from(q) << shift);
        let half = BigInt::from(1) << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    let mut lsb = lsb;
    if q == 1 << 53 {
        q >>= 1;
        lsb += 1;
    }
    let bits = if q >= 1 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return Err(true);
        }
        ((biased as u64) << 52) | (q & ((1 << 52) - 1))
    } else {
        q
    };
    Ok(apply(f64::from_bits(bits)))
}
