//! The golden-script harness: every `tests/scripts/<area>/<case>.py` carries its expected
//! behaviour in comments beside the code, and this module runs it and compares.
//!
//! Directives (the marker may end a line of code or stand on a comment line of its own):
//!
//! - `# expect: TEXT` — the next line of stdout is TEXT.
//! - `# expect matches: PATTERN` — the next line of stdout matches PATTERN, a small regex
//!   subset (see `pattern.rs`), for the rare line that is not deterministic.
//! - `# expect runtime error: LINE` — exit status 1 and the last stderr line is LINE;
//!   stdout is exactly the lines expected before it.
//! - `# expect syntax error: MSG` — exit status 1, empty stdout, the last stderr line is
//!   `SyntaxError: MSG` (or `IndentationError: MSG`), and stderr names `line N`, N being
//!   the line of this comment.
//! - `# expect stderr: TEXT` — some line of stderr is TEXT.
//! - `# args: FLAGS` — flags for gilpy, before the script path (python3 gets none).
//! - `# gilpy-only` — the output depends on gilpy's scheduling: skipped under CPython.
//!
//! TEXT is everything after `expect: ` — one space is part of the marker, further
//! leading spaces are part of the text, trailing whitespace is not. Actual stdout lines
//! are compared with their trailing whitespace trimmed the same way. A script without a
//! runtime or syntax error must exit 0. Any other `# expect...` marker is an error in the
//! script, so a typo cannot silently disable a check. The markers are found by plain text
//! search, as clox's test runner does; a string literal containing one would be read as
//! a directive, so scripts don't do that.
//!
//! Each script runs with its own directory as the working directory and its bare file
//! name as the argument (so `sys.argv[0]` is `case.py`; CPython 3.9+ still makes the
//! traceback's path absolute, which is why expectations look only at the last line).
//!
//! Environment: `GOLDEN_FILTER=threads/` runs only scripts whose path (relative to
//! `tests/scripts`) contains the text; `GOLDEN_JOBS` sets how many scripts run at once
//! (default 2, the machine's core count); `GOLDEN_TIMEOUT` the seconds one script may take
//! (default 60).

use super::pattern::Pattern;
use super::process::{self, Input, Outcome};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// The interpreter a suite runs the scripts with.
pub struct Interpreter {
    /// Shown in reports.
    pub name: String,
    pub program: PathBuf,
    /// gilpy honours `# args:` and runs `# gilpy-only` scripts; CPython does neither.
    pub is_gilpy: bool,
}

impl Interpreter {
    pub fn gilpy(program: impl Into<PathBuf>) -> Interpreter {
        Interpreter {
            name: "gilpy".into(),
            program: program.into(),
            is_gilpy: true,
        }
    }

    pub fn cpython(program: impl Into<PathBuf>) -> Interpreter {
        Interpreter {
            name: "python3".into(),
            program: program.into(),
            is_gilpy: false,
        }
    }

    fn command(&self, script: &Path, expect: &Expectations) -> Command {
        let mut cmd = Command::new(&self.program);
        if self.is_gilpy {
            cmd.args(&expect.args);
        } else {
            // Importing must not litter tests/scripts with __pycache__ directories.
            cmd.env("PYTHONDONTWRITEBYTECODE", "1");
        }
        cmd.arg(script.file_name().expect("script has a file name"));
        cmd.current_dir(script.parent().expect("script has a directory"));
        cmd
    }
}

/// One expected line of stdout.
#[derive(Debug)]
enum ExpectedLine {
    Exact(String),
    Matches(Pattern, String),
}

impl ExpectedLine {
    fn accepts(&self, actual: &str) -> bool {
        let actual = actual.trim_end();
        match self {
            ExpectedLine::Exact(text) => text == actual,
            ExpectedLine::Matches(pattern, _) => pattern.matches(actual),
        }
    }

    fn display(&self) -> String {
        match self {
            ExpectedLine::Exact(text) => text.clone(),
            ExpectedLine::Matches(_, source) => format!("(matches) {source}"),
        }
    }
}

/// How the script must end.
#[derive(Debug, PartialEq)]
enum End {
    Success,
    RuntimeError { last_line: String },
    SyntaxError { message: String, line: usize },
}

/// Everything a script's comments say about it.
#[derive(Debug)]
struct Expectations {
    stdout: Vec<ExpectedLine>,
    end: End,
    stderr: Vec<String>,
    args: Vec<String>,
    gilpy_only: bool,
}

/// Reads the directives of a script, or says what is wrong with them.
fn parse(source: &str) -> Result<Expectations, String> {
    let mut expect = Expectations {
        stdout: Vec::new(),
        end: End::Success,
        stderr: Vec::new(),
        args: Vec::new(),
        gilpy_only: false,
    };
    for (index, line) in source.lines().enumerate() {
        let line_no = index + 1;
        let at = |what: String| format!("line {line_no}: {what}");
        if line.contains("# gilpy-only") {
            expect.gilpy_only = true;
        }
        if let Some(pos) = line.find("# args:") {
            expect.args.extend(
                line[pos + "# args:".len()..]
                    .split_whitespace()
                    .map(String::from),
            );
        }
        let Some(pos) = line.find("# expect") else {
            continue;
        };
        let directive = &line[pos + "# expect".len()..];
        // After the error nothing more is printed, and a script has one way to end.
        let end_is_open = || match expect.end {
            End::Success => Ok(()),
            _ => Err(at(
                "only stderr lines may be expected after an expected error".into(),
            )),
        };
        if let Some(text) = value_of(directive, ":") {
            end_is_open()?;
            expect.stdout.push(ExpectedLine::Exact(text));
        } else if let Some(source) = value_of(directive, " matches:") {
            end_is_open()?;
            let pattern = Pattern::new(&source).map_err(|e| at(format!("bad pattern: {e}")))?;
            expect.stdout.push(ExpectedLine::Matches(pattern, source));
        } else if let Some(text) = value_of(directive, " stderr:") {
            expect.stderr.push(text);
        } else if let Some(last_line) = value_of(directive, " runtime error:") {
            end_is_open()?;
            expect.end = End::RuntimeError { last_line };
        } else if let Some(message) = value_of(directive, " syntax error:") {
            end_is_open()?;
            if !expect.stdout.is_empty() {
                return Err(at("a script with a syntax error prints nothing".into()));
            }
            expect.end = End::SyntaxError {
                message,
                line: line_no,
            };
        } else if directive.starts_with([':', ' ']) {
            return Err(at(format!("unknown directive '# expect{directive}'")));
        }
    }
    Ok(expect)
}

/// The text after `marker` and one space, trailing whitespace dropped; `None` when the
/// directive is not this one.
fn value_of(directive: &str, marker: &str) -> Option<String> {
    let rest = directive.strip_prefix(marker)?;
    match rest.strip_prefix(' ') {
        Some(text) => Some(text.trim_end().to_string()),
        // `# expect:` at the end of the line: an empty line of output.
        None if rest.trim().is_empty() => Some(String::new()),
        None => None,
    }
}

/// Compares a run with the expectations; returns a report of every difference, empty
/// when the run passes.
fn check(expect: &Expectations, out: &Outcome) -> String {
    let mut report = String::new();
    let mut problem = |text: String| {
        let _ = writeln!(report, "  {text}");
    };
    let status_wanted = if expect.end == End::Success { 0 } else { 1 };
    if out.timed_out || out.status != Some(status_wanted) {
        problem(format!(
            "{} (expected exit status {status_wanted})",
            out.describe_end()
        ));
    }
    let last = out.stderr_last_line().unwrap_or("").trim_end();
    match &expect.end {
        End::Success => {}
        End::RuntimeError { last_line } if last != last_line => {
            problem(format!(
                "last stderr line: {last:?}\n  expected:         {last_line:?}"
            ));
        }
        End::RuntimeError { .. } => {}
        End::SyntaxError { message, line } => {
            let wanted = [
                format!("SyntaxError: {message}"),
                format!("IndentationError: {message}"),
            ];
            if !wanted.iter().any(|w| w == last) {
                problem(format!(
                    "last stderr line: {last:?}\n  expected:         {:?}",
                    wanted[0]
                ));
            }
            if !names_line(&out.stderr, *line) {
                problem(format!("stderr does not name line {line}"));
            }
        }
    }
    for wanted in &expect.stderr {
        if !out.stderr_lines().iter().any(|l| l.trim_end() == wanted) {
            problem(format!("stderr has no line {wanted:?}"));
        }
    }
    let actual = out.stdout_lines();
    let in_order = expect.stdout.len() == actual.len()
        && expect.stdout.iter().zip(&actual).all(|(e, a)| e.accepts(a));
    if !in_order {
        problem("stdout differs (- expected, + actual):".into());
        report.push_str(&diff(&expect.stdout, &actual));
    }
    if !report.is_empty() && !out.stderr.is_empty() {
        report.push_str("  stderr:\n");
        let lines = out.stderr_lines();
        // The end of stderr is where the error is; a runaway thread can print thousands.
        for line in &lines[lines.len().saturating_sub(30)..] {
            let _ = writeln!(report, "    | {line}");
        }
    }
    report
}

/// True when `stderr` contains `line N` not followed by another digit.
fn names_line(stderr: &str, line: usize) -> bool {
    let needle = format!("line {line}");
    stderr
        .match_indices(&needle)
        .any(|(at, _)| !stderr[at + needle.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// A line diff through the longest common subsequence: lines only expected are marked
/// `-`, lines only printed `+`, shared ones are shown as context.
fn diff(expected: &[ExpectedLine], actual: &[&str]) -> String {
    let (n, m) = (expected.len(), actual.len());
    // lcs[i][j]: length of the LCS of expected[i..] and actual[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i].accepts(actual[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && expected[i].accepts(actual[j]) {
            let _ = writeln!(out, "      {}", actual[j]);
            (i, j) = (i + 1, j + 1);
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "    + {}", actual[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "    - {}", expected[i].display());
            i += 1;
        }
    }
    out
}

/// All `.py` files under `dir`, as paths, sorted so reports come in a stable order.
fn find_scripts(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {dir:?}: {e}"));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            found.extend(find_scripts(&path));
        } else if path.extension().is_some_and(|ext| ext == "py") {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(value) => value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value:?} is not a number")),
        Err(_) => default,
    }
}

enum Verdict {
    Pass,
    Skip,
    Fail(String),
}

fn run_one(interp: &Interpreter, path: &Path, timeout: Duration) -> Verdict {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => return Verdict::Fail(format!("  cannot read: {e}\n")),
    };
    let expect = match parse(&source) {
        Ok(expect) => expect,
        Err(e) => return Verdict::Fail(format!("  bad directives: {e}\n")),
    };
    if expect.gilpy_only && !interp.is_gilpy {
        return Verdict::Skip;
    }
    let out = process::run(&mut interp.command(path, &expect), Input::Null, timeout);
    match check(&expect, &out) {
        report if report.is_empty() => Verdict::Pass,
        report => Verdict::Fail(report),
    }
}

/// Runs every script under `scripts_dir` (subject to `GOLDEN_FILTER`) with `interp`,
/// prints a report for each failure and the summary line `N passed, N failed`, and
/// panics if anything failed.
pub fn run_suite(scripts_dir: &Path, interp: &Interpreter) {
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    let jobs = env_number("GOLDEN_JOBS", 2).max(1) as usize;
    let timeout = Duration::from_secs(env_number("GOLDEN_TIMEOUT", 60));
    let scripts: Vec<(String, PathBuf)> = find_scripts(scripts_dir)
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(scripts_dir)
                .unwrap_or(&path)
                .to_string_lossy();
            (name.replace('\\', "/"), path)
        })
        .filter(|(name, _)| name.contains(&filter))
        .collect();
    assert!(
        !scripts.is_empty(),
        "no scripts under {scripts_dir:?} match GOLDEN_FILTER={filter:?}"
    );

    // A small pool: a shared cursor into the script list, one result slot per script.
    let next = AtomicUsize::new(0);
    let verdicts: Vec<Mutex<Option<Verdict>>> = scripts.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(scripts.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((_, path)) = scripts.get(i) else {
                    break;
                };
                *verdicts[i].lock().unwrap() = Some(run_one(interp, path, timeout));
            });
        }
    });

    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for ((name, _), verdict) in scripts.iter().zip(verdicts) {
        match verdict.into_inner().unwrap().expect("every script was run") {
            Verdict::Pass => passed += 1,
            Verdict::Skip => skipped += 1,
            Verdict::Fail(report) => {
                failed += 1;
                println!("FAIL tests/scripts/{name} ({})\n{report}", interp.name);
            }
        }
    }
    if skipped > 0 {
        println!(
            "({skipped} gilpy-only scripts skipped under {})",
            interp.name
        );
    }
    println!("{passed} passed, {failed} failed");
    assert_eq!(
        failed, 0,
        "{failed} golden scripts failed under {}",
        interp.name
    );
}
