//! The command line (DESIGN.md, "Command line" and "Errors"): flags, exit codes,
//! `sys.argv`, `--dis`, and the exact layout of tracebacks and syntax errors, compared
//! with python3 where it is installed. Also the two article programs that never end.

mod common;

use common::process::{self, Input, Outcome};
use common::{assert_success, gilpy, gilpy_in, gilpy_script, python3_script, repo_dir};
use std::process::Command;
use std::time::Duration;

/// Drops CPython 3.11's `^^^^` / `~~~^~~~` marker lines (gilpy need not draw them) and
/// the directory part of `File "..."` paths (CPython 3.9+ prints the script's absolute
/// path, gilpy may print it as given).
fn normalize_traceback(stderr: &str) -> Vec<String> {
    let is_marker = |line: &str| {
        let marks = line.trim();
        !marks.is_empty() && marks.chars().all(|c| c == '^' || c == '~')
    };
    stderr
        .lines()
        .filter(|line| !is_marker(line))
        .map(|line| match (line.find("File \""), line.rfind('/')) {
            (Some(start), Some(slash)) if slash > start => {
                format!("{}{}", &line[..start + "File \"".len()], &line[slash + 1..])
            }
            _ => line.to_string(),
        })
        .collect()
}

#[test]
fn version_flags_print_name_and_version() {
    for flag in ["--version", "-V"] {
        let out = gilpy(&[flag]);
        assert_success(&out);
        assert!(
            out.stdout.starts_with("gilpy ") && out.stdout.contains(env!("CARGO_PKG_VERSION")),
            "{flag} printed {:?}",
            out.stdout
        );
    }
}

#[test]
fn help_lists_the_switch_interval() {
    for flag in ["--help", "-h"] {
        let out = gilpy(&[flag]);
        assert_success(&out);
        assert!(
            out.stdout.contains("--switch-interval"),
            "{flag}: {}",
            out.dump()
        );
    }
}

#[test]
fn missing_file_exits_2_with_pythons_message() {
    let out = gilpy(&["no_such_script.py"]);
    assert_eq!(out.status, Some(2), "{}", out.dump());
    // python3 says `python3: can't open file '/abs/path/no_such_script.py': [Errno 2] ...`;
    // the path may be absolute or as given.
    let line = out.stderr_last_line().unwrap_or("");
    assert!(
        line.starts_with("gilpy: can't open file '")
            && line.ends_with("no_such_script.py': [Errno 2] No such file or directory"),
        "{}",
        out.dump()
    );
}

#[test]
fn dash_c_runs_code() {
    let out = gilpy(&["-c", "print(6*7)"]);
    assert_success(&out);
    assert_eq!(out.stdout, "42\n");
}

#[test]
fn dash_c_error_names_string_file() {
    let out = gilpy(&["-c", "x = 1\n1 / 0"]);
    assert_eq!(out.status, Some(1), "{}", out.dump());
    assert_eq!(
        normalize_traceback(&out.stderr),
        [
            "Traceback (most recent call last):",
            "  File \"<string>\", line 2, in <module>",
            "ZeroDivisionError: division by zero"
        ]
    );
}

#[test]
fn sys_argv_holds_script_and_arguments() {
    let dir = common::scratch_dir();
    std::fs::write(dir.join("argv.py"), "import sys\nprint(sys.argv)\n").unwrap();
    // Options after FILE belong to the script, not to gilpy.
    let args = ["argv.py", "a", "b", "--switch-interval", "5"];
    let out = gilpy_in(&dir, &args, Input::Null);
    assert_success(&out);
    assert_eq!(
        out.stdout,
        "['argv.py', 'a', 'b', '--switch-interval', '5']\n"
    );
    if let Some(python) = common::python3() {
        let mut cmd = Command::new(python);
        cmd.args(args).current_dir(&dir);
        let py = process::run(&mut cmd, Input::Null, common::TIMEOUT);
        assert_eq!(out.stdout, py.stdout, "sys.argv differs from python3's");
    }
    let out = gilpy(&["-c", "import sys; print(sys.argv)", "x"]);
    assert_eq!(out.stdout, "['-c', 'x']\n", "{}", out.dump());
}

/// The opcode names of `--dis` output, one per instruction line, with the line itself.
/// An instruction line is one whose first all-capitals word is an opcode name.
fn dis_instructions(listing: &str) -> Vec<(&str, &str)> {
    listing
        .lines()
        .filter_map(|line| {
            line.split_whitespace()
                .find(|word| {
                    word.len() > 2 && word.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                })
                .map(|op| (op, line))
        })
        .collect()
}

#[test]
fn dis_shows_the_counter_increment_as_separate_instructions() {
    let source = "counter = 0\n\ndef increment():\n    global counter\n    counter += 1\n\n\
                  def local(a):\n    b = a + 1\n    return b\n\nword = 'ran'\nprint(word + word)\n";
    let out = gilpy_script("race.py", source, &["--dis"]);
    assert_success(&out);
    assert!(
        !out.stdout.contains("ranran"),
        "--dis must not run the program"
    );
    let ops = dis_instructions(&out.stdout);
    let names: Vec<&str> = ops.iter().map(|(op, _)| *op).collect();
    // `counter += 1` is a read, an add and a write: a switch can fall between them.
    let rmw = ["LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"];
    let at = names
        .windows(rmw.len())
        .position(|w| w == rmw)
        .unwrap_or_else(|| panic!("no {rmw:?} sequence in:\n{}", out.stdout));
    assert!(ops[at].1.contains("(counter)"), "{}", ops[at].1);
    assert!(ops[at + 2].1.contains("13 (+=)"), "{}", ops[at + 2].1);
    assert!(ops[at + 3].1.contains("(counter)"), "{}", ops[at + 3].1);
    for (op, operand) in [
        ("LOAD_FAST", "(a)"),
        ("STORE_FAST", "(b)"),
        ("LOAD_FAST", "(b)"),
    ] {
        assert!(
            ops.iter()
                .any(|(o, line)| *o == op && line.contains(operand)),
            "no {op} {operand} in:\n{}",
            out.stdout
        );
    }
    assert!(names.contains(&"RETURN_VALUE"), "{}", out.stdout);
}

const TWO_FRAMES: &str = "\
def divide(a, b):
    return a / b

print('before')
divide(1, 0)
";

/// CPython 3.11's traceback for TWO_FRAMES, without its `^^^` lines.
const TWO_FRAMES_TRACEBACK: [&str; 6] = [
    "Traceback (most recent call last):",
    "  File \"tb.py\", line 5, in <module>",
    "    divide(1, 0)",
    "  File \"tb.py\", line 2, in divide",
    "    return a / b",
    "ZeroDivisionError: division by zero",
];

#[test]
fn traceback_matches_cpython() {
    let out = gilpy_script("tb.py", TWO_FRAMES, &[]);
    assert_eq!(out.status, Some(1), "{}", out.dump());
    assert_eq!(out.stdout, "before\n");
    let expected = match python3_script("tb.py", TWO_FRAMES) {
        Some(py) => normalize_traceback(&py.stderr),
        None => TWO_FRAMES_TRACEBACK.iter().map(|s| s.to_string()).collect(),
    };
    assert_eq!(normalize_traceback(&out.stderr), expected);
}

#[test]
fn syntax_error_shows_source_line_and_caret() {
    let out = gilpy_script("bad.py", "print('never')\nif x\n    pass\n", &[]);
    assert_eq!(out.status, Some(1), "{}", out.dump());
    assert_eq!(out.stdout, "", "nothing runs when the file does not parse");
    let lines = out.stderr_lines();
    let file_line = lines.iter().position(|l| l.contains("bad.py\", line 2"));
    let file_line = file_line.unwrap_or_else(|| panic!("no File line:\n{}", out.stderr));
    assert_eq!(
        lines.get(file_line + 1).map(|l| l.trim()),
        Some("if x"),
        "{}",
        out.stderr
    );
    let caret = lines.get(file_line + 2).copied().unwrap_or("");
    assert!(
        caret.contains('^') && caret.trim().chars().all(|c| c == '^'),
        "no caret line under the source:\n{}",
        out.stderr
    );
    assert_eq!(out.stderr_last_line(), Some("SyntaxError: expected ':'"));
}

#[test]
fn switch_interval_must_be_a_number() {
    for args in [
        &["--switch-interval", "fast", "-c", "pass"][..],
        &["--switch-interval", "-c", "pass"][..],
        &["--switch-interval"][..],
    ] {
        let out = gilpy(args);
        assert!(
            !out.timed_out && out.status.is_some_and(|s| s != 0),
            "{args:?} should be rejected: {}",
            out.dump()
        );
        assert!(
            out.stderr.contains("switch-interval"),
            "{args:?}: unclear error: {}",
            out.stderr
        );
    }
    let out = gilpy(&["--switch-interval", "7", "-c", "print('ok')"]);
    assert_success(&out);
    assert_eq!(out.stdout, "ok\n");
}

#[test]
fn dash_i_runs_the_file_then_the_repl() {
    let dir = common::scratch_dir();
    std::fs::write(dir.join("setup.py"), "x = 21\nprint('script ran')\n").unwrap();
    let out = gilpy_in(&dir, &["-i", "setup.py"], Input::text("print(x * 2)\n"));
    assert_success(&out);
    let script = out.stdout.find("script ran").expect("script output");
    let repl = out.stdout.find("42").expect("REPL output");
    assert!(script < repl, "{}", out.dump());
}

/// Runs an article program that never ends for `seconds` and returns what it printed;
/// asserts it was still running (no crash, no early exit) when killed.
fn run_forever_program(name: &str, seconds: f64) -> Outcome {
    let mut cmd = Command::new(common::gilpy_path());
    cmd.arg(name).current_dir(repo_dir().join("tests/programs"));
    let out = process::run(&mut cmd, Input::Null, Duration::from_secs_f64(seconds));
    assert!(out.timed_out, "{name} ended on its own: {}", out.dump());
    assert!(!out.stderr.contains("panicked"), "{}", out.dump());
    out
}

#[test]
fn article_rlock_containers_runs_until_killed() {
    let out = run_forever_program("rlock_containers.py", 1.5);
    assert!(!out.stderr.contains("Traceback"), "{}", out.dump());
}

#[test]
fn article_queue_workers_fail_and_main_spins() {
    // The workers call a method that does not exist; CPython prints three tracebacks and
    // then spins in `while not task_queue.empty(): pass` forever. Only stderr is checked:
    // stdout may sit in a buffer that the kill discards.
    let out = run_forever_program("queue_workers.py", 1.5);
    assert!(
        out.stderr
            .contains("'WorkerThread' object has no attribute 'process_tasks'"),
        "{}",
        out.dump()
    );
}

/// A file written and never closed still holds its data after the program ends (CPython
/// flushes it when the object is finalized; gilpy flushes every open file at exit).
#[test]
fn unclosed_file_is_flushed_at_exit() {
    let path = std::env::temp_dir().join(format!("gilpy-unclosed-{}.txt", std::process::id()));
    let code = format!(
        "f = open({:?}, 'w')\nfor i in range(3): f.write('line %d\\n' % i)\n",
        path.to_string_lossy()
    );
    let out = gilpy(&["-c", &code]);
    assert_success(&out);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    assert_eq!(text, "line 0\nline 1\nline 2\n");
}

/// With PYTHONUNBUFFERED set, stdout is written at once, as CPython's: lines sent to
/// stdout and stderr sharing one file keep program order.
#[test]
fn pythonunbuffered_keeps_stdout_and_stderr_in_order() {
    let path = std::env::temp_dir().join(format!("gilpy-unbuf-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("creating output file");
    let status = std::process::Command::new(common::gilpy_path())
        .args([
            "-c",
            "import sys\nprint('a')\nprint('e', file=sys.stderr)\nprint('b')",
        ])
        .env("PYTHONUNBUFFERED", "1")
        .stdout(file.try_clone().expect("cloning file"))
        .stderr(file)
        .status()
        .expect("running gilpy");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    assert!(status.success());
    assert_eq!(text, "a\ne\nb\n");
}
