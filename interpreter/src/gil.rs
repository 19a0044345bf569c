//! The Global Interpreter Lock.
//!
//! One process, one GIL: a static lock plus a FIFO of waiting threads. The contract
//! (DESIGN.md, "The GIL — the contract") in short:
//!
//! * Holding the GIL is proven by a [`Py`] token. It is created only here, when a thread
//!   takes the lock, it is not `Send`, and every access to a mutable object goes through
//!   [`GilCell`], which asks for `&Py` to read and `&mut Py` to write. Releasing the lock
//!   ([`Py::detach`]) borrows the token mutably, so no borrow of an object can live across
//!   a release: the compiler proves that only the holder touches the heap.
//! * Hand-over is forced and FIFO. A releasing thread does not unlock and hope: it picks
//!   the longest waiter, marks it the owner and wakes it. The yielder queues behind
//!   everyone, so it cannot barge back in.
//! * With nobody waiting, [`Py::switch_point`] costs one relaxed load of an uncontended
//!   atomic: no system call, no read-modify-write.
//! * `Thread.start()` calls [`Py::reserve`] while the parent holds the lock, so the new
//!   thread's place in the queue is fixed by program order, not by when the OS gets round
//!   to running it. Threads that only compute therefore interleave the same way on every
//!   run.
//!
//! Every acquire and release passes through [`Gil::grant_next`] or [`Gil::enqueue`] with a
//! [`Reason`], the one place a future tracer hooks in.

use parking_lot::{Condvar, Mutex};
use std::cell::UnsafeCell;
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Why the GIL changed hands; passed to every acquire and release so that tracing and
/// statistics can be added in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The switch interval expired and another thread was waiting.
    Interval,
    /// A blocking call (sleep, I/O, lock wait, join, ...), named.
    Blocking(&'static str),
    /// A thread starting or ending.
    ThreadStart,
    ThreadExit,
}

/// Busy-wait rounds before a waiter yields its core, then parks. A spin round is a few
/// nanoseconds; a yield round a system call. Kept short: with two cores and many
/// threads, long spins would steal time from the thread holding the GIL.
const SPIN_ROUNDS: u32 = 400;
const YIELD_ROUNDS: u32 = 20;

/// A thread's place in the queue: set when the GIL is handed to it.
pub struct Slot {
    granted: AtomicBool,
    lock: Mutex<()>,
    cond: Condvar,
}

impl Slot {
    pub fn new() -> Arc<Slot> {
        Arc::new(Slot {
            granted: AtomicBool::new(false),
            lock: Mutex::new(()),
            cond: Condvar::new(),
        })
    }

    fn grant(&self) {
        let _guard = self.lock.lock();
        self.granted.store(true, Ordering::Release);
        self.cond.notify_one();
    }

    /// Wait until granted. The waiter at the front of the queue spins a little first:
    /// when the granting thread runs on the other core the hand-off then takes well under
    /// a microsecond instead of a futex wake-up. Waiters further back park at once: with
    /// hundreds of threads queued (200 contending on one Lock), spinning and yielding
    /// waiters took the cores from the thread holding the GIL and made it 40x slower.
    fn wait(&self, at_front: bool) {
        let rounds = if at_front {
            SPIN_ROUNDS + YIELD_ROUNDS
        } else {
            0
        };
        for i in 0..rounds {
            if self.granted.load(Ordering::Acquire) {
                self.granted.store(false, Ordering::Relaxed);
                return;
            }
            if i < SPIN_ROUNDS {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
        let mut guard = self.lock.lock();
        while !self.granted.load(Ordering::Acquire) {
            self.cond.wait(&mut guard);
        }
        self.granted.store(false, Ordering::Relaxed);
    }
}

struct State {
    held: bool,
    queue: VecDeque<Arc<Slot>>,
}

/// The lock itself. There is exactly one, [`GIL`].
pub struct Gil {
    state: Mutex<State>,
    /// Length of `state.queue`, readable without the mutex by the running thread.
    waiting: AtomicUsize,
    /// Number of hand-overs so far (for statistics and tests).
    switches: AtomicU64,
}

pub static GIL: Gil = Gil {
    state: Mutex::new(State {
        held: false,
        queue: VecDeque::new(),
    }),
    waiting: AtomicUsize::new(0),
    switches: AtomicU64::new(0),
};

thread_local! {
    static MY_SLOT: std::cell::RefCell<Option<Arc<Slot>>> = const { std::cell::RefCell::new(None) };
}

fn my_slot() -> Arc<Slot> {
    MY_SLOT.with(|s| s.borrow_mut().get_or_insert_with(Slot::new).clone())
}

impl Gil {
    /// Give the lock to the longest waiter, or mark it free. Called with the lock held.
    fn grant_next(&self, _reason: Reason) {
        let mut st = self.state.lock();
        debug_assert!(st.held);
        if let Some(next) = st.queue.pop_front() {
            self.waiting.store(st.queue.len(), Ordering::Relaxed);
            self.switches.fetch_add(1, Ordering::Relaxed);
            drop(st);
            next.grant();
        } else {
            st.held = false;
        }
    }

    /// Take the lock, queueing FIFO behind any waiters.
    fn enqueue(&self, slot: &Arc<Slot>, _reason: Reason) {
        let mut st = self.state.lock();
        if !st.held && st.queue.is_empty() {
            st.held = true;
            return;
        }
        st.queue.push_back(slot.clone());
        let at_front = st.queue.len() == 1;
        self.waiting.store(st.queue.len(), Ordering::Relaxed);
        drop(st);
        slot.wait(at_front);
    }

    /// Acquire the GIL for a thread that does not hold it (the main thread at start-up,
    /// or a thread created outside `_thread`).
    pub fn acquire(&'static self) -> Py {
        self.enqueue(&my_slot(), Reason::ThreadStart);
        Py {
            _not_send: PhantomData,
        }
    }

    /// Acquire the GIL in a new thread whose place was reserved by [`Py::reserve`].
    pub fn acquire_reserved(&'static self, reservation: Reservation) -> Py {
        MY_SLOT.with(|s| *s.borrow_mut() = Some(reservation.slot.clone()));
        reservation.slot.wait(false);
        Py {
            _not_send: PhantomData,
        }
    }

    /// Total hand-overs between threads since start-up.
    pub fn switches(&self) -> u64 {
        self.switches.load(Ordering::Relaxed)
    }
}

/// A place in the GIL queue taken for a thread that does not exist yet.
#[derive(Clone)]
pub struct Reservation {
    slot: Arc<Slot>,
}

/// Proof that the current thread holds the GIL. Not `Send`, not `Sync`, not `Clone`.
pub struct Py {
    _not_send: PhantomData<*mut ()>,
}

impl Py {
    /// Release the GIL around `f` (a blocking call), then queue to take it back.
    /// `f` cannot touch Python objects: every [`GilCell`] access needs the token, which
    /// this borrows mutably for the duration.
    pub fn detach<T>(&mut self, reason: &'static str, f: impl FnOnce() -> T) -> T {
        GIL.grant_next(Reason::Blocking(reason));
        let result = f();
        GIL.enqueue(&my_slot(), Reason::Blocking(reason));
        result
    }

    /// The check made every N instructions: hand over if, and only if, somebody waits.
    #[inline]
    pub fn switch_point(&mut self) {
        if GIL.waiting.load(Ordering::Relaxed) != 0 {
            self.yield_now();
        }
    }

    #[cold]
    fn yield_now(&mut self) {
        let slot = my_slot();
        let mut st = GIL.state.lock();
        let Some(next) = st.queue.pop_front() else {
            return;
        };
        st.queue.push_back(slot.clone());
        let at_front = st.queue.len() == 1;
        GIL.waiting.store(st.queue.len(), Ordering::Relaxed);
        GIL.switches.fetch_add(1, Ordering::Relaxed);
        drop(st);
        next.grant();
        slot.wait(at_front);
    }

    /// Reserve the next place in the queue for a thread about to be started.
    pub fn reserve(&mut self) -> Reservation {
        let slot = Slot::new();
        let mut st = GIL.state.lock();
        st.queue.push_back(slot.clone());
        GIL.waiting.store(st.queue.len(), Ordering::Relaxed);
        Reservation { slot }
    }

    /// Withdraw a reservation whose thread could not be started.
    pub fn cancel_reservation(&mut self, reservation: Reservation) {
        let mut st = GIL.state.lock();
        st.queue.retain(|s| !Arc::ptr_eq(s, &reservation.slot));
        GIL.waiting.store(st.queue.len(), Ordering::Relaxed);
    }

    /// Give up the GIL for good: the thread is ending.
    pub fn release_for_exit(self) {
        GIL.grant_next(Reason::ThreadExit);
    }

    /// Sleep with the GIL released.
    pub fn sleep(&mut self, d: Duration) {
        self.detach("sleep", || std::thread::sleep(d));
    }
}

/// Interior mutability guarded by the GIL: read with `&Py`, write with `&mut Py`.
///
/// ```
/// use interpreter::gil::{GilCell, GIL};
/// let mut py = GIL.acquire();
/// let list = GilCell::new(vec![1, 2]);
/// list.get_mut(&mut py).push(3);
/// assert_eq!(list.get(&py).len(), 3);
/// py.release_for_exit();
/// ```
///
/// The compiler proves rule 1 of the contract. A borrow of an object cannot live across
/// a release of the GIL:
///
/// ```compile_fail
/// use interpreter::gil::{GilCell, GIL};
/// let mut py = GIL.acquire();
/// let list = GilCell::new(vec![1, 2]);
/// let items = list.get(&py);
/// py.detach("sleep", || std::thread::sleep(std::time::Duration::from_millis(1)));
/// println!("{}", items.len()); // error: `py` is borrowed mutably by detach
/// ```
///
/// code running with the GIL released cannot reach an object:
///
/// ```compile_fail
/// use interpreter::gil::{GilCell, GIL};
/// let mut py = GIL.acquire();
/// let list = GilCell::new(vec![1, 2]);
/// py.detach("work", || list.get(&py).len()); // error: `py` is already borrowed
/// ```
///
/// and the token cannot be sent to another thread:
///
/// ```compile_fail
/// use interpreter::gil::GIL;
/// let py = GIL.acquire();
/// std::thread::spawn(move || drop(py)); // error: `Py` is not `Send`
/// ```
pub struct GilCell<T> {
    value: UnsafeCell<T>,
}

// SAFETY: a `GilCell` is only ever read through `get(&Py)` and written through
// `get_mut(&mut Py)`. A `Py` exists only in the thread that holds the GIL, and there is
// at most one per thread (`Py` is created only by acquiring, is neither Send nor Clone,
// and `detach` borrows it mutably while the GIL is released). So at any moment all
// accesses come from one thread, and within that thread the borrow checker's rules on
// the single token forbid a `&mut T` coexisting with any other borrow of any cell.
// This is the one `unsafe impl Sync` of the project.
unsafe impl<T: Send> Sync for GilCell<T> {}

impl<T> std::fmt::Debug for GilCell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GilCell(..)")
    }
}

impl<T> GilCell<T> {
    pub const fn new(value: T) -> GilCell<T> {
        GilCell {
            value: UnsafeCell::new(value),
        }
    }

    #[inline]
    pub fn get<'a>(&'a self, _py: &'a Py) -> &'a T {
        // SAFETY: see the `Sync` impl: holding `&Py` excludes every `&mut T`.
        unsafe { &*self.value.get() }
    }

    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn get_mut<'a>(&'a self, _py: &'a mut Py) -> &'a mut T {
        // SAFETY: see the `Sync` impl: `&mut Py` is unique, so no other borrow exists.
        unsafe { &mut *self.value.get() }
    }

    /// Exclusive access without the token, when the cell itself is owned exclusively.
    pub fn get_exclusive(&mut self) -> &mut T {
        self.value.get_mut()
    }
}
