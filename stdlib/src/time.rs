//! `_time`, the native half of `time`: clocks, `sleep` (which releases the GIL while it
//! waits) and the calendar functions, which call the C library as CPython does so local
//! time, time zones and `strftime` directives come out the same. `lib/time.py` adds
//! `struct_time` on top and is what `import time` loads.

use interpreter::builtins::{check, native};
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::Vm;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn init(_vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    for (name, f) in [
        ("sleep", sleep as interpreter::object::NativeFn),
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", process_time),
        ("thread_time", process_time),
        ("_localtime", localtime),
        ("_gmtime", gmtime),
        ("_mktime", mktime),
        ("_strftime", strftime),
    ] {
        d.set(name, native(name, f));
    }
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset reads TZ and fills the C library's zone globals; no Rust state.
    unsafe { tzset() };
    // The zone's standard and summer offsets, from January and July of this year.
    let now = since_epoch().as_secs() as i64;
    let year_start = now - now.rem_euclid(365 * 86400);
    let jan = broken_down(year_start, true)
        .map(|t| t.tm_gmtoff)
        .unwrap_or(0);
    let jul = broken_down(year_start + 182 * 86400, true)
        .map(|t| t.tm_gmtoff)
        .unwrap_or(0);
    let (std_off, dst_off) = (jan.min(jul), jan.max(jul));
    d.set("timezone", Value::Int(-std_off));
    d.set("altzone", Value::Int(-dst_off));
    d.set("daylight", Value::Int((jan != jul) as i64));
    let zone_name = |secs: i64| {
        broken_down(secs, true)
            .map(|t| zone_of(&t))
            .unwrap_or_else(|| "UTC".into())
    };
    let (std_t, dst_t) = if jan <= jul {
        (year_start, year_start + 182 * 86400)
    } else {
        (year_start + 182 * 86400, year_start)
    };
    d.set(
        "tzname",
        Value::tuple(vec![
            Value::from_string(zone_name(std_t)),
            Value::from_string(zone_name(dst_t)),
        ]),
    );
    Ok(())
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "sleep", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_)) => {
            vm.to_f64(v)?
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    vm.sleep_interruptibly(Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

/// A monotonic clock (perf_counter and monotonic share it).
fn clock() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    // Offset so the first reading is not zero (CPython's counters are boot-relative).
    START.get_or_init(Instant::now).elapsed() + Duration::from_secs(1000)
}

fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(clock().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(clock().as_nanos() as i64))
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    extern "C" {
        fn clock() -> i64;
    }
    // SAFETY: clock() reads the process CPU time; no arguments, no memory.
    let ticks = unsafe { clock() };
    Ok(Value::Float(ticks as f64 / 1_000_000.0))
}

fn zone_of(t: &libc::tm) -> String {
    if t.tm_zone.is_null() {
        return "UTC".into();
    }
    // SAFETY: tm_zone points at a NUL-terminated name owned by the C library.
    unsafe { std::ffi::CStr::from_ptr(t.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// `localtime_r` / `gmtime_r` of a count of seconds.
fn broken_down(secs: i64, local: bool) -> Option<libc::tm> {
    let t = secs as libc::time_t;
    // SAFETY: an all-zero tm is a valid value for the C library to overwrite.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals for the duration of the call.
    let ok = unsafe {
        if local {
            !libc::localtime_r(&t, &mut out).is_null()
        } else {
            !libc::gmtime_r(&t, &mut out).is_null()
        }
    };
    ok.then_some(out)
}

/// The seconds argument of localtime/gmtime/ctime: now when absent or None.
fn seconds_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<i64> {
    check(vm, name, args, 0, 1)?;
    match args.pos.first() {
        None | Some(Value::None) => Ok(since_epoch().as_secs() as i64),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.index_value(v),
        Some(v @ Value::Float(_)) => {
            let f = vm.to_f64(v)?;
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() || f.abs() > 1e18 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// The 11 fields struct_time is built from (9 tuple fields, then zone and offset).
fn tm_fields(t: &libc::tm) -> Value {
    Value::tuple(vec![
        Value::Int(t.tm_year as i64 + 1900),
        Value::Int(t.tm_mon as i64 + 1),
        Value::Int(t.tm_mday as i64),
        Value::Int(t.tm_hour as i64),
        Value::Int(t.tm_min as i64),
        Value::Int(t.tm_sec as i64),
        Value::Int((t.tm_wday as i64 + 6) % 7),
        Value::Int(t.tm_yday as i64 + 1),
        Value::Int(t.tm_isdst as i64),
        Value::from_string(zone_of(t)),
        Value::Int(t.tm_gmtoff),
    ])
}

fn convert(vm: &mut Vm, name: &str, args: &Args, local: bool) -> PyResult<Value> {
    let secs = seconds_arg(vm, name, args)?;
    match broken_down(secs, local) {
        Some(t) => Ok(tm_fields(&t)),
        None => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, "localtime", &args, true)
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    convert(vm, "gmtime", &args, false)
}

/// A C `tm` from the 9 fields of a tuple or struct_time (validated by time.py).
fn tm_from(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items = vm.collect(v)?;
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        *slot = vm.index_value(item)?;
    }
    // SAFETY: an all-zero tm is valid; every field used is set below.
    let mut t: libc::tm = unsafe { std::mem::zeroed() };
    t.tm_year = (f[0] - 1900) as i32;
    t.tm_mon = (f[1] - 1) as i32;
    t.tm_mday = f[2] as i32;
    t.tm_hour = f[3] as i32;
    t.tm_min = f[4] as i32;
    t.tm_sec = f[5] as i32;
    t.tm_wday = ((f[6] + 1) % 7) as i32;
    t.tm_yday = (f[7] - 1) as i32;
    t.tm_isdst = f[8] as i32;
    Ok(t)
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "mktime", &args, 1, 1)?;
    let mut t = tm_from(vm, &args.pos[0])?;
    t.tm_wday = -1;
    // SAFETY: t is a live local the C library normalises in place.
    let secs = unsafe { libc::mktime(&mut t) };
    if secs == -1 && t.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(secs as f64))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "strftime", &args, 2, 2)?;
    let Some(fmt) = args.pos[0].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            args.pos[0].type_name()
        )));
    };
    let mut t = tm_from(vm, &args.pos[1])?;
    // A struct_time passes its zone name and offset after the 9 fields; for a plain
    // tuple, ask the C library (mktime) which zone applies at that time.
    let extra = vm.collect(&args.pos[1])?;
    let zone_name;
    if let (Some(name), Some(off)) = (extra.get(9), extra.get(10)) {
        zone_name = std::ffi::CString::new(name.as_str().unwrap_or("")).unwrap_or_default();
        t.tm_zone = zone_name.as_ptr();
        t.tm_gmtoff = vm.index_value(off)?;
    } else {
        let mut probe = t;
        probe.tm_wday = -1;
        // SAFETY: probe is a live local the C library normalises in place.
        let secs = unsafe { libc::mktime(&mut probe) };
        if secs != -1 || probe.tm_wday != -1 {
            t.tm_gmtoff = probe.tm_gmtoff;
            t.tm_zone = probe.tm_zone;
        }
    }
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(fmt.clone()).unwrap_or_default();
    let mut size = 1024usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt and t outlive the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &t) };
        if n > 0 || fmt.is_empty() || size > 256 * 1024 {
            buf.truncate(n);
            return Ok(Value::from_string(
                String::from_utf8_lossy(&buf).into_owned(),
            ));
        }
        size *= 4;
    }
}
