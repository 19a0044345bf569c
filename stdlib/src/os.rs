//! `os`: process ids, CPU count, the environment.

use interpreter::builtins::native;
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::Vm;

pub fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    for (name, f) in [
        ("getpid", getpid as interpreter::object::NativeFn),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("getcwd", getcwd),
    ] {
        d.set(name, native(name, f));
    }
    let mut env = Dict::new();
    for (k, v) in std::env::vars() {
        let key = vm.hash_key(Value::from_string(k))?;
        env.insert(key, Value::from_string(v));
    }
    d.set("environ", Value::dict(env));
    d.set("name", Value::str("posix"));
    d.set("sep", Value::str("/"));
    d.set("linesep", Value::str("\n"));
    Ok(())
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    extern "C" {
        fn getppid() -> i32;
    }
    // SAFETY: getppid takes no arguments and cannot fail.
    Ok(Value::Int(unsafe { getppid() } as i64))
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    std::env::current_dir()
        .map(|p| Value::from_string(p.to_string_lossy().to_string()))
        .map_err(|e| vm.os_error(e.to_string()))
}
