//! `_signal`, the native half of `signal` (`lib/signal.py` adds the `Signals` enum-like
//! names). Handlers run on the main thread between instructions or when one of its
//! blocking waits notices the signal (see `interpreter::vm::signals`).

use interpreter::builtins::file::errno_error;
use interpreter::builtins::{check, native};
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::signals::{self, OsAction, NSIG, SIG_DFL, SIG_IGN};
use interpreter::vm::Vm;

/// The signals a program names, with their Linux numbers.
const NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

pub fn init(_vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    for (name, f) in [
        ("signal", signal as interpreter::object::NativeFn),
        ("getsignal", getsignal),
        ("raise_signal", raise_signal),
        ("alarm", alarm),
        ("pause", pause),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
    ] {
        d.set(name, native(name, f));
    }
    for (name, n) in NAMES {
        d.set(name, Value::Int(*n as i64));
    }
    d.set("SIGRTMIN", Value::Int(libc::SIGRTMIN() as i64));
    d.set("SIGRTMAX", Value::Int(libc::SIGRTMAX() as i64));
    d.set("NSIG", Value::Int(NSIG as i64 + 1));
    d.set("SIG_DFL", Value::Int(SIG_DFL));
    d.set("SIG_IGN", Value::Int(SIG_IGN));
    d.set("default_int_handler", signals::default_int_handler_value());
    Ok(())
}

/// The signal number argument, checked as CPython checks it.
fn signum(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = vm.index_value(v)?;
    if !(1..=NSIG as i64).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "signal", &args, 2, 2)?;
    let sig = signum(vm, &args.pos[0])?;
    let handler = args.pos[1].clone();
    let action = match handler {
        Value::Int(SIG_DFL) => OsAction::Default,
        Value::Int(SIG_IGN) => OsAction::Ignore,
        ref h => {
            let callable = vm.builtin("callable");
            if matches!(h, Value::Int(_)) || {
                let r = vm.call0(&callable, std::slice::from_ref(h))?;
                !vm.truthy(&r)?
            } {
                return Err(vm.type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                ));
            }
            OsAction::Record
        }
    };
    if !vm.is_main {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    signals::set_os_action(sig, action).map_err(|e| errno_error(&e))?;
    let old = vm.signal_handler(sig);
    vm.set_signal_handler(sig, handler);
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "getsignal", &args, 1, 1)?;
    let sig = signum(vm, &args.pos[0])?;
    Ok(vm.signal_handler(sig))
}

fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "raise_signal", &args, 1, 1)?;
    let sig = signum(vm, &args.pos[0])?;
    // To the process, not this thread: only the main thread takes handled signals.
    // SAFETY: plain system calls.
    if unsafe { libc::kill(libc::getpid(), sig) } != 0 {
        return Err(errno_error(&std::io::Error::last_os_error()));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "alarm", &args, 1, 1)?;
    let secs = vm.index_value(&args.pos[0])?;
    // SAFETY: alarm only sets a timer.
    Ok(Value::Int(
        unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) } as i64,
    ))
}

fn pause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "pause", &args, 0, 0)?;
    // Signals are delivered to the main thread, whose pause() they end; elsewhere this
    // waits for good, as in CPython.
    while !signals::pending() {
        // SAFETY: pause only waits for a signal.
        vm.detach("pause", || unsafe { libc::pause() });
    }
    vm.check_signals()?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "strsignal", &args, 1, 1)?;
    let sig = signum(vm, &args.pos[0])?;
    // SAFETY: strsignal returns a static or thread-local C string, read at once.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.starts_with("Unknown signal") || text.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(Value::from_string(text))
}

fn valid_signals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, "valid_signals", &args, 0, 0)?;
    let mut items = vec![];
    for n in 1..=NSIG {
        // glibc keeps 32 and 33 for its threads.
        if n != 32 && n != 33 {
            items.push(Value::Int(n as i64));
        }
    }
    let set = vm.builtin("set");
    vm.call0(&set, &[Value::list(items)])
}
