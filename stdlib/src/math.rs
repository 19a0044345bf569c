//! `math`: the common functions and constants.

use interpreter::builtins::{check, native};
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::Vm;
use num_bigint::BigInt;

pub fn init(_vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    d.set("pi", Value::Float(std::f64::consts::PI));
    d.set("e", Value::Float(std::f64::consts::E));
    d.set("tau", Value::Float(std::f64::consts::TAU));
    d.set("inf", Value::Float(f64::INFINITY));
    d.set("nan", Value::Float(f64::NAN));
    macro_rules! unary {
        ($($name:literal => $f:expr),* $(,)?) => {
            $( d.set($name, native($name, |vm: &mut Vm, args: Args| -> PyResult<Value> {
                check(vm, $name, &args, 1, 1)?;
                let x = real(vm, &args.pos[0])?;
                let f: fn(f64) -> f64 = $f;
                let r = f(x);
                if r.is_nan() && !x.is_nan() {
                    return Err(vm.value_error("math domain error"));
                }
                if r.is_infinite() && x.is_finite() {
                    return Err(vm.overflow_error("math range error"));
                }
                Ok(Value::Float(r))
            })); )*
        };
    }
    unary! {
        "sqrt" => |x| if x < 0.0 { f64::NAN } else { x.sqrt() },
        "exp" => f64::exp,
        "sin" => f64::sin,
        "cos" => f64::cos,
        "tan" => f64::tan,
        "asin" => f64::asin,
        "acos" => f64::acos,
        "atan" => f64::atan,
        "sinh" => f64::sinh,
        "cosh" => f64::cosh,
        "tanh" => f64::tanh,
        "fabs" => f64::abs,
        "log2" => |x| if x <= 0.0 { f64::NAN } else { x.log2() },
        "log10" => |x| if x <= 0.0 { f64::NAN } else { x.log10() },
        "degrees" => f64::to_degrees,
        "radians" => f64::to_radians,
        "log1p" => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() },
        "expm1" => f64::exp_m1,
        "exp2" => f64::exp2,
        "asinh" => |x| unsafe { libm::asinh(x) },
        "acosh" => |x| unsafe { libm::acosh(x) },
        "atanh" => |x| unsafe { libm::atanh(x) },
        "erf" => |x| unsafe { libm::erf(x) },
        "erfc" => |x| unsafe { libm::erfc(x) },
    }
    for (name, f) in [
        ("floor", floor as interpreter::object::NativeFn),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("ceil", ceil),
        ("trunc", trunc),
        ("log", log),
        ("pow", pow),
        ("atan2", atan2),
        ("hypot", hypot),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("copysign", copysign),
        ("fsum", fsum),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("lcm", lcm),
        ("fmod", fmod),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("dist", dist),
    ] {
        d.set(name, native(name, f));
    }
    Ok(())
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_f64(v),
        // An object that converts itself (`__float__`, or `__index__` for int-likes).
        other if other.has_type_hooks() => {
            for method in ["__float__", "__index__"] {
                if let Some(r) = vm.call_special(other, method, &[])? {
                    return vm.to_f64(&r);
                }
            }
            Err(vm.type_error(format!("must be real number, not {}", other.type_name())))
        }
        other => Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

fn to_integral(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check(vm, name, args, 1, 1)?;
    let v = &args.pos[0];
    if v.is_int() {
        return Ok(Value::from_bigint(v.as_bigint().unwrap()));
    }
    // Fraction and other numbers define their own rounding (math.floor -> __floor__).
    if v.has_type_hooks() {
        if let Some(r) = vm.call_special(v, &format!("__{name}__"), &[])? {
            return Ok(r);
        }
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(interpreter::builtins::float_to_bigint(
        f(x),
    )))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral(vm, &args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral(vm, &args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_integral(vm, &args, "trunc", f64::trunc)
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "log", &args, 1, 2)?;
    let x = real(vm, &args.pos[0])?;
    if x <= 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    match args.pos.get(1) {
        None => Ok(Value::Float(x.ln())),
        Some(b) => {
            let b = real(vm, b)?;
            if b <= 0.0 || b == 1.0 {
                return Err(vm.value_error("math domain error"));
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "pow", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if x < 0.0 && y.fract() != 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.powf(y)))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "atan2", &args, 2, 2)?;
    let (y, x) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in args.pos {
        let x = real(vm, v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "isnan", &args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args.pos[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "isinf", &args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args.pos[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "isfinite", &args, 1, 1)?;
    Ok(Value::Bool(real(vm, &args.pos[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = real(vm, &args.pos[0])?;
    let b = real(vm, &args.pos[1])?;
    let rel = match args.kw("rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(
        diff <= (rel * b.abs()).max(rel * a.abs()) || diff <= abs,
    ))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "factorial", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        other => vm.index_value(other)?,
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::from(0);
    for v in args.pos {
        let Some(b) = v.as_bigint() else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )));
        };
        acc = num_integer::Integer::gcd(&acc, &b);
    }
    Ok(Value::from_bigint(acc))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "copysign", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    Ok(Value::Float(x.copysign(y)))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "fsum", &args, 1, 1)?;
    // Shewchuk's algorithm (as CPython's fsum): exact partial sums.
    let mut partials: Vec<f64> = vec![];
    for v in vm.collect(&args.pos[0])? {
        let mut x = real(vm, &v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

/// The C library's error functions (glibc's libm, which Rust's std links already; CPython
/// uses them too). They are pure functions of a double: safe for any argument. (CPython
/// computes gamma, lgamma and cbrt its own way, so those are left out rather than
/// differ in the last digit.)
mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        // Rust's own asinh/acosh/atanh differ from the C library's (and so from
        // CPython's) in the last digit for some arguments.
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

/// `math.remainder(x, y)`: the IEEE 754 remainder (exact, so the C library's equals
/// CPython's own).
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "remainder", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    // SAFETY: a pure function of two doubles.
    Ok(Value::Float(unsafe { libm::remainder(x, y) }))
}

/// `math.nextafter(x, y)`: the next float after x towards y.
fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "nextafter", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    // SAFETY: a pure function of two doubles.
    Ok(Value::Float(unsafe { libm::nextafter(x, y) }))
}

/// `math.ulp(x)`: the gap between |x| and the next float away from zero.
fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "ulp", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    // SAFETY: a pure function of two doubles.
    let next = unsafe { libm::nextafter(x, f64::INFINITY) };
    if next.is_infinite() {
        // SAFETY: as above.
        let prev = unsafe { libm::nextafter(x, 0.0) };
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// A non-negative integer argument; `negative` is the ValueError's message.
fn natural(vm: &mut Vm, v: &Value, negative: &str) -> PyResult<BigInt> {
    let Some(n) = v.as_bigint() else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    };
    if n < BigInt::from(0) {
        return Err(vm.value_error(negative));
    }
    Ok(n)
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "isqrt", &args, 1, 1)?;
    let n = natural(vm, &args.pos[0], "isqrt() argument must be nonnegative")?;
    Ok(Value::from_bigint(n.sqrt()))
}

fn perm_count(n: &BigInt, k: &BigInt) -> BigInt {
    let mut acc = BigInt::from(1);
    let mut i = BigInt::from(0);
    while &i < k {
        acc *= n - &i;
        i += 1;
    }
    acc
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "comb", &args, 2, 2)?;
    let n = natural(vm, &args.pos[0], "n must be a non-negative integer")?;
    let k = natural(vm, &args.pos[1], "k must be a non-negative integer")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = perm_count(&n, &k);
    let den = perm_count(&k, &k);
    Ok(Value::from_bigint(num / den))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "perm", &args, 1, 2)?;
    let n = natural(vm, &args.pos[0], "n must be a non-negative integer")?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => natural(vm, v, "k must be a non-negative integer")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(perm_count(&n, &k)))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = args.kw("start").cloned().unwrap_or(Value::Int(1));
    for v in vm.collect(&args.pos[0])? {
        acc = vm.binary_op(&acc, &v, 5)?;
    }
    Ok(acc)
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::from(1);
    for v in args.pos {
        let Some(b) = v.as_bigint() else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            )));
        };
        acc = num_integer::Integer::lcm(&acc, &b);
    }
    Ok(Value::from_bigint(acc))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "fmod", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "modf", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    let int = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - int
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "frexp", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "ldexp", &args, 2, 2)?;
    let x = real(vm, &args.pos[0])?;
    let e = vm.index_value(&args.pos[1])?.clamp(-10000, 10000) as i32;
    let r = x * 2f64.powi(e);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "dist", &args, 2, 2)?;
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        acc = acc.hypot(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::Float(acc))
}
