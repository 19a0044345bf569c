//! The examples do what their opening comments (and the README) promise.

mod common;

use common::process::{Input, Outcome};
use common::{assert_success, exclusive, gilpy_in, repo_dir};

fn example(name: &str, flags: &[&str]) -> Outcome {
    let mut args = flags.to_vec();
    args.push(name);
    let out = gilpy_in(&repo_dir().join("examples"), &args, Input::Null);
    assert_success(&out);
    out
}

/// The number after `lost` in race.py / locked.py's `expected N got N lost N` line.
fn lost(out: &Outcome) -> i64 {
    let words: Vec<&str> = out.stdout.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| *w == "lost")
        .expect("a 'lost N' report");
    words[at + 1].parse().expect("lost count is a number")
}

#[test]
fn race_loses_the_same_updates_at_interval_1() {
    let _serial = exclusive();
    let first = lost(&example("race.py", &["--switch-interval", "1"]));
    let second = lost(&example("race.py", &["--switch-interval", "1"]));
    assert!(first > 0, "race.py lost nothing at interval 1");
    assert_eq!(first, second, "the shortfall should repeat exactly");
}

#[test]
fn race_is_exact_with_a_huge_interval() {
    let _serial = exclusive();
    assert_eq!(
        lost(&example("race.py", &["--switch-interval", "1000000000"])),
        0
    );
}

#[test]
fn locked_is_exact_at_interval_1() {
    let _serial = exclusive();
    assert_eq!(lost(&example("locked.py", &["--switch-interval", "1"])), 0);
}

#[test]
fn sleep_and_cpu_examples_run() {
    let _serial = exclusive();
    let out = example("sleep.py", &[]);
    assert!(
        out.elapsed.as_secs_f64() < 3.0,
        "5 overlapping 1 s sleeps took {:?}",
        out.elapsed
    );
    let out = example("cpu.py", &[]);
    assert!(
        out.stdout.contains("ratio threaded / sequential:"),
        "{}",
        out.stdout
    );
}
