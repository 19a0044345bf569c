//! `_thread`: OS threads and the primitive lock, on which `threading.py` builds
//! everything else (as CPython's threading builds on its `_thread`).
//!
//! `start_new_thread` reserves the new thread's place in the GIL queue before spawning
//! it (contract rule 5), so the interleaving of threads that only compute does not depend
//! on when the OS first runs them.
//!
//! The lock's state is only touched under the GIL, so taking a free lock costs no system
//! call. A thread that finds it held releases the GIL and sleeps on a condition variable
//! until a release bumps the lock's generation, then queues for the GIL and tries again:
//! the releasing thread may take the lock back first ("barging"), which keeps a contended
//! lock from forcing a GIL hand-over on every acquire.

use interpreter::builtins::{add_methods, arg, native};
use interpreter::gil::GilCell;
use interpreter::object::types::{new_class, types};
use interpreter::object::{Args, Class, Dict, DictObj, NativeObject, PyResult, PyStr, Value};
use interpreter::vm::{signals, Vm};
use parking_lot::{Condvar, Mutex};
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// The largest timeout accepted (CPython's `threading.TIMEOUT_MAX` on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Stack size of threads started from Python: deep recursion (up to the recursion
/// limit) must fit.
const THREAD_STACK: usize = 64 << 20;

static THREAD_COUNT: AtomicUsize = AtomicUsize::new(0);

/// Why a blocked `acquire` woke up.
#[derive(PartialEq, Eq)]
enum Woke {
    Released,
    TimedOut,
    Signal,
}

pub struct Lock {
    held: AtomicBool,
    /// Threads blocked in `acquire` (read under the GIL, so a release with no waiters
    /// makes no system call).
    waiters: AtomicUsize,
    /// A release has woken a waiter that has not yet come back for the GIL. Further
    /// releases wake nobody until it has retried: waking one waiter per release made a
    /// contended lock wake (and hand the GIL to) a thread on every single release.
    waking: AtomicBool,
    generation: Mutex<u64>,
    released: Condvar,
}

fn lock_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| new_class("lock", vec![types().object.clone()], false))
}

impl NativeObject for Lock {
    fn class(&self) -> Arc<Class> {
        lock_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Lock {
    pub fn new() -> Lock {
        Lock {
            held: AtomicBool::new(false),
            waiters: AtomicUsize::new(0),
            waking: AtomicBool::new(false),
            generation: Mutex::new(0),
            released: Condvar::new(),
        }
    }

    /// Acquire; `timeout` None waits forever. Called with the GIL held. On the main
    /// thread a signal interrupts the wait to run its handler, whose exception (Ctrl-C's
    /// KeyboardInterrupt) ends the acquire; if the handler returns, the wait goes on.
    pub fn acquire(
        &self,
        vm: &mut Vm,
        blocking: bool,
        timeout: Option<Duration>,
    ) -> PyResult<bool> {
        if !self.held.swap(true, Ordering::Relaxed) {
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let poll = vm.is_main;
        loop {
            self.waiters.fetch_add(1, Ordering::Relaxed);
            let seen = *self.generation.lock();
            let woke = vm.detach("lock", || {
                let mut g = self.generation.lock();
                while *g == seen {
                    let slice = poll.then(|| Instant::now() + signals::POLL);
                    let until = match (deadline, slice) {
                        (Some(d), Some(s)) => Some(d.min(s)),
                        (d, s) => d.or(s),
                    };
                    match until {
                        Some(u) => {
                            if self.released.wait_until(&mut g, u).timed_out() && *g == seen {
                                if deadline.is_some_and(|d| Instant::now() >= d) {
                                    return Woke::TimedOut;
                                }
                                if poll && signals::pending() {
                                    return Woke::Signal;
                                }
                            }
                        }
                        None => self.released.wait(&mut g),
                    }
                }
                Woke::Released
            });
            self.waiters.fetch_sub(1, Ordering::Relaxed);
            self.waking.store(false, Ordering::Relaxed);
            if woke == Woke::Signal {
                vm.check_signals()?;
            }
            if !self.held.swap(true, Ordering::Relaxed) {
                return Ok(true);
            }
            if woke == Woke::TimedOut || deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    /// Release; false if it was not held. Called with the GIL held.
    pub fn release(&self) -> bool {
        if !self.held.swap(false, Ordering::Relaxed) {
            return false;
        }
        if self.waiters.load(Ordering::Relaxed) > 0 && !self.waking.swap(true, Ordering::Relaxed) {
            let mut g = self.generation.lock();
            *g += 1;
            self.released.notify_one();
        }
        true
    }

    pub fn locked(&self) -> bool {
        self.held.load(Ordering::Relaxed)
    }
}

/// `threading.local`: attributes kept per thread, a dict for each thread that sets any.
pub struct Local {
    dicts: GilCell<HashMap<u64, Arc<DictObj>>>,
}

fn local_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| new_class("_local", vec![types().object.clone()], false))
}

impl Local {
    /// The calling thread's dict (made on first use).
    fn dict(&self, vm: &mut Vm) -> Arc<DictObj> {
        let ident = vm.ident;
        let dicts = self.dicts.get_mut(&mut vm.py);
        dicts
            .entry(ident)
            .or_insert_with(|| Arc::new(GilCell::new(Dict::new())))
            .clone()
    }
}

impl NativeObject for Local {
    fn class(&self) -> Arc<Class> {
        local_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, vm: &mut Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        let d = self.dict(vm);
        if name.as_str() == "__dict__" {
            return Some(Ok(Value::Dict(d)));
        }
        let found = d.get(&vm.py).get_str(name).cloned();
        match found {
            Some(v) => Some(Ok(v)),
            // Methods of the class (none yet) come next; else CPython's wording, which
            // names the type with its module.
            None if local_class().lookup(&vm.py, name).is_some() => None,
            None => Some(Err(vm.attribute_error(format!(
                "'_thread._local' object has no attribute '{name}'"
            )))),
        }
    }
    fn set_attr(
        &self,
        vm: &mut Vm,
        name: &Arc<PyStr>,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let d = self.dict(vm);
        match value {
            Some(v) => {
                d.get_mut(&mut vm.py).set_str(name.clone(), v);
                Some(Ok(()))
            }
            None => {
                let removed = d.get_mut(&mut vm.py).remove_str(name).is_some();
                removed.then_some(Ok(()))
            }
        }
    }
}

fn local_new(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::native(Local {
        dicts: GilCell::new(HashMap::new()),
    }))
}

impl Default for Lock {
    fn default() -> Self {
        Lock::new()
    }
}

pub fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    add_methods(
        vm,
        lock_class(),
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__repr__", lock_repr),
        ],
    );
    d.set(
        "start_new_thread",
        native("start_new_thread", start_new_thread),
    );
    d.set("start_new", native("start_new", start_new_thread));
    d.set("allocate_lock", native("allocate_lock", allocate_lock));
    d.set("allocate", native("allocate", allocate_lock));
    d.set("get_ident", native("get_ident", get_ident));
    d.set("get_native_id", native("get_native_id", get_native_id));
    d.set("_count", native("_count", count));
    d.set("_set_sentinel", native("_set_sentinel", set_sentinel));
    d.set(
        "_print_exception",
        native("_print_exception", print_exception),
    );
    d.set(
        "_format_exception",
        native("_format_exception", format_exception),
    );
    d.set("_caller_frames", native("_caller_frames", caller_frames));
    d.set("_format_tb", native("_format_tb", format_tb));
    d.set("_source_line", native("_source_line", source_line));
    d.set("stack_size", native("stack_size", stack_size));
    d.set("LockType", Value::Class(lock_class().clone()));
    add_methods(vm, local_class(), &[("__new__", local_new)]);
    d.set("_local", Value::Class(local_class().clone()));
    d.set("error", Value::Class(types().exc.runtime_error.clone()));
    d.set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(())
}

fn lock_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Lock> {
    match args.pos.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<Lock>()
            .ok_or_else(|| vm.type_error("expected a lock")),
        _ => Err(vm.type_error("expected a lock")),
    }
}

/// Parse `blocking` and `timeout` as CPython's lock.acquire does.
pub fn acquire_args(vm: &mut Vm, args: &Args) -> PyResult<(bool, Option<Duration>)> {
    let blocking = match arg(args, 1, "blocking") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match arg(args, 2, "timeout") {
        None => -1.0,
        Some(v) => vm.to_f64(v)?,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((
        blocking,
        (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout)),
    ))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args)?;
    let (blocking, timeout) = acquire_args(vm, &args)?;
    Ok(Value::Bool(lock.acquire(vm, blocking, timeout)?))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !lock_of(vm, &args)?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lock_release(vm, Args::new(&args.pos[..1]))
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(lock_of(vm, &args)?.locked()))
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = if lock_of(vm, &args)?.locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(Value::from_string(format!(
        "<{} _thread.lock object at {}>",
        state,
        interpreter::vm::addr(&args.pos[0])
    )))
}

fn allocate_lock(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::native(Lock::new()))
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(interpreter::vm::current_ident() as i64))
}

fn get_native_id(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(native_thread_id()))
}

/// The kernel's id for the current thread.
pub fn native_thread_id() -> i64 {
    extern "C" {
        fn gettid() -> i32;
    }
    // SAFETY: gettid (glibc 2.30+) takes no arguments, touches no memory, cannot fail.
    unsafe { gettid() as i64 }
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(THREAD_COUNT.load(Ordering::Relaxed) as i64))
}

fn stack_size(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

thread_local! {
    /// Locks released when the current thread ends (`_set_sentinel`).
    static SENTINELS: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A lock, held now, released when this thread's Python work is over: `Thread.join`
/// waits on it.
fn set_sentinel(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let lock = Lock::new();
    lock.acquire(vm, false, None)?;
    let v = Value::native(lock);
    SENTINELS.with(|s| s.borrow_mut().push(v.clone()));
    Ok(v)
}

fn release_sentinels() {
    let locks = SENTINELS.with(|s| std::mem::take(&mut *s.borrow_mut()));
    for l in locks {
        if let Value::Native(n) = l {
            if let Some(lock) = n.as_any().downcast_ref::<Lock>() {
                lock.release();
            }
        }
    }
}

fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if i.exc.is_none() {
        return Ok(Value::None);
    }
    let text = vm.format_exception(&interpreter::object::PyErr(i.clone()));
    let err = vm.sys_stream("stderr");
    vm.write_to(&err, &text)?;
    Ok(Value::None)
}

/// The traceback text `_print_exception` would print, as a str (for `traceback` and
/// `logging`).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => Ok(Value::from_string(
            vm.format_exception(&interpreter::object::PyErr(i.clone())),
        )),
        _ => Err(vm.type_error("_format_exception() argument must be an exception")),
    }
}

/// The Python frames calling the current one, innermost first, as
/// (filename, line, function name) tuples: `logging` looks for its caller in them.
fn caller_frames(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut out = vec![];
    let mut level = 1;
    while let Some(loc) = vm.caller_location(level) {
        out.push(Value::tuple(vec![
            Value::str(&loc.filename),
            Value::Int(loc.line as i64),
            Value::Str(loc.function),
        ]));
        level += 1;
    }
    Ok(Value::list(out))
}

/// `traceback.format_tb(tb)`'s strings, one per entry.
fn format_tb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tb = match args.pos.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<interpreter::object::tbobj::Traceback>(),
        _ => None,
    };
    let Some(tb) = tb else {
        return Err(vm.type_error("_format_tb() argument must be a traceback"));
    };
    Ok(Value::list(
        tb.format_entries()
            .into_iter()
            .map(Value::from_string)
            .collect(),
    ))
}

/// Line `n` of a source file the interpreter has read (or can read), or ''.
fn source_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Str(file)), Some(n)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("_source_line(filename, lineno)"));
    };
    let n = vm.index_value(n)?;
    let line = interpreter::vm::traceback::source_line(file.as_str(), n.max(0) as u32);
    Ok(Value::from_string(line.unwrap_or_default()))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let func = args.pos[0].clone();
    let Value::Tuple(fargs) = args.pos[1].clone() else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.pos.get(2) {
        None | Some(Value::None) => None,
        Some(d @ Value::Dict(_)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let ident = interpreter::vm::next_ident();
    let reservation = vm.py.reserve();
    let handle = reservation.clone();
    THREAD_COUNT.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            interpreter::vm::set_current_ident(ident);
            signals::block_in_this_thread(true);
            let mut vm = Vm::for_new_thread(reservation);
            // A Rust panic here is an interpreter bug; dying while holding the GIL would
            // hang every other thread, so end the process instead.
            let call = std::panic::AssertUnwindSafe(|| {
                vm.call_ex(&func, &Value::Tuple(fargs), kwargs.as_ref())
            });
            let Ok(r) = std::panic::catch_unwind(call) else {
                interpreter::builtins::io::flush_stdout();
                eprintln!("gilpy: internal error in a thread; exiting");
                std::process::exit(70);
            };
            if let Err(e) = r {
                if !e.matches(&types().exc.system_exit) {
                    let text = vm.format_exception(&e);
                    let func_repr = vm.repr(&func).unwrap_or_default();
                    let err = vm.sys_stream("stderr");
                    let _ = vm.write_to(
                        &err,
                        &format!("Unhandled exception in thread started by {func_repr}\n{text}"),
                    );
                }
            }
            release_sentinels();
            THREAD_COUNT.fetch_sub(1, Ordering::Relaxed);
            vm.finish_thread();
        });
    match spawned {
        Ok(_) => Ok(Value::Int(ident as i64)),
        Err(e) => {
            THREAD_COUNT.fetch_sub(1, Ordering::Relaxed);
            // The thread never ran: its place in the queue must go, or the GIL would be
            // handed to nobody.
            vm.py.cancel_reservation(handle);
            Err(vm.runtime_error(format!("can't start new thread ({e})")))
        }
    }
}
