//! `sys`: argv, exit, the standard streams, sys.modules, recursion limit, version.

use interpreter::builtins::io::std_streams;
use interpreter::builtins::{check, native};
use interpreter::gil::GilCell;
use interpreter::object::types::types;
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::{new_exception, Vm};
use std::sync::atomic::Ordering;
use std::sync::Arc;

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
    d.set("version_info", version_info(vm)?);
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

/// `sys.version_info`, a named tuple of its own type, as CPython's struct sequence.
const VERSION_INFO: &str = r#"
class version_info(tuple):
    __slots__ = ()
    __module__ = "sys"
    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))

    def __getattr__(self, name):
        raise AttributeError("'sys.version_info' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in ("major", "minor", "micro", "releaselevel", "serial"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'sys.version_info' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

version_info = version_info((3, 11, 7, "final", 0))

def _no_new(cls, *args, **kwargs):
    raise TypeError("cannot create 'sys.version_info' instances")

type(version_info).__new__ = staticmethod(_no_new)
"#;

fn version_info(vm: &mut Vm) -> PyResult<Value> {
    let ns = Arc::new(GilCell::new(Dict::new()));
    vm.run_source(VERSION_INFO, "<sys>", ns.clone())?;
    let name = interpreter::object::pystr::intern("version_info");
    let v = ns.get(&vm.py).get_str(&name).cloned();
    Ok(v.unwrap_or(Value::None))
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
