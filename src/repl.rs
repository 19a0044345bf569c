//! The interactive prompt. On a terminal it uses rustyline (history, line editing,
//! Ctrl-C to drop the current entry, Ctrl-D to leave); with piped input it reads lines
//! plainly, so `printf 'x = 2\nx * 21\n' | gilpy` prints 42.
//!
//! An entry is complete when it parses; a block (a `def`, `for`, ...) ends with an
//! empty line, as in CPython. While it waits for a line the REPL releases the GIL, so
//! threads started from it keep running (and printing).

use interpreter::object::DictObj;
use interpreter::syntax::parse_module;
use interpreter::vm::Vm;
use rustyline::error::ReadlineError;
use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

const PS1: &str = ">>> ";
const PS2: &str = "... ";

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

/// A source of lines: a rustyline editor on a terminal, plain stdin otherwise.
enum Input {
    Editor(Box<rustyline::DefaultEditor>, Option<std::path::PathBuf>),
    Plain(std::io::StdinLock<'static>),
}

impl Input {
    fn open() -> Input {
        if std::io::stdin().is_terminal() {
            if let Ok(mut ed) = rustyline::DefaultEditor::new() {
                let history = std::env::var_os("HOME")
                    .map(|h| std::path::Path::new(&h).join(".gilpy_history"));
                if let Some(h) = &history {
                    let _ = ed.load_history(h);
                }
                return Input::Editor(Box::new(ed), history);
            }
        }
        Input::Plain(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Line {
        match self {
            Input::Editor(ed, _) => match ed.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Line::Text(l)
                }
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Input::Plain(stdin) => {
                let mut s = String::new();
                match stdin.read_line(&mut s) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => Line::Text(s.trim_end_matches(['\n', '\r']).to_string()),
                }
            }
        }
    }

    fn save(&mut self) {
        if let Input::Editor(ed, Some(h)) = self {
            let _ = ed.save_history(h);
        }
    }
}

/// Whether a line continues the block above rather than starting a new entry.
fn continues_block(line: &str) -> bool {
    let t = line.trim_start();
    line.starts_with([' ', '\t'])
        || ["else", "elif", "except", "finally", "case"]
            .iter()
            .any(|k| {
                t.strip_prefix(k)
                    .is_some_and(|rest| rest.starts_with([':', ' ', '(']))
            })
}

/// Run the REPL until end of input. Returns the exit code.
pub fn run(vm: &mut Vm, globals: &Arc<DictObj>) -> u8 {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        eprintln!(
            "gilpy {} (a Python with a visible GIL; switch interval {} instructions)\nType Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION"),
            vm.interp.switch_interval.load(std::sync::atomic::Ordering::Relaxed)
        );
    }
    let mut input = Input::open();
    let mut buffer: Vec<String> = vec![];
    let mut pending: Option<String> = None;
    loop {
        let line = match pending.take() {
            Some(l) => Line::Text(l),
            None => {
                interpreter::builtins::io::flush_stdout();
                let prompt = if buffer.is_empty() { PS1 } else { PS2 };
                let prompt = if interactive { prompt } else { "" };
                let line = vm.detach("input", || input.read(prompt));
                // At the prompt Ctrl-C is a key (rustyline reads it), not a signal for
                // the next command.
                interpreter::vm::signals::clear();
                line
            }
        };
        let line = match line {
            Line::Eof => {
                if !buffer.is_empty() {
                    execute(vm, globals, &buffer.join("\n"));
                }
                if interactive {
                    eprintln!();
                }
                break;
            }
            Line::Interrupted => {
                eprintln!("KeyboardInterrupt");
                buffer.clear();
                continue;
            }
            Line::Text(l) => l,
        };
        if buffer.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            buffer.push(line);
        } else if line.trim().is_empty() {
            // An empty line ends a block.
            let source = buffer.join("\n");
            buffer.clear();
            execute(vm, globals, &source);
            continue;
        } else if is_block(&buffer)
            && !continues_block(&line)
            && parse_module(&(buffer.join("\n") + "\n")).is_ok()
        {
            // A new statement after a complete block (piped input without the blank
            // line): run the block, then take the new line as the next entry.
            let source = buffer.join("\n");
            buffer.clear();
            execute(vm, globals, &source);
            pending = Some(line);
            continue;
        } else {
            buffer.push(line);
        }
        let source = buffer.join("\n") + "\n";
        match parse_module(&source) {
            Err(e) if e.incomplete => continue,
            Ok(_) if is_block(&buffer) => continue,
            _ => {
                buffer.clear();
                execute(vm, globals, &source);
            }
        }
    }
    input.save();
    0
}

/// Whether the entry so far is a compound statement (it needs an empty line to end).
fn is_block(buffer: &[String]) -> bool {
    buffer.len() > 1 || buffer.first().is_some_and(|l| l.trim_end().ends_with(':'))
}

/// Compile and run one entry, echoing expression values; errors are printed.
fn execute(vm: &mut Vm, globals: &Arc<DictObj>, source: &str) {
    let result = vm
        .compile(source, "<stdin>", true)
        .and_then(|code| vm.run_code(code, globals.clone(), globals.clone(), &[]));
    if let Err(e) = result {
        if e.matches(&interpreter::object::types::types().exc.system_exit) {
            let code = crate::report(vm, &e);
            interpreter::builtins::io::flush_stdout();
            std::process::exit(code as i32);
        }
        crate::report(vm, &e);
    }
}
