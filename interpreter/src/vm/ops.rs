//! Operators: arithmetic with Python's integer rules (i64 fast paths that promote to big
//! integers on overflow, floor division and modulo), comparisons, truth, membership,
//! hashing. Each operator tries the built-in types first, then the special methods
//! (`__add__`, then the reflected `__radd__`), with CPython's error messages.

use super::Vm;
use crate::bytecode::opcode::{BINARY_OP_SYMBOLS, INPLACE};
use crate::gil::GilCell;
use crate::object::dict::hash_builtin;
use crate::object::{Dict, HashKey, PyResult, SetObj, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::Arc;

/// BINARY_OP numbers (NB_*).
#[allow(dead_code)]
pub mod nb {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
}

const DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// COMPARE_OP numbers.
pub mod cmp {
    pub const LT: u32 = 0;
    pub const LE: u32 = 1;
    pub const EQ: u32 = 2;
    pub const NE: u32 = 3;
    pub const GT: u32 = 4;
    pub const GE: u32 = 5;
}

const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED: [u32; 6] = [cmp::GT, cmp::GE, cmp::EQ, cmp::NE, cmp::LT, cmp::LE];

fn big(v: &Value) -> Option<BigInt> {
    v.as_bigint()
}

impl Vm {
    /// `a op b` for BINARY_OP number `n` (13 and up: the augmented forms).
    #[inline]
    pub fn binary_op(&mut self, a: &Value, b: &Value, n: u32) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match n % INPLACE {
                nb::ADD => x.checked_add(*y),
                nb::SUBTRACT => x.checked_sub(*y),
                nb::MULTIPLY => x.checked_mul(*y),
                nb::AND => Some(x & y),
                nb::OR => Some(x | y),
                nb::XOR => Some(x ^ y),
                nb::FLOOR_DIVIDE if *y != 0 && !(*x == i64::MIN && *y == -1) => {
                    Some(Integer::div_floor(x, y))
                }
                nb::REMAINDER if *y != 0 && *y != -1 => Some(Integer::mod_floor(x, y)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match n % INPLACE {
                nb::ADD => return Ok(Value::Float(x + y)),
                nb::SUBTRACT => return Ok(Value::Float(x - y)),
                nb::MULTIPLY => return Ok(Value::Float(x * y)),
                _ => {}
            }
        }
        self.binary_op_slow(a, b, n)
    }

    #[inline(never)]
    fn binary_op_slow(&mut self, a: &Value, b: &Value, n: u32) -> PyResult<Value> {
        let op = n % INPLACE;
        let inplace = n >= INPLACE;
        if let Some(r) = self.numeric_op(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(a, b, op, inplace)? {
            return Ok(r);
        }
        let (name, rname, iname) = DUNDERS[op as usize];
        if inplace {
            if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
                // A built-in in-place method called on an instance of a subclass returns
                // the built-in value it changed (bytearray's `+=`): the result is the
                // instance itself.
                if let Value::Instance(i) = a {
                    if i.base.as_ref().is_some_and(|base| base.is(&r)) {
                        return Ok(a.clone());
                    }
                }
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Operands whose type may define the operator in Python or natively: instances,
        // native objects (dict views) and classes with a metaclass.
        let a_user = a.has_type_hooks();
        let b_user = b.has_type_hooks();
        // A right operand whose type is a proper subclass of the left's and overrides
        // the reflected method goes first, as in CPython.
        let b_first = b_user && self.reflected_first(a, b, rname);
        if b_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // A built-in left operand tries its own method when the right one extends a
        // built-in type (`2.5 + MyInt(5)`).
        let b_extends = matches!(b, Value::Instance(i) if i.base.is_some());
        if a_user || b_extends {
            if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if b_user && !b_first && !Arc::ptr_eq(&a.class(), &b.class()) {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // `int | None`: a union of types (PEP 604).
        use crate::builtins::generic_alias::{union, unionable};
        if op == nb::OR && unionable(a) && unionable(b) && !(a.is_none() && b.is_none()) {
            return union(self, a, b);
        }
        Err(self.binary_type_error(a, b, n))
    }

    /// Whether `b`'s type is a proper subclass of `a`'s that defines its own reflected
    /// method `rname` (different from the one `a`'s type has).
    fn reflected_first(&self, a: &Value, b: &Value, rname: &str) -> bool {
        if !self.is_proper_subclass_instance(a, b) {
            return false;
        }
        match self.lookup_special(b, rname) {
            Some(rb) => match self.lookup_special(a, rname) {
                Some(ra) => !rb.is(&ra),
                None => true,
            },
            None => false,
        }
    }

    /// Whether `b` is an instance of a proper subclass of `a`'s type.
    fn is_proper_subclass_instance(&self, a: &Value, b: &Value) -> bool {
        let Value::Instance(bi) = b else {
            return false;
        };
        let ca = a.class();
        !Arc::ptr_eq(&ca, &bi.class) && bi.class.is_subclass(&ca)
    }

    #[cold]
    fn binary_type_error(&self, a: &Value, b: &Value, n: u32) -> crate::object::PyErr {
        let op = n % INPLACE;
        match (a, op) {
            (Value::Bytes(_), nb::ADD) if matches!(b, Value::Str(_)) => {
                return self.type_error("can't concat str to bytes")
            }
            (Value::Str(_), nb::ADD) => {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.type_name()
                ))
            }
            (Value::List(_), nb::ADD) => {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.type_name()
                ))
            }
            (Value::Tuple(_), nb::ADD) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    b.type_name()
                ))
            }
            (Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_), nb::MULTIPLY) => {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                ))
            }
            _ => {}
        }
        if op == nb::MULTIPLY
            && matches!(
                b,
                Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
            )
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                a.type_name()
            ));
        }
        if op == nb::POWER && n < INPLACE {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                a.type_name(),
                b.type_name()
            ));
        }
        self.unsupported_operand(BINARY_OP_SYMBOLS[n as usize], a, b)
    }

    /// Arithmetic on int, bool, float and big int. None: not numbers.
    fn numeric_op(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        let is_num = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            )
        };
        if !is_num(a) || !is_num(b) {
            return Ok(None);
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                nb::AND => return Ok(Some(Value::Bool(x & y))),
                nb::OR => return Ok(Some(Value::Bool(x | y))),
                nb::XOR => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            let x = self.to_f64(a)?;
            let y = self.to_f64(b)?;
            return self.float_op(x, y, op).map(Some);
        }
        // Both ints: i64 where possible, big otherwise.
        if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
            if let Some(v) = self.small_int_op(x, y, op)? {
                return Ok(Some(v));
            }
        }
        let (x, y) = (big(a).unwrap(), big(b).unwrap());
        self.big_int_op(&x, &y, op).map(Some)
    }

    fn small_int_op(&mut self, x: i64, y: i64, op: u32) -> PyResult<Option<Value>> {
        Ok(match op {
            nb::ADD => x.checked_add(y).map(Value::Int),
            nb::SUBTRACT => x.checked_sub(y).map(Value::Int),
            nb::MULTIPLY => x.checked_mul(y).map(Value::Int),
            nb::AND => Some(Value::Int(x & y)),
            nb::OR => Some(Value::Int(x | y)),
            nb::XOR => Some(Value::Int(x ^ y)),
            nb::FLOOR_DIVIDE if y == 0 => {
                return Err(self.zero_division_error("integer division or modulo by zero"))
            }
            nb::REMAINDER if y == 0 => {
                return Err(self.zero_division_error("integer modulo by zero"))
            }
            nb::FLOOR_DIVIDE => x
                .checked_div(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y))),
            nb::REMAINDER => x
                .checked_rem(y)
                .map(|_| Value::Int(Integer::mod_floor(&x, &y))),
            nb::TRUE_DIVIDE => {
                if y == 0 {
                    return Err(self.zero_division_error("division by zero"));
                }
                Some(Value::Float(int_true_divide(
                    &BigInt::from(x),
                    &BigInt::from(y),
                )))
            }
            nb::POWER => {
                if y < 0 {
                    if x == 0 {
                        return Err(
                            self.zero_division_error("0.0 cannot be raised to a negative power")
                        );
                    }
                    Some(Value::Float((x as f64).powf(y as f64)))
                } else {
                    u32::try_from(y)
                        .ok()
                        .and_then(|e| x.checked_pow(e))
                        .map(Value::Int)
                }
            }
            nb::LSHIFT => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                    Some(Value::Int(x << y))
                } else {
                    None
                }
            }
            nb::RSHIFT => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            _ => None,
        })
    }

    fn big_int_op(&mut self, x: &BigInt, y: &BigInt, op: u32) -> PyResult<Value> {
        let v = match op {
            nb::ADD => x + y,
            nb::SUBTRACT => x - y,
            nb::MULTIPLY => x * y,
            nb::AND => x & y,
            nb::OR => x | y,
            nb::XOR => x ^ y,
            nb::FLOOR_DIVIDE if y.is_zero() => {
                return Err(self.zero_division_error("integer division or modulo by zero"))
            }
            nb::REMAINDER if y.is_zero() => {
                return Err(self.zero_division_error("integer modulo by zero"))
            }
            nb::FLOOR_DIVIDE => x.div_floor(y),
            nb::REMAINDER => x.mod_floor(y),
            nb::TRUE_DIVIDE => {
                if y.is_zero() {
                    return Err(self.zero_division_error("division by zero"));
                }
                let q = int_true_divide(x, y);
                if q.is_infinite() {
                    return Err(
                        self.overflow_error("integer division result too large for a float")
                    );
                }
                return Ok(Value::Float(q));
            }
            nb::POWER => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(
                            self.zero_division_error("0.0 cannot be raised to a negative power")
                        );
                    }
                    let xf = big_to_f64(x);
                    let yf = big_to_f64(y);
                    return Ok(Value::Float(xf.powf(yf)));
                }
                let Some(e) = y.to_u32() else {
                    return Err(self.overflow_error("exponent too large"));
                };
                num_traits::pow::Pow::pow(x, e)
            }
            nb::LSHIFT | nb::RSHIFT => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = y.to_usize() else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if op == nb::LSHIFT {
                    x << s
                } else {
                    x >> s
                }
            }
            _ => {
                return Err(self.unsupported_operand(
                    BINARY_OP_SYMBOLS[op as usize],
                    &Value::from_bigint(x.clone()),
                    &Value::from_bigint(y.clone()),
                ))
            }
        };
        Ok(Value::from_bigint(v))
    }

    fn float_op(&mut self, x: f64, y: f64, op: u32) -> PyResult<Value> {
        Ok(Value::Float(match op {
            nb::ADD => x + y,
            nb::SUBTRACT => x - y,
            nb::MULTIPLY => x * y,
            nb::TRUE_DIVIDE => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                x / y
            }
            nb::FLOOR_DIVIDE => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            nb::REMAINDER => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float modulo"));
                }
                float_divmod(x, y).1
            }
            nb::POWER => {
                if x == 0.0 && y < 0.0 {
                    return Err(
                        self.zero_division_error("0.0 cannot be raised to a negative power")
                    );
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return Err(self.value_error("math domain error"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                return Err(self.unsupported_operand(
                    BINARY_OP_SYMBOLS[op as usize],
                    &Value::Float(x),
                    &Value::Float(y),
                ))
            }
        }))
    }

    /// Any real number as f64 (OverflowError for huge ints).
    pub fn to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            // An instance of a subclass of int or float.
            Value::Instance(i)
                if matches!(
                    i.base,
                    Some(Value::Int(_) | Value::Float(_) | Value::BigInt(_))
                ) =>
            {
                self.to_f64(i.base.as_ref().unwrap())
            }
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => crate::object::format::bigint_to_f64(b)
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            _ => Err(self.type_error(format!("must be real number, not {}", v.type_name()))),
        }
    }

    /// str, list, tuple, bytes, dict and set operators.
    fn sequence_op(
        &mut self,
        a: &Value,
        b: &Value,
        op: u32,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match (a, b, op) {
            (Value::Str(x), Value::Str(y), nb::ADD) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::from_string(s)
            }
            (Value::Str(x), n, nb::MULTIPLY) | (n, Value::Str(x), nb::MULTIPLY) if n.is_int() => {
                let k = self.repeat_count(n)?;
                Value::from_string(x.as_str().repeat(k))
            }
            (Value::Str(_) | Value::Bytes(_), _, nb::REMAINDER) => {
                return self.percent_format(a, b).map(Some)
            }
            (Value::List(x), Value::List(y), nb::ADD) => {
                if inplace {
                    let items = y.get(&self.py).clone();
                    x.get_mut(&mut self.py).extend(items);
                    return Ok(Some(a.clone()));
                }
                let mut v = x.get(&self.py).clone();
                v.extend(y.get(&self.py).iter().cloned());
                Value::list(v)
            }
            (Value::List(x), other, nb::ADD) if inplace => {
                let items = self.collect(other)?;
                x.get_mut(&mut self.py).extend(items);
                return Ok(Some(a.clone()));
            }
            (Value::List(x), n, nb::MULTIPLY) | (n, Value::List(x), nb::MULTIPLY) if n.is_int() => {
                let k = self.repeat_count(n)?;
                let items = x.get(&self.py);
                let mut v = Vec::with_capacity(items.len() * k);
                for _ in 0..k {
                    v.extend(items.iter().cloned());
                }
                if inplace && matches!(a, Value::List(_)) {
                    *x.get_mut(&mut self.py) = v;
                    return Ok(Some(a.clone()));
                }
                Value::list(v)
            }
            (Value::Tuple(x), Value::Tuple(y), nb::ADD) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (Value::Tuple(x), n, nb::MULTIPLY) | (n, Value::Tuple(x), nb::MULTIPLY)
                if n.is_int() =>
            {
                let k = self.repeat_count(n)?;
                let mut v = Vec::with_capacity(x.len() * k);
                for _ in 0..k {
                    v.extend(x.iter().cloned());
                }
                Value::tuple(v)
            }
            (Value::Bytes(x), Value::Bytes(y), nb::ADD) => {
                let mut v = (**x).clone();
                v.extend_from_slice(y);
                Value::Bytes(Arc::new(v))
            }
            // bytes + bytearray is a bytes.
            (Value::Bytes(x), Value::Native(_) | Value::Instance(_), nb::ADD)
                if b.as_bytearray().is_some() =>
            {
                let mut v = (**x).clone();
                v.extend_from_slice(&b.bytes_like(&self.py).unwrap_or_default());
                Value::Bytes(Arc::new(v))
            }
            (Value::Bytes(x), n, nb::MULTIPLY) | (n, Value::Bytes(x), nb::MULTIPLY)
                if n.is_int() =>
            {
                let k = self.repeat_count(n)?;
                Value::Bytes(Arc::new(x.repeat(k)))
            }
            (Value::Dict(x), Value::Dict(y), nb::OR) => {
                let mut d = x.get(&self.py).clone();
                for (k, v) in y.get(&self.py).iter() {
                    d.insert(k.clone(), v.clone());
                }
                if inplace {
                    *x.get_mut(&mut self.py) = d;
                    return Ok(Some(a.clone()));
                }
                Value::dict(d)
            }
            (Value::Set(x), Value::Set(y), nb::OR | nb::AND | nb::SUBTRACT | nb::XOR) => {
                let (xs, ys) = (x.items.get(&self.py), y.items.get(&self.py));
                let mut out = Dict::new();
                match op {
                    nb::OR => {
                        out = xs.clone();
                        for (k, _) in ys.iter() {
                            out.insert(k.clone(), Value::None);
                        }
                    }
                    nb::AND => {
                        for (k, _) in xs.iter().filter(|(k, _)| ys.contains(k)) {
                            out.insert(k.clone(), Value::None);
                        }
                    }
                    nb::SUBTRACT => {
                        for (k, _) in xs.iter().filter(|(k, _)| !ys.contains(k)) {
                            out.insert(k.clone(), Value::None);
                        }
                    }
                    _ => {
                        for (k, _) in xs.iter().filter(|(k, _)| !ys.contains(k)) {
                            out.insert(k.clone(), Value::None);
                        }
                        for (k, _) in ys.iter().filter(|(k, _)| !xs.contains(k)) {
                            out.insert(k.clone(), Value::None);
                        }
                    }
                }
                if inplace && !x.frozen {
                    *x.items.get_mut(&mut self.py) = out;
                    return Ok(Some(a.clone()));
                }
                Value::Set(Arc::new(SetObj {
                    frozen: x.frozen,
                    items: GilCell::new(out),
                }))
            }
            _ => return Ok(None),
        }))
    }

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        match n {
            Value::BigInt(b) if b.is_positive() => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => Ok(n.as_i64().unwrap_or(0).max(0) as usize),
        }
    }

    pub fn negate(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or_else(|| Value::from_bigint(-BigInt::from(*i))),
            Value::Bool(b) => Value::Int(-(*b as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
            Value::Float(f) => Value::Float(-f),
            _ => return self.unary_special(v, "__neg__", "-"),
        })
    }

    /// A unary operator on a value that is not a built-in number: its special method.
    fn unary_special(&mut self, v: &Value, dunder: &str, sym: &str) -> PyResult<Value> {
        match self.call_special(v, dunder, &[])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))),
        }
    }

    pub fn positive(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => v.clone(),
            Value::Bool(b) => Value::Int(*b as i64),
            _ => return self.unary_special(v, "__pos__", "+"),
        })
    }

    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::Int(i) => Value::Int(!i),
            Value::Bool(b) => Value::Int(!(*b as i64)),
            Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
            _ => return self.unary_special(v, "__invert__", "~"),
        })
    }

    /// Python truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.get(&self.py).is_empty(),
            Value::Dict(d) => !d.get(&self.py).is_empty(),
            Value::Set(s) => !s.items.get(&self.py).is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.index_value(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// A comparison: COMPARE_OP number `op`.
    #[inline]
    pub fn compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                cmp::LT => x < y,
                cmp::LE => x <= y,
                cmp::EQ => x == y,
                cmp::NE => x != y,
                cmp::GT => x > y,
                _ => x >= y,
            }));
        }
        let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
        if user(a) || user(b) {
            return self.compare_user(a, b, op);
        }
        match op {
            cmp::EQ => self.eq(a, b).map(Value::Bool),
            cmp::NE => self.eq(a, b).map(|e| Value::Bool(!e)),
            _ => self.order(a, b, op).map(Value::Bool),
        }
    }

    /// A comparison involving a user object: the result of its method as it is (which
    /// need not be a bool), else identity for == and !=, else a TypeError.
    #[inline(never)]
    fn compare_user(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        if let Some(r) = self.rich_compare_user(a, b, op)? {
            return Ok(r);
        }
        match op {
            cmp::EQ => Ok(Value::Bool(a.is(b))),
            cmp::NE => Ok(Value::Bool(!a.is(b))),
            _ => self.order(a, b, op).map(Value::Bool),
        }
    }

    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                num_cmp(a, b) == Some(std::cmp::Ordering::Equal)
            }
            (Str(x), Str(y)) => x == y,
            (None, None) => true,
            (Bytes(x), Bytes(y)) => x == y,
            (Tuple(x), Tuple(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !p.is(q) && !self.eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (List(x), List(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.get(&self.py).clone(), y.get(&self.py).clone());
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for (p, q) in xs.iter().zip(ys.iter()) {
                    if !p.is(q) && !self.eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Dict(x), Dict(y)) => {
                let (xs, ys) = (x.get(&self.py).clone(), y.get(&self.py).clone());
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for (k, v) in xs.iter() {
                    match ys.get(k) {
                        Some(w) => {
                            if !v.is(w) && !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
                true
            }
            (Set(x), Set(y)) => {
                let (x, y) = (x.clone(), y.clone());
                x.items.get(&self.py).len() == y.items.get(&self.py).len()
                    && self.set_within(&x, &y)?
            }
            (Slice(x), Slice(y)) => {
                let (x, y) = (x.clone(), y.clone());
                for (p, q) in x.iter().zip(y.iter()) {
                    if !p.is(q) && !self.eq(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Instance(_), _) | (_, Instance(_)) | (Native(_), _) | (_, Native(_)) => {
                if let Some(r) = self.rich_compare_user(a, b, cmp::EQ)? {
                    return self.truthy(&r);
                }
                a.is(b)
            }
            _ => a.is(b),
        })
    }

    /// Try `a.__op__(b)`, then the reflected method of b. None if both decline.
    fn rich_compare_user(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
        let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
        let swapped = CMP_SWAPPED[op as usize];
        // The right operand goes first when its type is a proper subclass of the left's.
        let b_first = self.is_proper_subclass_instance(a, b);
        if b_first {
            if let Some(r) =
                self.call_special(b, CMP_DUNDERS[swapped as usize], std::slice::from_ref(a))?
            {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if user(a) {
            if let Some(r) =
                self.call_special(a, CMP_DUNDERS[op as usize], std::slice::from_ref(b))?
            {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if user(b) && !b_first {
            if let Some(r) =
                self.call_special(b, CMP_DUNDERS[swapped as usize], std::slice::from_ref(a))?
            {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Ordering comparisons (<, <=, >, >=).
    fn order(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<bool> {
        use std::cmp::Ordering as O;
        use Value::*;
        let ord = match (a, b) {
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => {
                match num_cmp(a, b) {
                    Some(o) => Some(o),
                    Option::None => return Ok(false),
                }
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x.cmp(y)),
            (Tuple(x), Tuple(y)) => Some(self.seq_cmp(&x.to_vec(), &y.to_vec())?),
            (List(x), List(y)) => {
                let (xs, ys) = (x.get(&self.py).clone(), y.get(&self.py).clone());
                Some(self.seq_cmp(&xs, &ys)?)
            }
            (Set(x), Set(y)) => {
                let (x, y) = (x.clone(), y.clone());
                let (nx, ny) = (x.items.get(&self.py).len(), y.items.get(&self.py).len());
                return Ok(match op {
                    cmp::LT => nx < ny && self.set_within(&x, &y)?,
                    cmp::LE => self.set_within(&x, &y)?,
                    cmp::GT => nx > ny && self.set_within(&y, &x)?,
                    _ => self.set_within(&y, &x)?,
                });
            }
            _ => Option::None,
        };
        if let Some(o) = ord {
            return Ok(match op {
                cmp::LT => o == O::Less,
                cmp::LE => o != O::Greater,
                cmp::GT => o == O::Greater,
                _ => o != O::Less,
            });
        }
        if let Some(r) = self.rich_compare_user(a, b, op)? {
            return self.truthy(&r);
        }
        let sym = crate::bytecode::opcode::COMPARE_SYMBOLS[op as usize];
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            sym,
            a.type_name(),
            b.type_name()
        )))
    }

    /// Lexicographic comparison of sequences: the first unequal pair decides.
    fn seq_cmp(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<std::cmp::Ordering> {
        for (p, q) in xs.iter().zip(ys.iter()) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if self.order(p, q, cmp::LT)? {
                return Ok(std::cmp::Ordering::Less);
            }
            return Ok(std::cmp::Ordering::Greater);
        }
        Ok(xs.len().cmp(&ys.len()))
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        self.order(a, b, cmp::LT)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Value::Dict(d) => {
                let key = self.key_in(d, item.clone())?;
                Ok(d.get(&self.py).contains(&key))
            }
            Value::Set(s) => {
                let key = self.key_in(&s.items, item.clone())?;
                Ok(s.items.get(&self.py).contains(&key))
            }
            Value::Range(r) => match item.as_i64() {
                Some(i) if matches!(item, Value::Int(_) | Value::Bool(_)) => {
                    let (start, stop, step) = (r.start, r.stop, r.step);
                    let inside = if step > 0 {
                        i >= start && i < stop
                    } else {
                        i <= start && i > stop
                    };
                    Ok(inside && (i - start) % step == 0)
                }
                _ => self.contains_by_iteration(container, item),
            },
            Value::Bytes(b) => match item {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match item.as_i64() {
                    Some(i @ 0..=255) => Ok(b.contains(&(i as u8))),
                    _ => Err(self.value_error("byte must be in range(0, 256)")),
                },
                Value::Bytes(_) | Value::Native(_) if item.bytes_like(&self.py).is_some() => {
                    let sub = item.bytes_like(&self.py).unwrap_or_default();
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    item.type_name()
                ))),
            },
            Value::Instance(_) | Value::Native(_) | Value::Class(_)
                if container.has_type_hooks() =>
            {
                if let Some(r) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let items = match container {
            Value::List(l) => l.get(&self.py).clone(),
            Value::Tuple(t) => t.to_vec(),
            Value::Instance(_)
            | Value::Iter(_)
            | Value::Generator(_)
            | Value::Range(_)
            | Value::Native(_)
            | Value::Class(_)
                if container.has_type_hooks() =>
            {
                let it = self.iter(container).map_err(|_| {
                    self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        container.type_name()
                    ))
                })?;
                while let Some(v) = self.next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )))
            }
        };
        for v in &items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A dict key for `v`, raising TypeError for unhashable values.
    pub fn hash_key(&mut self, v: Value) -> PyResult<HashKey> {
        if let Some(h) = hash_builtin(&v) {
            return Ok(HashKey { hash: h, value: v });
        }
        let h = self.hash(&v)?;
        Ok(HashKey {
            hash: h as u64,
            value: v,
        })
    }

    /// Whether every item of `x` is in `y`, calling `__eq__` where an item's class
    /// defines it.
    fn set_within(
        &mut self,
        x: &crate::object::SetObj,
        y: &crate::object::SetObj,
    ) -> PyResult<bool> {
        let keys: Vec<HashKey> = x
            .items
            .get(&self.py)
            .iter()
            .map(|(k, _)| k.clone())
            .collect();
        for k in keys {
            let found = if has_user_eq(&k.value) {
                let key = self.key_in(&y.items, k.value.clone())?;
                y.items.get(&self.py).contains(&key)
            } else {
                y.items.get(&self.py).contains(&k)
            };
            if !found {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The key under which `v` is (or would be) stored in `dict`. Keys of built-in types
    /// compare without Python code; an instance whose class defines `__eq__` is compared
    /// with the stored keys of equal hash by calling it, and the stored key is returned
    /// when one is equal, so look-ups and updates find it. (The scan over equal-hash keys
    /// is linear; a table that calls `__eq__` while probing would avoid it.)
    pub fn key_in(&mut self, dict: &crate::object::DictObj, v: Value) -> PyResult<HashKey> {
        let key = self.hash_key(v)?;
        if !has_user_eq(&key.value) {
            return Ok(key);
        }
        let candidates = same_hash(dict.get(&self.py), &key);
        self.canonical_key(candidates, key)
    }

    /// `key_in` for a dict being built (not yet shared).
    pub fn key_in_local(&mut self, dict: &Dict, v: Value) -> PyResult<HashKey> {
        let key = self.hash_key(v)?;
        if !has_user_eq(&key.value) {
            return Ok(key);
        }
        let candidates = same_hash(dict, &key);
        self.canonical_key(candidates, key)
    }

    fn canonical_key(&mut self, candidates: Vec<HashKey>, key: HashKey) -> PyResult<HashKey> {
        for c in candidates {
            if c.value.is(&key.value) || self.eq(&c.value, &key.value)? {
                return Ok(c);
            }
        }
        Ok(key)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = hash_builtin(v) {
            return Ok(h as i64);
        }
        if let Value::Instance(inst) = v {
            // An instance extending a hashable built-in value hashes as that value unless
            // its class says otherwise.
            if let Some(base) = &inst.base {
                if !matches!(
                    inst.class
                        .lookup(&self.py, &crate::object::pystr::intern("__hash__")),
                    Some(Value::Function(_) | Value::None)
                ) {
                    return self.hash(&base.clone());
                }
            }
            match inst
                .class
                .lookup(&self.py, &crate::object::pystr::intern("__hash__"))
            {
                Some(Value::None) => {}
                Some(f @ Value::Function(_)) => {
                    let r = self.call0(&f, std::slice::from_ref(v))?;
                    return self.index_value(&r);
                }
                _ => return Ok((v.ptr().unwrap_or(0) >> 4) as i64),
            }
        }
        match v {
            // A frozenset hashes by content, independent of order.
            Value::Set(s) if s.frozen => {
                let hashes: Vec<u64> = s.items.get(&self.py).iter().map(|(k, _)| k.hash).collect();
                let mut acc: u64 = 1927868237u64.wrapping_mul(hashes.len() as u64 + 1);
                for h in hashes {
                    acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                Ok((acc >> 1) as i64)
            }
            // A tuple holding such items hashes through them.
            Value::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(self.hash(item)? as u64);
                }
                Ok(crate::object::dict::hash_tuple(&hashes) as i64)
            }
            _ => Err(self.type_error(format!("unhashable type: '{}'", v.type_name()))),
        }
    }

    /// An int-like value as i64 (`__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.overflow_error("Python int too large to convert to C ssize_t"))
            }
            Value::Instance(_) => match self.call_special(v, "__index__", &[])? {
                Some(r) => self.index_value(&r),
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let mut d = Dict::new();
        for v in items {
            let k = self.key_in_local(&d, v)?;
            d.insert(k, Value::None);
        }
        Ok(Value::Set(Arc::new(SetObj {
            frozen,
            items: GilCell::new(d),
        })))
    }

    pub fn set_add(&mut self, set: &Value, v: Value) -> PyResult<()> {
        let Value::Set(s) = set else {
            unreachable!("set_add on a non-set")
        };
        let k = self.key_in(&s.items, v)?;
        s.items.get_mut(&mut self.py).insert(k, Value::None);
        Ok(())
    }

    /// `target.update(src)` for dict displays and `**` arguments.
    pub fn dict_update(
        &mut self,
        target: &Value,
        src: &Value,
        no_duplicates: bool,
    ) -> PyResult<()> {
        let Value::Dict(t) = target else {
            unreachable!("dict_update target")
        };
        let pairs: Vec<(HashKey, Value)> = match src {
            Value::Dict(d) => {
                let pairs: Vec<(HashKey, Value)> = d
                    .get(&self.py)
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    let k = if has_user_eq(&k.value) {
                        self.key_in(t, k.value)?
                    } else {
                        k
                    };
                    out.push((k, v));
                }
                out
            }
            other => {
                let keys = self.call_method(other, "keys", &[]).map_err(|_| {
                    self.type_error(format!("'{}' object is not a mapping", other.type_name()))
                })?;
                let mut out = vec![];
                for k in self.collect(&keys)? {
                    let v = self.getitem(other, &k)?;
                    out.push((self.key_in(t, k)?, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if no_duplicates && t.get(&self.py).contains(&k) {
                let name = k.value.as_str().unwrap_or("?").to_string();
                return Err(
                    self.type_error(format!("got multiple values for keyword argument '{name}'"))
                );
            }
            t.get_mut(&mut self.py).insert(k, v);
        }
        Ok(())
    }
}

/// The stored keys with the same hash as `key` (copied, so Python code can then compare
/// them without the dict borrowed).
fn same_hash(dict: &Dict, key: &HashKey) -> Vec<HashKey> {
    dict.iter()
        .map(|(k, _)| k)
        .filter(|k| k.hash == key.hash)
        .cloned()
        .collect()
}

/// Whether keys equal to `v` can only be found by calling into the VM: instances whose
/// class defines `__eq__` in Python, frozensets, and tuples holding either.
fn has_user_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) => i.class.has_hook(crate::object::class::HAS_EQ) || i.base.is_some(),
        Value::Set(s) => s.frozen,
        Value::Tuple(items) => items.iter().any(has_user_eq),
        _ => false,
    }
}

/// Compare two real numbers exactly (ints beyond 2**53 against floats included).
pub fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => {
            if x.is_nan() {
                return None;
            }
            if x.is_infinite() {
                return Some(if *x > 0.0 {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Less
                });
            }
            let i = other.as_bigint()?;
            Some(cmp_float_int(*x, &i))
        }
        (other, Value::Float(_)) => num_cmp(b, other).map(|o| o.reverse()),
        _ => match (a.as_i64(), b.as_i64()) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => Some(a.as_bigint()?.cmp(&b.as_bigint()?)),
        },
    }
}

fn cmp_float_int(x: f64, i: &BigInt) -> std::cmp::Ordering {
    use num_traits::FromPrimitive;
    // Exact: a finite float's floor converts to an integer without rounding.
    let fl = x.floor();
    let Some(fi) = BigInt::from_f64(fl) else {
        return std::cmp::Ordering::Equal;
    };
    match fi.cmp(i) {
        std::cmp::Ordering::Equal if x > fl => std::cmp::Ordering::Greater,
        o => o,
    }
}

/// Python's float divmod: the remainder takes the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// A big integer as f64, infinite when out of range.
fn big_to_f64(b: &BigInt) -> f64 {
    crate::object::format::bigint_to_f64(b).unwrap_or(if b.is_negative() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// int / int, correctly rounded.
fn int_true_divide(x: &BigInt, y: &BigInt) -> f64 {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return a as f64 / b as f64;
        }
    }
    // Correctly rounded: an integer quotient with at least 64 significant bits, a sticky
    // bit for a non-zero remainder, one rounding to f64, then the exact power of two.
    let shift = y.bits() as i64 - x.bits() as i64 + 64;
    let (num, den) = if shift >= 0 {
        (x.abs() << shift as usize, y.abs())
    } else {
        (x.abs(), y.abs() << (-shift) as usize)
    };
    let (mut q, r) = num_integer::Integer::div_rem(&num, &den);
    if !r.is_zero() {
        q |= BigInt::from(1);
    }
    let magnitude = big_to_f64(&q) * 2f64.powi(-(shift.clamp(-2000, 2000) as i32));
    if x.is_negative() != y.is_negative() {
        -magnitude
    } else {
        magnitude
    }
}
