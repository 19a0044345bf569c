//! Signals, as CPython handles them: the C-level handler only records that a signal
//! arrived; the main thread runs the Python-level handler (for SIGINT by default
//! `default_int_handler`, which raises `KeyboardInterrupt`) at its next switch point, or
//! as soon as a blocking wait notices.
//!
//! The main thread's blocking waits (`Lock.acquire` and everything built on it, and
//! `time.sleep`) wait in slices of [`POLL`] and look at [`pending`] between slices, so a
//! Ctrl-C reaches Python within a few milliseconds whatever the main thread waits for.
//! The other Python threads block the handled signals, so the process's signals are
//! delivered to the main thread (and interrupt its system calls, as in CPython).

use crate::gil::GilCell;
use crate::object::{PyResult, Value};
use crate::vm::Vm;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a blocking wait of the main thread sleeps before looking for a signal.
pub const POLL: Duration = Duration::from_millis(5);

/// Signals that arrived and whose Python handler has not run yet (bit n = signal n).
static PENDING: AtomicU64 = AtomicU64::new(0);

/// The Python-level handler of each signal a program (or the startup) set, by number.
/// Absent means SIG_DFL.
static HANDLERS: GilCell<Vec<Value>> = GilCell::new(Vec::new());

/// `signal.SIG_DFL` and `signal.SIG_IGN`.
pub const SIG_DFL: i64 = 0;
pub const SIG_IGN: i64 = 1;

pub const SIGINT: i32 = libc::SIGINT;

/// The highest signal number (Linux's SIGRTMAX).
pub const NSIG: i32 = 64;

extern "C" fn on_signal(sig: libc::c_int) {
    // Only an atomic store: all a C signal handler may safely do.
    PENDING.fetch_or(1 << sig, Ordering::SeqCst);
}

/// Whether a signal waits for its Python handler.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Forget signals that arrived (the REPL does so at its prompt, where Ctrl-C is a key).
pub fn clear() {
    PENDING.store(0, Ordering::SeqCst);
}

/// What the OS does with a signal.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OsAction {
    Default,
    Ignore,
    /// Record it for the Python-level handler.
    Record,
}

/// Set the OS-level action of `sig`. Not `SA_RESTART`: a signal interrupts the main
/// thread's system calls, as in CPython.
pub fn set_os_action(sig: i32, action: OsAction) -> std::io::Result<()> {
    let action = match action {
        OsAction::Default => libc::SIG_DFL,
        OsAction::Ignore => libc::SIG_IGN,
        OsAction::Record => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: a zeroed sigaction is valid; the handler only touches an atomic.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = 0;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Whether the OS currently ignores `sig`.
pub fn os_action_is_ignore(sig: i32) -> bool {
    // SAFETY: querying the action into a zeroed struct.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// The signals that Python threads other than the main one block.
fn handled_set() -> libc::sigset_t {
    // SAFETY: sigemptyset/sigaddset initialise and fill the set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in [
            libc::SIGINT,
            libc::SIGTERM,
            libc::SIGHUP,
            libc::SIGQUIT,
            libc::SIGALRM,
            libc::SIGUSR1,
            libc::SIGUSR2,
            libc::SIGCHLD,
            libc::SIGWINCH,
        ] {
            libc::sigaddset(&mut set, sig);
        }
        set
    }
}

/// Block (or unblock) the handled signals in the calling OS thread.
pub fn block_in_this_thread(block: bool) {
    let set = handled_set();
    let how = if block {
        libc::SIG_BLOCK
    } else {
        libc::SIG_UNBLOCK
    };
    // SAFETY: `set` is initialised; the old mask is not wanted.
    unsafe {
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// End the process by `sig` with its default action (CPython ends this way after an
/// uncaught KeyboardInterrupt, so a shell sees "killed by SIGINT", status 130).
/// Returns only if the signal did not end the process.
pub fn die_by(sig: i32) {
    let _ = set_os_action(sig, OsAction::Default);
    // SAFETY: plain system calls on an initialised set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(sig);
    }
}

/// `signal.default_int_handler`: raise KeyboardInterrupt.
pub fn default_int_handler(_vm: &mut Vm, _args: crate::object::Args) -> PyResult<Value> {
    Err(crate::vm::new_exception(
        &crate::object::types::types().exc.keyboard_interrupt,
        vec![],
    ))
}

/// The `default_int_handler` function object (one, so `getsignal` results compare equal).
pub fn default_int_handler_value() -> Value {
    static V: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    V.get_or_init(|| crate::builtins::native("default_int_handler", default_int_handler))
        .clone()
}

impl Vm {
    /// Install the SIGINT handler that makes Ctrl-C a KeyboardInterrupt (CPython does
    /// this at startup). Called by the `gilpy` command, on the main thread.
    /// As CPython, leave SIGINT alone if it was ignored when the process started (a
    /// background job of a non-interactive shell, `nohup`).
    pub fn install_default_signals(&mut self) {
        if os_action_is_ignore(libc::SIGINT) {
            self.set_signal_handler(libc::SIGINT, Value::Int(SIG_IGN));
            return;
        }
        if set_os_action(libc::SIGINT, OsAction::Record).is_ok() {
            self.set_signal_handler(libc::SIGINT, default_int_handler_value());
        }
    }

    /// The Python-level handler of `sig` (SIG_DFL when none was set).
    pub fn signal_handler(&self, sig: i32) -> Value {
        HANDLERS
            .get(&self.py)
            .get(sig as usize)
            .cloned()
            .filter(|v| !v.is_null())
            .unwrap_or(Value::Int(SIG_DFL))
    }

    /// Record the Python-level handler of `sig` (the OS action is set separately).
    pub fn set_signal_handler(&mut self, sig: i32, handler: Value) {
        let table = HANDLERS.get_mut(&mut self.py);
        if table.len() <= sig as usize {
            table.resize(sig as usize + 1, Value::Null);
        }
        table[sig as usize] = handler;
    }

    /// Run the Python handlers of the signals that arrived; on the main thread only
    /// (elsewhere a no-op, as in CPython). An exception from a handler propagates; the
    /// signals not yet handled stay pending.
    pub fn check_signals(&mut self) -> PyResult<()> {
        if !self.is_main || !pending() {
            return Ok(());
        }
        let mut bits = PENDING.swap(0, Ordering::SeqCst);
        while bits != 0 {
            let sig = bits.trailing_zeros() as i32;
            bits &= bits - 1;
            let handler = self.signal_handler(sig);
            if matches!(handler, Value::Int(_)) {
                continue;
            }
            if let Err(e) = self.call0(&handler, &[Value::Int(sig as i64), Value::None]) {
                PENDING.fetch_or(bits, Ordering::SeqCst);
                return Err(e);
            }
        }
        Ok(())
    }

    /// Sleep `d` with the GIL released. On the main thread a signal cuts the sleep short
    /// to run its handler; if the handler returns, the sleep goes on (PEP 475).
    pub fn sleep_interruptibly(&mut self, d: Duration) -> PyResult<()> {
        if !self.is_main {
            self.detach("sleep", || std::thread::sleep(d));
            return Ok(());
        }
        let deadline = Instant::now() + d;
        loop {
            let interrupted = self.detach("sleep", || loop {
                let now = Instant::now();
                if now >= deadline {
                    return false;
                }
                if pending() {
                    return true;
                }
                std::thread::sleep((deadline - now).min(POLL));
            });
            if !interrupted {
                return Ok(());
            }
            self.check_signals()?;
        }
    }
}
