//! `int`, `float` and `bool`: constructors and methods.

use super::{add_methods, arg, check_method};
use crate::object::format;
use crate::object::types::types;
use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Signed;

pub fn install(vm: &mut Vm) {
    let t = types();
    add_methods(
        vm,
        &t.int,
        &[
            ("__new__", int_new),
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
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
            ("__float__", float_float),
        ],
    );
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
