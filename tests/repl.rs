//! The REPL with piped standard input (DESIGN.md, "Command line"): it echoes the repr
//! of expression statements, takes multi-line blocks, survives errors, and lets threads
//! run and print while it waits for the next line.
//!
//! CPython writes its `>>> ` and `... ` prompts to stderr; gilpy may write them to
//! either stream, so prompts are stripped from stdout before comparing.

mod common;

use common::process::{Input, Outcome};
use common::{assert_success, gilpy_in, scratch_dir};
use std::time::Duration;

/// Runs the REPL (no FILE) with `input` on stdin.
fn repl(input: Input) -> Outcome {
    gilpy_in(&scratch_dir(), &[], input)
}

/// Stdout lines with any leading prompts removed; blank lines (left by prompts that
/// stood alone) dropped.
fn printed(out: &Outcome) -> Vec<String> {
    out.stdout_lines()
        .into_iter()
        .map(|mut line| {
            while let Some(rest) = line
                .strip_prefix(">>> ")
                .or_else(|| line.strip_prefix("... "))
            {
                line = rest;
            }
            line.trim_end().to_string()
        })
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn expression_statements_are_echoed() {
    let out = repl(Input::text("x = 2\nx * 21\n"));
    assert_success(&out);
    assert_eq!(printed(&out), ["42"]);
}

#[test]
fn echo_uses_repr_and_skips_none() {
    let out = repl(Input::text("'a'\nNone\n[1, 'b']\nprint('printed')\n"));
    assert_success(&out);
    assert_eq!(printed(&out), ["'a'", "[1, 'b']", "printed"]);
}

#[test]
fn multi_line_block_ends_at_a_blank_line() {
    let out = repl(Input::text("def f():\n    return 5\n\nf()\n"));
    assert_success(&out);
    assert_eq!(printed(&out), ["5"]);
}

#[test]
fn an_error_does_not_end_the_session() {
    let out = repl(Input::text(
        "1 / 0\nundefined_name\nx = = 1\nprint('still here')\n",
    ));
    assert_success(&out);
    assert_eq!(printed(&out), ["still here"]);
    for wanted in [
        "Traceback (most recent call last):",
        "ZeroDivisionError: division by zero",
        "NameError: name 'undefined_name' is not defined",
        "SyntaxError: invalid syntax",
    ] {
        assert!(
            out.stderr.contains(wanted),
            "stderr lacks {wanted:?}:\n{}",
            out.stderr
        );
    }
}

#[test]
fn threads_run_while_the_repl_waits_for_input() {
    // The thread prints 0.2 s after starting; the next line arrives 0.6 s later. The
    // REPL must release the GIL while it waits, or the thread's line comes after.
    let start = "import threading, time\n\
                 t = threading.Thread(target=lambda: (time.sleep(0.2), print('from thread')))\n\
                 t.start()\n";
    let out = repl(Input::Timed(vec![
        (Duration::ZERO, start.as_bytes().to_vec()),
        (
            Duration::from_millis(600),
            b"print('after wait')\n".to_vec(),
        ),
    ]));
    assert_success(&out);
    assert_eq!(
        printed(&out),
        ["from thread", "after wait"],
        "{}",
        out.dump()
    );
}
