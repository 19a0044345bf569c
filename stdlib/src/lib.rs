//! The importable modules: native ones written in Rust (`_thread`, `_time`, `sys`, `posix`,
//! `math`) and ones written in Python, embedded in the binary from `lib/`
//! (`threading`, ...). `register` makes them all importable; the interpreter itself
//! knows none of them by name.

pub mod math;
pub mod os;
pub mod random;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod time;
pub mod warnings;

use interpreter::vm::Interp;

/// Modules written in Python, as (name, source).
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("threading", include_str!("../lib/threading.py")),
    ("queue", include_str!("../lib/queue.py")),
    ("signal", include_str!("../lib/signal.py")),
    ("abc", include_str!("../lib/abc.py")),
    ("re", include_str!("../lib/re.py")),
    ("_complex", include_str!("../lib/_complex.py")),
    ("cmath", include_str!("../lib/cmath.py")),
    ("textwrap", include_str!("../lib/textwrap.py")),
    ("typing", include_str!("../lib/typing.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("collections.abc", include_str!("../lib/collections_abc.py")),
    ("types", include_str!("../lib/types.py")),
    ("fractions", include_str!("../lib/fractions.py")),
    ("csv", include_str!("../lib/csv.py")),
    ("pprint", include_str!("../lib/pprint.py")),
    ("statistics", include_str!("../lib/statistics.py")),
    ("enum", include_str!("../lib/enum.py")),
    ("collections", include_str!("../lib/collections.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("itertools", include_str!("../lib/itertools.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("bisect", include_str!("../lib/bisect.py")),
    ("string", include_str!("../lib/string.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("random", include_str!("../lib/random.py")),
    ("time", include_str!("../lib/time.py")),
    ("io", include_str!("../lib/io.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("traceback", include_str!("../lib/traceback.py")),
    ("logging", include_str!("../lib/logging.py")),
    ("dataclasses", include_str!("../lib/dataclasses.py")),
    ("json", include_str!("../lib/json.py")),
    ("array", include_str!("../lib/array.py")),
    ("concurrent", include_str!("../lib/concurrent/__init__.py")),
    (
        "concurrent.futures",
        include_str!("../lib/concurrent/futures.py"),
    ),
    ("datetime", include_str!("../lib/datetime.py")),
];

/// Builtins written in Python: `complex` (from `lib/_complex.py`). Called once the
/// modules are registered.
pub fn install_builtins(vm: &mut interpreter::vm::Vm) {
    if let Ok(m) = vm.import_module("_complex") {
        if let Ok(Some(c)) = vm.get_attr_opt(&m, "complex") {
            vm.interp.builtins.get_mut(&mut vm.py).set("complex", c);
        }
    }
}

/// Register every stdlib module with the interpreter.
pub fn register(interp: &Interp) {
    interp.register_native("_thread", thread::init);
    interp.register_native("_time", time::init);
    interp.register_native("sys", sys::init);
    interp.register_native("posix", os::init);
    interp.register_native("math", math::init);
    interp.register_native("warnings", warnings::init);
    interp.register_native("_random", random::init);
    interp.register_native("_signal", signal::init);
    for (name, source) in PYTHON_MODULES {
        interp.register_python(name, source);
    }
}
