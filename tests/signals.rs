//! Ctrl-C with real signals (issue 4): SIGINT raises KeyboardInterrupt in the main thread
//! within 100 ms whatever it waits in; uncaught, it ends the process as python3's ends
//! (killed by SIGINT, which a shell shows as status 130); a Python handler set with
//! `signal.signal` runs and the wait goes on; in the REPL it cancels the running command.
//!
//! Each child prints `ready` once it is about to block; the test then sends SIGINT with
//! kill(2) and notes the wall-clock time, and the script prints the time at which its
//! `except KeyboardInterrupt` ran (both clocks are the system's real-time clock).

mod common;

use common::{gilpy_path, python3, scratch_dir};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How a signalled run ended.
struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    signal: Option<i32>,
    /// Wall-clock seconds when SIGINT was sent.
    sent_at: f64,
}

impl Run {
    fn dump(&self) -> String {
        format!(
            "code {:?}, signal {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.code, self.signal, self.stdout, self.stderr
        )
    }

    /// Seconds from the signal to the time the script printed after `at `.
    fn latency(&self) -> f64 {
        let at = self
            .stdout
            .lines()
            .find_map(|l| l.strip_prefix("at "))
            .unwrap_or_else(|| panic!("no 'at' line:\n{}", self.dump()));
        at.trim().parse::<f64>().expect("a time") - self.sent_at
    }
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

/// Runs `program script` (stdin fed with `stdin_text` and left open until the end),
/// waits for the line `ready`, sends SIGINT `signals` times (100 ms apart) and collects
/// the outcome.
fn run_signalled(program: &Path, script: &str, stdin_text: &str, signals: usize) -> Run {
    let dir = scratch_dir();
    let path = dir.join("script.py");
    std::fs::write(&path, script).unwrap();
    let mut cmd = Command::new(program);
    if !script.is_empty() {
        cmd.arg(&path);
    }
    cmd.current_dir(&*dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("start interpreter");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(stdin_text.as_bytes()).unwrap();
    stdin.flush().unwrap();

    let (tx, rx) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    let reader = thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(out).lines() {
            let line = line.unwrap_or_default();
            let _ = tx.send(line.clone());
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let mut err = child.stderr.take().unwrap();
    let err_reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });

    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) if line.trim_start_matches(">>> ").trim() == "ready" => break,
            Ok(_) => continue,
            Err(_) => {
                let _ = child.kill();
                panic!("the script never printed 'ready'");
            }
        }
    }
    // Let it settle into the wait.
    thread::sleep(Duration::from_millis(200));
    let sent_at = now();
    for i in 0..signals {
        if i > 0 {
            thread::sleep(Duration::from_millis(100));
        }
        // SAFETY: sending a signal to our own child.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    }
    // The REPL reads on after the command: end its input.
    drop(stdin);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the interpreter did not end after SIGINT");
        }
        thread::sleep(Duration::from_millis(5));
    };
    Run {
        stdout: reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
        code: status.code(),
        signal: status.signal(),
        sent_at,
    }
}

/// A script that starts a daemon thread sleeping for good, then blocks in `wait`; it
/// catches the KeyboardInterrupt, prints when, and carries on.
fn caught_script(setup: &str, wait: &str) -> String {
    format!(
        "import threading, time, queue, sys\n\
         worker = threading.Thread(target=time.sleep, args=(1000,), daemon=True)\n\
         worker.start()\n\
         {setup}\n\
         print('ready', flush=True)\n\
         try:\n    {wait}\n    print('wait ended')\n\
         except KeyboardInterrupt:\n    print('at', time.time())\n    print('caught')\n\
         print('after', threading.active_count())\n"
    )
}

const WAITS: &[(&str, &str, &str)] = &[
    ("join", "", "worker.join()"),
    (
        "lock",
        "lock = threading.Lock(); lock.acquire()",
        "lock.acquire()",
    ),
    (
        "condition",
        "cond = threading.Condition()",
        "with cond: cond.wait()",
    ),
    ("event", "event = threading.Event()", "event.wait()"),
    ("queue", "q = queue.Queue()", "q.get()"),
    ("sleep", "", "time.sleep(1000)"),
    ("timed join", "", "worker.join(1000)"),
    ("busy loop", "", "while True: pass"),
];

#[test]
fn ctrl_c_interrupts_every_blocking_wait_quickly() {
    let _guard = common::exclusive();
    let mut report = vec![];
    for (name, setup, wait) in WAITS {
        let run = run_signalled(&gilpy_path(), &caught_script(setup, wait), "", 1);
        assert!(
            run.code == Some(0) && run.stdout.contains("caught\nafter 2\n"),
            "{name}: {}",
            run.dump()
        );
        let latency = run.latency();
        report.push(format!("{name} {:.1} ms", latency * 1000.0));
        // The issue asks for 100 ms; the bound leaves room for a loaded machine.
        assert!(
            latency < 0.25,
            "{name}: KeyboardInterrupt after {latency:.3} s"
        );
    }
    eprintln!("Ctrl-C latency: {}", report.join(", "));
}

#[test]
fn uncaught_ctrl_c_ends_the_process_as_python3_does() {
    let _guard = common::exclusive();
    let script = "import threading\nprint('ready', flush=True)\nthreading.Event().wait()\n";
    let mut interpreters = vec![gilpy_path()];
    interpreters.extend(python3());
    for program in interpreters {
        let run = run_signalled(&program, script, "", 1);
        assert_eq!(
            run.signal,
            Some(libc::SIGINT),
            "{:?}: {}",
            program,
            run.dump()
        );
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.first(), Some(&"Traceback (most recent call last):"));
        assert_eq!(lines.last(), Some(&"KeyboardInterrupt"), "{}", run.dump());
        assert!(
            run.stderr.contains("line 3, in <module>"),
            "{:?}: {}",
            program,
            run.dump()
        );
    }
}

#[test]
fn a_python_handler_runs_and_the_wait_goes_on() {
    let _guard = common::exclusive();
    // The handler runs on the main thread while it waits on the Event; after the first
    // signal the wait goes on, the second sets the event.
    let script = "import signal, threading, time\n\
                  event = threading.Event()\n\
                  calls = []\n\
                  def handler(signum, frame):\n    calls.append(signum)\n    if len(calls) == 2: event.set()\n\
                  signal.signal(signal.SIGINT, handler)\n\
                  print('ready', flush=True)\n\
                  print('set', event.wait(20))\n\
                  print('calls', calls)\n";
    let mut interpreters = vec![gilpy_path()];
    interpreters.extend(python3());
    for program in interpreters {
        let run = run_signalled(&program, script, "", 2);
        assert_eq!(run.code, Some(0), "{:?}: {}", program, run.dump());
        assert!(
            run.stdout.contains("set True\ncalls [2, 2]\n"),
            "{:?}: {}",
            program,
            run.dump()
        );
    }
}

#[test]
fn ctrl_c_in_the_repl_cancels_the_command() {
    let _guard = common::exclusive();
    let input = "import time\nprint('ready', flush=True); time.sleep(1000); print('not reached')\nprint('back at the prompt')\n";
    let run = run_signalled(&gilpy_path(), "", input, 1);
    assert_eq!(run.code, Some(0), "{}", run.dump());
    assert!(run.stdout.contains("back at the prompt"), "{}", run.dump());
    assert!(!run.stdout.contains("not reached"), "{}", run.dump());
    assert!(run.stderr.contains("KeyboardInterrupt"), "{}", run.dump());
}
