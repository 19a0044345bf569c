//! The virtual machine: one [`Interp`] per process (modules, builtins, settings) and one
//! [`Vm`] per thread (its GIL token, recursion depth, the exception being handled and
//! the countdown to its next switch point).
//!
//! Python calls are Rust calls: `call` → `run_frame` → the instruction loop in
//! [`eval`]. Frames are plain structs owned by the Rust stack (a generator owns its
//! suspended frame), so no frame outlives its thread and none needs a lock.

mod attr;
mod call;
mod errors;
mod eval;
pub mod frame;
mod import;
mod iterate;
mod ops;
mod patterns;
mod repr;
pub mod signals;
pub mod traceback;

pub use call::orphan_generator;
pub use errors::*;
pub use frame::Frame;
pub use ops::num_cmp;
pub use repr::{addr, ascii_escape, bytes_repr, str_repr};

use crate::gil::{Py, GIL};
use crate::object::pystr::intern;
use crate::object::{Dict, DictObj, PyErr, PyResult, PyStr, Value};
use parking_lot::RwLock;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// Creates a native module's namespace.
pub type ModuleInit = fn(&mut Vm, &mut Dict) -> PyResult<()>;

/// Process-wide interpreter state.
pub struct Interp {
    pub builtins: Arc<DictObj>,
    /// `sys.modules`.
    pub modules: Arc<DictObj>,
    /// The GIL switch interval, in instructions.
    pub switch_interval: AtomicU32,
    pub recursion_limit: AtomicUsize,
    native_modules: RwLock<HashMap<String, ModuleInit>>,
    /// Modules written in Python and embedded in the binary (stdlib/lib).
    python_modules: RwLock<HashMap<String, &'static str>>,
    /// Directories searched for `.py` modules (the script's directory first).
    pub path: RwLock<Vec<std::path::PathBuf>>,
    /// `sys.argv`.
    pub argv: RwLock<Vec<String>>,
}

static INTERP: OnceLock<Interp> = OnceLock::new();

/// The interpreter (created by [`Vm::init_main`]).
pub fn interp() -> &'static Interp {
    INTERP.get().expect("interpreter initialised")
}

impl Interp {
    /// Make a native module importable.
    pub fn register_native(&self, name: &str, init: ModuleInit) {
        self.native_modules.write().insert(name.to_string(), init);
    }

    /// Make an embedded Python module importable.
    pub fn register_python(&self, name: &str, source: &'static str) {
        self.python_modules.write().insert(name.to_string(), source);
    }

    pub fn set_switch_interval(&self, n: u32) {
        self.switch_interval.store(n.max(1), Ordering::Relaxed);
    }
}

/// The highest recursion limit `sys.setrecursionlimit` accepts: what the threads' stacks
/// are sized for.
pub const MAX_RECURSION_LIMIT: usize = 20_000;

/// Default switch interval in instructions.
pub const DEFAULT_SWITCH_INTERVAL: u32 = 1000;

/// The per-thread machine.
pub struct Vm {
    /// Proof that this thread holds the GIL.
    pub py: Py,
    pub interp: &'static Interp,
    /// Python call depth, for RecursionError.
    pub depth: usize,
    /// Instructions left before the next switch point.
    countdown: u32,
    /// The exception being handled (`sys.exc_info()`, bare `raise`, implicit chaining).
    pub cur_exc: Option<PyErr>,
    /// `threading.get_ident()` of this thread.
    pub ident: u64,
    /// Whether this is the main thread, the one that runs signal handlers.
    pub is_main: bool,
    /// The calls in progress on this thread, outermost first: where each was made.
    pub(crate) call_sites: Vec<CallSite>,
    /// For a native that needs it (`Builtin::needs_caller`): the calling frame's globals
    /// and locals, captured as the call is made.
    pub caller_namespace: Option<(Arc<crate::object::DictObj>, Value)>,
    /// Finished frames, kept (with their buffers) for the next calls to reuse. Boxed:
    /// frames are handed around (to generators, between calls) by pointer.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
}

impl Vm {
    /// Set up the interpreter and the main thread's machine: takes the GIL.
    pub fn init_main(argv: Vec<String>) -> Vm {
        let py = GIL.acquire();
        let interp = INTERP.get_or_init(|| Interp {
            builtins: Arc::new(crate::gil::GilCell::new(Dict::new())),
            modules: Arc::new(crate::gil::GilCell::new(Dict::new())),
            switch_interval: AtomicU32::new(DEFAULT_SWITCH_INTERVAL),
            recursion_limit: AtomicUsize::new(1000),
            native_modules: RwLock::new(HashMap::new()),
            python_modules: RwLock::new(HashMap::new()),
            path: RwLock::new(vec![]),
            argv: RwLock::new(argv),
        });
        let mut vm = Vm::with_token(py, interp);
        vm.is_main = true;
        crate::builtins::install(&mut vm);
        vm
    }

    /// A machine for a thread that just took the GIL.
    pub fn with_token(py: Py, interp: &'static Interp) -> Vm {
        Vm {
            py,
            interp,
            depth: 0,
            countdown: interp.switch_interval.load(Ordering::Relaxed),
            cur_exc: None,
            ident: current_ident(),
            is_main: false,
            frame_pool: Vec::new(),
            call_sites: Vec::new(),
            caller_namespace: None,
        }
    }

    /// For a new thread started by `_thread`: wait for the reserved GIL place, then run.
    pub fn for_new_thread(reservation: crate::gil::Reservation) -> Vm {
        let py = GIL.acquire_reserved(reservation);
        Vm::with_token(py, interp())
    }

    /// Release the GIL around a blocking call. The countdown restarts when it is retaken.
    pub fn detach<T>(&mut self, reason: &'static str, f: impl FnOnce() -> T) -> T {
        let r = self.py.detach(reason, f);
        self.countdown = self.interp.switch_interval.load(Ordering::Relaxed);
        r
    }

    /// Called once per instruction by the eval loop.
    #[inline(always)]
    fn tick(&mut self) -> PyResult<()> {
        self.countdown -= 1;
        if self.countdown == 0 {
            return self.switch_point();
        }
        Ok(())
    }

    /// Every N instructions: let a waiting thread have the GIL, then run the handlers
    /// of signals that arrived (main thread only).
    #[cold]
    fn switch_point(&mut self) -> PyResult<()> {
        self.countdown = self.interp.switch_interval.load(Ordering::Relaxed);
        self.py.switch_point();
        self.finalize_orphans()?;
        if self.is_main && signals::pending() {
            return self.check_signals();
        }
        Ok(())
    }

    /// Give up the GIL at thread exit.
    pub fn finish_thread(self) {
        self.py.release_for_exit();
    }

    pub fn builtins(&self) -> &Arc<DictObj> {
        &self.interp.builtins
    }

    /// A builtin by name (panics if missing: used for names the interpreter defines).
    pub fn builtin(&self, name: &str) -> Value {
        self.interp
            .builtins
            .get(&self.py)
            .get_str(&intern(name))
            .cloned()
            .unwrap_or(Value::None)
    }
}

/// Where a call in progress was made: enough to name the caller's file, line and module
/// (for warnings) without keeping frames anywhere but on the Rust stack.
pub(crate) struct CallSite {
    code: *const crate::bytecode::CodeObject,
    globals: *const crate::object::DictObj,
    pc: usize,
}

impl CallSite {
    pub(crate) fn of(f: &Frame) -> CallSite {
        CallSite {
            code: Arc::as_ptr(&f.code),
            globals: Arc::as_ptr(&f.globals),
            pc: f.pc.saturating_sub(1),
        }
    }
}

impl Vm {
    /// The globals of the Python code making the innermost call in progress (for natives
    /// reached other than by a direct call, such as `map(eval, ...)`).
    pub fn innermost_globals(&self) -> Option<Arc<DictObj>> {
        let site = self.call_sites.last()?;
        // SAFETY: as in `caller_location`, the frame that pushed the call site is alive
        // and holds an `Arc` to these globals; taking one more reference keeps them so.
        unsafe {
            Arc::increment_strong_count(site.globals);
            Some(Arc::from_raw(site.globals))
        }
    }
}

/// A caller's location: file, line, function name and the `__name__` of its module.
pub struct Location {
    pub filename: Arc<str>,
    pub line: u32,
    pub function: Arc<PyStr>,
    pub module: Option<String>,
}

impl Vm {
    /// The location of the call `level` steps out (1: the innermost call in progress,
    /// i.e. the Python code that called the running native function).
    pub fn caller_location(&self, level: usize) -> Option<Location> {
        let site = self
            .call_sites
            .len()
            .checked_sub(level)
            .and_then(|i| self.call_sites.get(i))?;
        // SAFETY: a call site is pushed by the frame making the call and popped when the
        // call returns, so while it is on the stack that frame is alive and holds the
        // `Arc`s these pointers came from. Code objects are immutable, and the globals
        // dict is read through its GilCell with this thread's token.
        let code = unsafe { &*site.code };
        let globals = unsafe { &*site.globals };
        let module = globals
            .get(&self.py)
            .get_str(&intern("__name__"))
            .and_then(|v| v.as_str().map(str::to_string));
        Some(Location {
            filename: code.filename.clone(),
            line: code.line_for(site.pc),
            function: code.name.clone(),
            module,
        })
    }
}

/// A stable per-thread identifier, shaped like CPython's (a large pointer-like number).
/// `_thread.start_new_thread` assigns the new thread's before it runs, so the parent can
/// return it.
pub fn current_ident() -> u64 {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(next_ident());
        }
        i.get()
    })
}

/// Allocate a fresh thread identifier.
pub fn next_ident() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    139_900_000_000_000 + NEXT.fetch_add(1, Ordering::Relaxed) * 6_295_552
}

/// Give the current thread the identifier its parent allocated.
pub fn set_current_ident(id: u64) {
    IDENT.with(|i| i.set(id));
}

thread_local! {
    static IDENT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}
