//! One test per rule of the GIL contract (DESIGN.md, "The GIL — the contract"). The
//! scripts in `tests/gil/` (and two of the benchmarks, which measure the same figures)
//! print `name=value` lines; the judging is here.
//!
//! Timing checks are ratios or generous bounds, never exact durations, and the tests in
//! this file run one at a time (`common::exclusive`) so that one test's CPU-bound threads
//! do not slow down another's measurement.

mod common;

use common::process::{Input, Outcome};
use common::{assert_success, exclusive, gilpy_in, repo_dir};

/// Runs `<dir>/<script>` with gilpy from that directory: `flags` before the script,
/// `args` after it.
fn run_in(dir: &str, script: &str, flags: &[&str], args: &[&str]) -> Outcome {
    let mut argv = flags.to_vec();
    argv.push(script);
    argv.extend_from_slice(args);
    let out = gilpy_in(&repo_dir().join(dir), &argv, Input::Null);
    assert_success(&out);
    out
}

fn run(script: &str, flags: &[&str], args: &[&str]) -> Outcome {
    run_in("tests/gil", script, flags, args)
}

/// The value of the `name=value` line the script printed.
fn figure(out: &Outcome, name: &str) -> f64 {
    out.stdout_lines()
        .iter()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("no {name}= line in:\n{}", out.stdout))
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{name}= is not a number ({e}):\n{}", out.stdout))
}

/// Runs the two-thread counter and returns (total, expected).
fn counter(interval: &str, n: &str, mode: &str) -> (f64, f64) {
    let out = run("counter.py", &["--switch-interval", interval], &[n, mode]);
    (figure(&out, "total"), figure(&out, "expected"))
}

/// Rules 2, 3 and 5: at interval 1 an unlocked `counter += 1` loses updates, and since
/// only the GIL's FIFO decides who runs, the total is the same on every run.
#[test]
fn unlocked_counter_loses_the_same_updates_every_run() {
    let _serial = exclusive();
    let runs: Vec<(f64, f64)> = (0..3).map(|_| counter("1", "20000", "unlocked")).collect();
    let (total, expected) = runs[0];
    assert!(
        total < expected,
        "no updates lost at interval 1: {total} of {expected}"
    );
    assert!(
        runs.iter().all(|&(t, _)| t == total),
        "interleaving is not deterministic: totals {:?}",
        runs.iter().map(|r| r.0).collect::<Vec<_>>()
    );
}

/// Rule 2: a thread keeps the GIL until its interval runs out; with an interval longer
/// than the program nothing is lost.
#[test]
fn unlocked_counter_is_exact_with_a_huge_interval() {
    let _serial = exclusive();
    let (total, expected) = counter("1000000000", "200000", "unlocked");
    assert_eq!(total, expected);
}

/// A Lock makes the read-modify-write atomic even when a switch may follow every
/// instruction.
#[test]
fn locked_counter_is_exact_at_interval_1() {
    let _serial = exclusive();
    let (total, expected) = counter("1", "5000", "locked");
    assert_eq!(total, expected);
}

/// Rule 4: time.sleep releases the GIL, so four threads sleeping 0.5 s each overlap.
#[test]
fn sleeping_threads_overlap() {
    let _serial = exclusive();
    let elapsed = figure(&run("sleepers.py", &[], &[]), "elapsed");
    assert!(
        (0.49..1.5).contains(&elapsed),
        "4 threads sleeping 0.5 s took {elapsed:.3} s"
    );
}

/// Rule 1: one thread runs bytecode at a time, so two threads computing take about as
/// long as doing the same work sequentially; true parallelism would give about 0.5.
/// (CPython 3.11 measures 0.82-0.93 here: its threaded runs come out slightly faster.)
#[test]
fn cpu_bound_threads_do_not_run_in_parallel() {
    let _serial = exclusive();
    let out = run_in("benches", "threads_cpu.py", &[], &[]);
    let ratio = figure(&out, "threaded/sequential");
    assert!(
        ratio >= 0.75,
        "threaded / sequential = {ratio:.2}: threads ran in parallel?\n{}",
        out.stdout
    );
}

/// Rule 6: a thread woken from sleep next to a CPU-bound thread gets the GIL within one
/// slice. CPython 3.11 makes it wait for its 5 ms interval (median about 5.3 ms on these
/// machines); a slice of 1000 instructions takes tens of microseconds, so the median
/// bound of 4 ms leaves a wide margin for the OS's own wake-up delay.
#[test]
fn woken_thread_gets_the_gil_within_a_slice() {
    let _serial = exclusive();
    let out = run_in("benches", "wakeup.py", &["--switch-interval", "1000"], &[]);
    let median = figure(&out, "median_wakeup_ms");
    assert!(median < 4.0, "median wake-up lateness {median:.2} ms");
}

/// Rule 4: print releases the GIL around its writes, so lines of two threads may
/// interleave (`AB` then two line ends), but every character arrives.
#[test]
fn prints_from_threads_interleave_but_are_not_lost() {
    let _serial = exclusive();
    for interval in ["1", "100"] {
        let out = run("thread_prints.py", &["--switch-interval", interval], &[]);
        let count = |c: char| out.stdout.chars().filter(|&x| x == c).count();
        assert_eq!(
            (count('A'), count('B'), count('\n')),
            (300, 300, 600),
            "interval {interval}"
        );
        assert_eq!(
            out.stdout.len(),
            1200,
            "unexpected characters at interval {interval}"
        );
    }
}
