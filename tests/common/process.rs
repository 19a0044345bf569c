//! Running a child process with a deadline.
//!
//! Every test here runs an interpreter (gilpy or python3) as a child process, and an
//! interpreter under test can hang — a deadlocked GIL, a REPL that never sees EOF — so
//! nothing waits without a limit: the child is polled until it exits or its time runs out,
//! and is then killed. Standard output and error are drained by two threads while it runs,
//! so a chatty child never blocks on a full pipe. Only `std` is used, because the test
//! crate has no dev-dependencies.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// What the child reads on standard input.
pub enum Input {
    /// `/dev/null`: the child sees EOF at once.
    Null,
    /// These bytes, then EOF.
    Bytes(Vec<u8>),
    /// Each chunk after its delay (measured from the previous chunk), then EOF after the
    /// last. Lets a test keep a REPL waiting for input while its threads run.
    Timed(Vec<(Duration, Vec<u8>)>),
}

impl Input {
    pub fn text(s: &str) -> Input {
        Input::Bytes(s.as_bytes().to_vec())
    }
}

/// How a child run ended, with everything it printed.
#[derive(Debug)]
pub struct Outcome {
    /// Exit status; `None` when killed by a signal (including our own kill on timeout).
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// True when the child was still running at the deadline and was killed.
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl Outcome {
    /// Standard output split into lines, without their line ends. A missing final line
    /// end still counts as a line, as a reader of the terminal would see it.
    pub fn stdout_lines(&self) -> Vec<&str> {
        self.stdout.split_terminator('\n').collect()
    }

    pub fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.split_terminator('\n').collect()
    }

    /// The last line of standard error: where Python puts the exception's `Type: message`.
    pub fn stderr_last_line(&self) -> Option<&str> {
        self.stderr_lines().last().copied()
    }

    /// A one-line account of how the run ended, for failure messages.
    pub fn describe_end(&self) -> String {
        match (self.timed_out, self.status) {
            (true, _) => format!("killed after timeout ({:.1?})", self.elapsed),
            (false, Some(code)) => format!("exit status {code}"),
            (false, None) => "killed by a signal".to_string(),
        }
    }

    /// Everything about the run, for a failed assertion: end, stdout and stderr.
    pub fn dump(&self) -> String {
        format!(
            "{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.describe_end(),
            self.stdout,
            self.stderr
        )
    }
}

/// Runs `cmd` with `input` on stdin, killing it if it has not exited after `timeout`.
///
/// Panics only if the program cannot be started at all (a missing binary is a broken
/// test set-up, not a test result).
pub fn run(cmd: &mut Command, input: Input, timeout: Duration) -> Outcome {
    let start = Instant::now();
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(match input {
        Input::Null => Stdio::null(),
        _ => Stdio::piped(),
    });
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", cmd.get_program()));

    let writer = child.stdin.take().map(|stdin| feed(stdin, input));
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));

    let (status, timed_out) = wait_until(&mut child, start + timeout);
    // The writer may still be sleeping before a chunk the child will never read; it finds
    // the pipe closed when it wakes, so joining it is bounded by the script's delays.
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Outcome {
        status,
        stdout: stdout.join().expect("stdout reader panicked"),
        stderr: stderr.join().expect("stderr reader panicked"),
        timed_out,
        elapsed: start.elapsed(),
    }
}

/// Polls the child until it exits or `deadline` passes; kills it in the second case.
/// Returns the exit code (if any) and whether it was killed for lateness.
fn wait_until(child: &mut Child, deadline: Instant) -> (Option<i32>, bool) {
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status.code(), false),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let status = child.wait().ok().and_then(|s| s.code());
                return (status, true);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for child: {e}"),
        }
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Writes the input on its own thread (a child that does not read must not block us),
/// then drops the pipe so the child sees EOF. Write errors mean the child has exited or
/// closed stdin, which is the child's business, not a harness failure.
fn feed(mut stdin: impl Write + Send + 'static, input: Input) -> JoinHandle<()> {
    thread::spawn(move || match input {
        Input::Null => {}
        Input::Bytes(bytes) => {
            let _ = stdin.write_all(&bytes);
        }
        Input::Timed(chunks) => {
            for (delay, bytes) in chunks {
                thread::sleep(delay);
                if stdin
                    .write_all(&bytes)
                    .and_then(|()| stdin.flush())
                    .is_err()
                {
                    return;
                }
            }
        }
    })
}
