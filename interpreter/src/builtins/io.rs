//! Standard streams. `sys.stdout`, `sys.stderr` and `sys.stdin` are native objects whose
//! writes and reads release the GIL (contract rule 4). Stdout is line-buffered on a
//! terminal and block-buffered otherwise, as CPython's, and unbuffered (every write a
//! system call) when PYTHONUNBUFFERED is set to a non-empty value, as CPython's is;
//! stderr is unbuffered.

use super::{add_methods, check_method};
use crate::object::types::new_class;
use crate::object::{Args, Class, NativeObject, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::any::Any;
use std::io::{IsTerminal, Read, Write};
use std::sync::{Arc, OnceLock};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

pub struct StdStream {
    pub stream: Stream,
}

fn stream_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| {
        new_class(
            "TextIOWrapper",
            vec![crate::object::types::types().object.clone()],
            false,
        )
    })
}

impl NativeObject for StdStream {
    fn class(&self) -> Arc<Class> {
        stream_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct OutBuf {
    buf: Vec<u8>,
    tty: bool,
    unbuffered: bool,
}

static STDOUT: Mutex<OutBuf> = Mutex::new(OutBuf {
    buf: Vec::new(),
    tty: false,
    unbuffered: false,
});
static STREAMS: OnceLock<[Value; 3]> = OnceLock::new();

/// The default stream objects (stdin, stdout, stderr).
pub fn std_streams() -> &'static [Value; 3] {
    STREAMS.get_or_init(|| {
        [Stream::Stdin, Stream::Stdout, Stream::Stderr]
            .map(|s| Value::native(StdStream { stream: s }))
    })
}

pub fn install(vm: &mut Vm) {
    {
        let mut out = STDOUT.lock();
        out.tty = std::io::stdout().is_terminal();
        out.unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    }
    add_methods(
        vm,
        stream_class(),
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
            ("__iter__", stream_iter),
            ("__next__", stream_next),
            ("readable", stream_readable),
            ("writable", stream_writable),
        ],
    );
    super::list::add_property(vm, stream_class(), "closed", stream_closed);
    super::list::add_property(vm, stream_class(), "encoding", stream_encoding);
}

/// Append text to the process's stdout buffer. Returns true when the buffer should now
/// be flushed: always when unbuffered, at a line end on a terminal, or when 8 KiB have
/// gathered (CPython's policy, so threads' output interleaves where CPython's does).
pub fn write_stdout_raw(s: &str) -> bool {
    let mut out = STDOUT.lock();
    out.buf.extend_from_slice(s.as_bytes());
    out.unbuffered || (out.tty && s.contains('\n')) || out.buf.len() >= 8192
}

fn flush_locked(out: &mut OutBuf) {
    if !out.buf.is_empty() {
        let mut so = std::io::stdout().lock();
        let _ = so.write_all(&out.buf);
        let _ = so.flush();
        out.buf.clear();
    }
}

/// Flush stdout (at exit, before reading input, on `flush=True`).
pub fn flush_stdout() {
    flush_locked(&mut STDOUT.lock());
}

pub fn write_stderr_raw(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

fn which(v: &Value) -> Option<Stream> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.stream),
        _ => None,
    }
}

impl Vm {
    /// Write to a stream object: the native streams directly (GIL released), any other
    /// object through its `write` method.
    pub fn write_to(&mut self, file: &Value, s: &str) -> PyResult<()> {
        match which(file) {
            Some(Stream::Stdout) => {
                // Filling the buffer cannot block; only the flush (a system call) releases
                // the GIL, as in CPython. Unbuffered (PYTHONUNBUFFERED), every write is a
                // small system call made holding the GIL: handing the GIL over inside each
                // print would split `print("a")` from its newline in a way CPython, whose
                // release does not force a switch, practically never shows.
                if write_stdout_raw(s) {
                    if STDOUT.lock().unbuffered {
                        flush_stdout();
                    } else {
                        self.detach("write", flush_stdout);
                    }
                }
                Ok(())
            }
            Some(Stream::Stderr) => {
                self.detach("write", || write_stderr_raw(s));
                Ok(())
            }
            Some(Stream::Stdin) => Err(self.os_error("not writable")),
            None => {
                self.call_method(file, "write", &[Value::str(s)])?;
                Ok(())
            }
        }
    }

    pub fn flush_file(&mut self, file: &Value) -> PyResult<()> {
        match which(file) {
            Some(Stream::Stdout) => {
                self.detach("flush", flush_stdout);
                Ok(())
            }
            Some(_) => Ok(()),
            None => {
                if self.get_attr_opt(file, "flush")?.is_some() {
                    self.call_method(file, "flush", &[])?;
                }
                Ok(())
            }
        }
    }

    /// `sys.stdout` (or `sys.stderr`) as the program currently has it.
    pub fn sys_stream(&mut self, name: &str) -> Value {
        let sys = self
            .interp
            .modules
            .get(&self.py)
            .get_str(&crate::object::pystr::intern("sys"))
            .cloned();
        if let Some(Value::Module(m)) = sys {
            if let Some(v) = m
                .dict
                .get(&self.py)
                .get_str(&crate::object::pystr::intern(name))
            {
                return v.clone();
            }
        }
        let s = std_streams();
        match name {
            "stdin" => s[0].clone(),
            "stdout" => s[1].clone(),
            _ => s[2].clone(),
        }
    }

    /// PRINT_EXPR (the REPL): print the repr of a non-None value and bind it to `_`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let text = self.repr(&v)?;
        let out = self.sys_stream("stdout");
        self.write_to(&out, &text)?;
        self.write_to(&out, "\n")?;
        self.interp.builtins.get_mut(&mut self.py).set("_", v);
        Ok(())
    }

    /// Read a line from stdin with the GIL released ("" at EOF).
    pub fn read_stdin_line(&mut self) -> PyResult<String> {
        let stdin = self.sys_stream("stdin");
        if which(&stdin) != Some(Stream::Stdin) {
            let v = self.call_method(&stdin, "readline", &[])?;
            return Ok(v.as_str().unwrap_or("").to_string());
        }
        let r = self.detach("read", || {
            flush_stdout();
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).map(|_| line)
        });
        r.map_err(|e| self.os_error(e.to_string()))
    }
}

fn stream_of(vm: &Vm, args: &Args) -> PyResult<Stream> {
    args.pos
        .first()
        .and_then(which)
        .ok_or_else(|| vm.type_error("descriptor requires a stream"))
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "write", &args, 1, 1)?;
    let s = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                other.type_name()
            )));
        }
    };
    let n = s.char_len();
    vm.write_to(&args.pos[0], s.as_str())?;
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.flush_file(&args.pos[0])?;
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_of(vm, &args)? != Stream::Stdin {
        return Err(vm.os_error("not readable"));
    }
    let line = vm.read_stdin_line()?;
    Ok(Value::from_string(line))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if stream_of(vm, &args)? != Stream::Stdin {
        return Err(vm.os_error("not readable"));
    }
    let r = vm.detach("read", || {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    });
    r.map(Value::from_string)
        .map_err(|e| vm.os_error(e.to_string()))
}

fn stream_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// `for line in sys.stdin`: lines until end of input.
fn stream_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = stream_readline(vm, args)?;
    if line.as_str() == Some("") {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(vm, &args)? == Stream::Stdin))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(vm, &args)? != Stream::Stdin))
}

fn stream_closed(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_encoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match stream_of(vm, &args)? {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }))
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(match stream_of(vm, &args)? {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }))
}
