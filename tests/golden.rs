//! Golden scripts (`tests/scripts/**.py`, format in `common/golden.rs`): every script
//! under gilpy, and every script not marked `# gilpy-only` under python3, so that each
//! expectation is known to be real Python behaviour.
//!
//! `GOLDEN_FILTER=threads/ cargo test --release --test golden` runs a subset.

mod common;

use common::golden::{run_suite, Interpreter};
use common::pattern::Pattern;

#[test]
fn golden_scripts_gilpy() {
    run_suite(
        &common::scripts_dir(),
        &Interpreter::gilpy(common::gilpy_path()),
    );
}

#[test]
fn golden_scripts_cpython() {
    match common::python3() {
        Some(python) => run_suite(&common::scripts_dir(), &Interpreter::cpython(python)),
        None => println!("python3 not found: golden scripts not checked against CPython"),
    }
}

/// The `# expect matches:` pattern subset behaves as documented.
#[test]
fn expect_matches_patterns() {
    let m = |p: &str, s: &str| Pattern::new(p).unwrap().matches(s);
    let time = r"Program completed\. Thread blocking time: [12]\.\d+";
    assert!(m(time, "Program completed. Thread blocking time: 2.0"));
    assert!(m(time, "Program completed. Thread blocking time: 2.01"));
    assert!(!m(time, "Program completed. Thread blocking time: 4.0"));
    assert!(!m("bc", "abc"), "a pattern must match the whole line");
    assert!(!m("abc", "abcd"), "a pattern must match the whole line");
    assert!(m("a.*z", "a to z"));
    assert!(m("x?y+", "yyy"));
    assert!(m("[^0-9]+", "abc"));
    assert!(!m("[^0-9]+", "a1"));
    assert!(m("[a-]+", "a-a"));
    assert!(Pattern::new("(a|b)").is_err());
    assert!(Pattern::new("*a").is_err());
    assert!(Pattern::new("[ab").is_err());
}
