//! Helpers shared by the integration tests: finding the interpreters, running them with a
//! deadline, and the golden-script harness.
//!
//! Each file in `tests/` is its own crate that includes this module and uses only part of
//! it, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod golden;
pub mod pattern;
pub mod process;

use process::{Input, Outcome};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// The gilpy binary cargo built for this test run.
pub fn gilpy_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gilpy"))
}

/// The repository root (examples/ and the test scripts are found from here).
pub fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/scripts`, the golden scripts' root.
pub fn scripts_dir() -> PathBuf {
    repo_dir().join("tests/scripts")
}

/// The CPython to compare with: `$GOLDEN_PYTHON`, else `python3` from `PATH` if it runs.
pub fn python3() -> Option<PathBuf> {
    let program = std::env::var_os("GOLDEN_PYTHON").unwrap_or_else(|| "python3".into());
    let works = Command::new(&program)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    works.then(|| PathBuf::from(program))
}

/// A deadline generous enough for a loaded 2-core machine, short enough that a hung
/// interpreter fails the test instead of stalling the suite.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Runs gilpy with `args` (flags, then a script or `-c`), in `dir`.
pub fn gilpy_in(dir: &Path, args: &[&str], input: Input) -> Outcome {
    let mut cmd = Command::new(gilpy_path());
    cmd.args(args).current_dir(dir);
    process::run(&mut cmd, input, TIMEOUT)
}

/// Runs gilpy with `args` in a scratch directory, stdin at EOF.
pub fn gilpy(args: &[&str]) -> Outcome {
    gilpy_in(&scratch_dir(), args, Input::Null)
}

/// Runs `source` as a script named `name` (in a scratch directory) under gilpy, with
/// `flags` before the script name.
pub fn gilpy_script(name: &str, source: &str, flags: &[&str]) -> Outcome {
    let dir = scratch_dir();
    std::fs::write(dir.join(name), source).expect("writing test script");
    let mut args = flags.to_vec();
    args.push(name);
    gilpy_in(&dir, &args, Input::Null)
}

/// Runs `source` as script `name` under python3, or `None` when python3 is missing.
pub fn python3_script(name: &str, source: &str) -> Option<Outcome> {
    let python = python3()?;
    let dir = scratch_dir();
    std::fs::write(dir.join(name), source).expect("writing test script");
    let mut cmd = Command::new(python);
    cmd.arg(name)
        .current_dir(&dir)
        .env("PYTHONDONTWRITEBYTECODE", "1");
    Some(process::run(&mut cmd, Input::Null, TIMEOUT))
}

/// A fresh, empty directory under the system temp dir, removed when dropped. Tests write
/// their scripts there so that tracebacks show a short file name.
pub struct ScratchDir(PathBuf);

impl Deref for ScratchDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for ScratchDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A new scratch directory, unique to this process and call.
pub fn scratch_dir() -> ScratchDir {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "gilpy-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creating scratch dir");
    ScratchDir(dir)
}

/// Serialises timing-sensitive tests within one test binary: libtest runs tests in
/// parallel, and on a 2-core machine a neighbour's CPU-bound script would distort a
/// measured ratio or latency.
pub fn exclusive() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    // A test that panicked while holding the lock has failed already; the rest may go on.
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Asserts a run ended with exit status 0, showing everything it printed otherwise.
#[track_caller]
pub fn assert_success(out: &Outcome) {
    assert!(
        !out.timed_out && out.status == Some(0),
        "expected success, got {}",
        out.dump()
    );
}
