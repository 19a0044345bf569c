//! `sys`: argv, exit, the standard streams, sys.modules, recursion limit, version.

use interpreter::builtins::io::std_streams;
use interpreter::builtins::{check, native};
use interpreter::object::types::types;
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::{new_exception, Vm};
use std::sync::atomic::Ordering;

pub fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    let argv: Vec<Value> = vm
        .interp
        .argv
        .read()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    d.set("argv", Value::list(argv));
    let [stdin, stdout, stderr] = std_streams().clone();
    d.set("stdin", stdin.clone());
    d.set("stdout", stdout.clone());
    d.set("stderr", stderr.clone());
    d.set("__stdin__", stdin);
    d.set("__stdout__", stdout);
    d.set("__stderr__", stderr);
    d.set("modules", Value::Dict(vm.interp.modules.clone()));
    let path: Vec<Value> = vm
        .interp
        .path
        .read()
        .iter()
        .map(|p| Value::from_string(p.to_string_lossy().to_string()))
        .collect();
    d.set("path", Value::list(path));
    d.set(
        "version",
        Value::str(&format!("3.11.7 (gilpy {})", env!("CARGO_PKG_VERSION"))),
    );
    d.set(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set("hexversion", Value::Int(0x030b07f0));
    d.set("platform", Value::str("linux"));
    d.set("byteorder", Value::str("little"));
    d.set("maxsize", Value::Int(i64::MAX));
    d.set(
        "executable",
        Value::from_string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    d.set("implementation_name", Value::str("gilpy"));
    for (name, f) in [
        ("exit", exit as interpreter::object::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("intern", intern),
        ("getdefaultencoding", getdefaultencoding),
    ] {
        d.set(name, native(name, f));
    }
    Ok(())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "exit", &args, 0, 1)?;
    Err(new_exception(&types().exc.system_exit, args.pos.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        vm.interp.recursion_limit.load(Ordering::Relaxed) as i64,
    ))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = vm.index_value(&args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // Each Python call uses some Rust stack; the interpreter's threads are sized for
    // this many (see THREAD_STACK and the main thread's stack).
    let n = n.min(interpreter::vm::MAX_RECURSION_LIMIT as i64);
    vm.interp
        .recursion_limit
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match &vm.cur_exc {
        Some(e) => Value::tuple(vec![
            Value::Class(e.0.class.clone()),
            e.value(),
            Value::None,
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "intern", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => Ok(Value::Str(interpreter::object::pystr::intern(s.as_str()))),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}
