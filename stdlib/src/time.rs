//! `time`: clocks, and `sleep`, which releases the GIL while it waits.

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
    ] {
        d.set(name, native(name, f));
    }
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
    vm.detach("sleep", || {
        std::thread::sleep(Duration::from_secs_f64(secs))
    });
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
