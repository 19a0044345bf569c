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
    struct_sequences(vm, d)?;
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

/// `sys.version_info`, `sys.float_info` and `sys.int_info`: named tuples of their own
/// types, as CPython's struct sequences (read-only, not instantiable, `sys.` reprs).
const STRUCT_SEQUENCES: &str = r#"
def _struct_sequence(name, fields, values):
    qualified = "sys." + name

    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "%s(%s)" % (qualified, inner)

    def __getattr__(self, attr):
        raise AttributeError("'%s' object has no attribute '%s'" % (qualified, attr))

    def __setattr__(self, attr, value):
        if attr in fields:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (qualified, attr))

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    namespace = {
        "__slots__": (), "__module__": "sys", "n_fields": len(fields),
        "n_sequence_fields": len(fields), "n_unnamed_fields": 0,
        "__repr__": __repr__, "__getattr__": __getattr__,
        "__setattr__": __setattr__, "__delattr__": __delattr__,
    }
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), namespace)
    instance = cls(values)

    def _no_new(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % qualified)

    cls.__new__ = staticmethod(_no_new)
    return instance

version_info = _struct_sequence(
    "version_info", ("major", "minor", "micro", "releaselevel", "serial"),
    (3, 11, 7, "final", 0))
float_info = _struct_sequence(
    "float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _struct_sequence(
    "int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"),
    (30, 4, 4300, 640))
"#;

fn struct_sequences(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    let ns = Arc::new(GilCell::new(Dict::new()));
    vm.run_source(STRUCT_SEQUENCES, "<sys>", ns.clone())?;
    for name in ["version_info", "float_info", "int_info"] {
        let key = interpreter::object::pystr::intern(name);
        let v = ns.get(&vm.py).get_str(&key).cloned();
        d.set(name, v.unwrap_or(Value::None));
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
        Some(e) => {
            let tb = interpreter::object::tbobj::traceback_of(&e.data(&vm.py).traceback);
            Value::tuple(vec![Value::Class(e.0.class.clone()), e.value(), tb])
        }
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
