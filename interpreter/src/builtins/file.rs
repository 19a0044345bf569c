//! `open()` and the file objects it returns: text files (str in, str out, UTF-8,
//! universal newlines on reading) and binary files (bytes). Every system call runs with
//! the GIL released (contract rule 4). Writes gather in an 8 KiB buffer, flushed when it
//! fills, on `flush()`/`close()`, when the object is dropped, and at interpreter exit
//! (`flush_all`), so a script that never closes its file still leaves the data on disk,
//! as under CPython.
//!
//! Reading loads the rest of the file into memory on the first read call; teaching
//! scripts read small files, and it keeps `readline`, iteration and `read(n)` simple.
//! Not provided: `encoding=` other than UTF-8,
//! `buffering=0`, reading and writing the same file object (`r+`, `w+`) with
//! interleaved calls beyond seek-then-read.

use super::{add_methods, arg, check_method};
use crate::object::types::new_class;
use crate::object::{Args, Class, NativeObject, PyErr, PyResult, Value};
use crate::vm::Vm;
use parking_lot::Mutex;
use std::any::Any;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, OnceLock, Weak};

const WRITE_BUFFER: usize = 8192;

struct FileState {
    file: Option<std::fs::File>,
    /// Unread bytes loaded by the last read (newlines already translated in text mode)
    /// and how far into them reading has got.
    rbuf: Vec<u8>,
    rpos: usize,
    /// The file offset where `rbuf` starts, for `tell`.
    rbase: u64,
    loaded: bool,
    wbuf: Vec<u8>,
}

/// Text mode's `newline=`: how line ends read and write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None (the default): `\r\n` and `\r` read as `\n`; `\n` written as is.
    Universal,
    /// '': nothing translated; lines end at `\n`, `\r\n` or `\r`.
    Untranslated,
    /// '\n', '\r' or '\r\n': lines end there; `\n` is written as it.
    Fixed(&'static [u8]),
}

pub struct FileObj {
    name: Value,
    mode: String,
    binary: bool,
    newline: Newline,
    readable: bool,
    writable: bool,
    state: Arc<Mutex<FileState>>,
}

impl NativeObject for FileObj {
    fn class(&self) -> Arc<Class> {
        if self.binary {
            if self.readable && !self.writable {
                classes().1.clone()
            } else {
                classes().2.clone()
            }
        } else {
            classes().0.clone()
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = flush_state(&mut self.state.lock());
    }
}

/// Every file opened for writing, so exit can flush the ones never closed.
static OPEN_FOR_WRITING: Mutex<Vec<Weak<Mutex<FileState>>>> = Mutex::new(Vec::new());

/// Flush every file still open for writing (called at interpreter exit).
pub fn flush_all() {
    let files = std::mem::take(&mut *OPEN_FOR_WRITING.lock());
    for f in files {
        if let Some(state) = f.upgrade() {
            let _ = flush_state(&mut state.lock());
        }
    }
}

fn flush_state(st: &mut FileState) -> std::io::Result<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    if let Some(f) = st.file.as_mut() {
        f.write_all(&st.wbuf)?;
    }
    st.wbuf.clear();
    Ok(())
}

/// The classes of text files, binary readers and binary writers.
fn classes() -> &'static (Arc<Class>, Arc<Class>, Arc<Class>) {
    static C: OnceLock<(Arc<Class>, Arc<Class>, Arc<Class>)> = OnceLock::new();
    C.get_or_init(|| {
        let object = || vec![crate::object::types::types().object.clone()];
        (
            new_class("TextIOWrapper", object(), false),
            new_class("BufferedReader", object(), false),
            new_class("BufferedWriter", object(), false),
        )
    })
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("read", file_read),
        ("readline", file_readline),
        ("readlines", file_readlines),
        ("write", file_write),
        ("writelines", file_writelines),
        ("flush", file_flush),
        ("close", file_close),
        ("seek", file_seek),
        ("tell", file_tell),
        ("readable", file_readable),
        ("writable", file_writable),
        ("seekable", file_seekable),
        ("isatty", file_isatty),
        ("fileno", file_fileno),
        ("__iter__", file_iter),
        ("__next__", file_next),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__repr__", file_repr),
    ];
    let (text, reader, writer) = classes();
    for class in [text, reader, writer] {
        add_methods(vm, class, methods);
        super::list::add_property(vm, class, "closed", file_closed);
        super::list::add_property(vm, class, "name", file_name);
        super::list::add_property(vm, class, "mode", file_mode);
    }
    super::list::add_property(vm, text, "encoding", file_encoding);
}

/// The `open` builtin.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::allow_kwargs(
        vm,
        "open",
        &args,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    if args.pos.len() > 8 {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.pos.len()
        )));
    }
    let Some(name) = arg(&args, 0, "file").cloned() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = match &name {
        Value::Str(s) => s.as_str().to_string(),
        Value::Int(_) | Value::Bool(_) => {
            return Err(vm.os_error("gilpy: open() of a file descriptor is not supported"))
        }
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    let mode = match arg(&args, 1, "mode") {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c: char| mode.contains(c);
    let kinds = ['r', 'w', 'x', 'a'].iter().filter(|&&c| has(c)).count();
    if has('t') && has('b') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let binary = has('b');
    if binary {
        if let Some(v) = arg(&args, 3, "encoding").filter(|v| !v.is_none()) {
            let _ = v;
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if arg(&args, 5, "newline").is_some_and(|v| !v.is_none()) {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    let newline = match arg(&args, 5, "newline") {
        None | Some(Value::None) => Newline::Universal,
        Some(Value::Str(s)) => match s.as_str() {
            "" => Newline::Untranslated,
            "\n" => Newline::Fixed(b"\n"),
            "\r" => Newline::Fixed(b"\r"),
            "\r\n" => Newline::Fixed(b"\r\n"),
            other => return Err(vm.value_error(format!("illegal newline value: {other}"))),
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    if let Some(Value::Str(enc)) = arg(&args, 3, "encoding") {
        let e = enc.as_str().to_ascii_lowercase().replace(['-', '_'], "");
        if !matches!(e.as_str(), "utf8" | "ascii" | "usascii") {
            return Err(vm.os_error(format!(
                "gilpy: open() supports only UTF-8 text, not encoding '{enc}'"
            )));
        }
    }
    let plus = has('+');
    let mut opts = std::fs::OpenOptions::new();
    match () {
        _ if has('r') => opts.read(true).write(plus),
        _ if has('w') => opts.write(true).create(true).truncate(true).read(plus),
        _ if has('a') => opts.append(true).create(true).read(plus),
        _ => opts.write(true).create_new(true).read(plus),
    };
    let file = vm
        .detach("open", || opts.open(&path))
        .map_err(|e| io_error(&e, &path))?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(io_error(&e, &path));
    }
    let readable = has('r') || plus;
    let writable = !has('r') || plus;
    let state = Arc::new(Mutex::new(FileState {
        file: Some(file),
        rbuf: vec![],
        rpos: 0,
        rbase: 0,
        loaded: false,
        wbuf: vec![],
    }));
    if writable {
        let mut all = OPEN_FOR_WRITING.lock();
        all.retain(|w| w.strong_count() > 0);
        all.push(Arc::downgrade(&state));
    }
    Ok(Value::native(FileObj {
        name,
        mode,
        binary,
        newline,
        readable,
        writable,
        state,
    }))
}

/// The OSError subclass CPython raises for a failed system call on `path`.
pub fn io_error(e: &std::io::Error, path: &str) -> PyErr {
    io_error2(e, path, None)
}

/// As `io_error`, naming a second path for two-path calls (rename): CPython's
/// `[Errno N] message: 'a' -> 'b'`.
pub fn io_error2(e: &std::io::Error, path: &str, path2: Option<&str>) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let mut args = vec![
        Value::Int(code as i64),
        Value::from_string(strerror(e)),
        Value::str(path),
    ];
    if let Some(p2) = path2 {
        args.extend([Value::None, Value::str(p2)]);
    }
    crate::vm::new_exception(os_error_class(code), args)
}

/// `OSError: [Errno N] message` for a call that names no file (kill, sigaction).
pub fn errno_error(e: &std::io::Error) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    crate::vm::new_exception(
        os_error_class(code),
        vec![Value::Int(code as i64), Value::from_string(strerror(e))],
    )
}

/// The OSError subclass CPython raises for an errno (its errno map, Linux numbers).
pub(crate) fn os_error_class(code: i32) -> &'static Arc<crate::object::Class> {
    let exc = &crate::object::types::types().exc;
    match code {
        1 | 13 => &exc.permission_error,
        2 => &exc.file_not_found_error,
        3 => &exc.process_lookup_error,
        4 => &exc.interrupted_error,
        10 => &exc.child_process_error,
        11 | 114 | 115 => &exc.blocking_io_error,
        17 => &exc.file_exists_error,
        20 => &exc.not_a_directory_error,
        21 => &exc.is_a_directory_error,
        32 | 108 => &exc.broken_pipe_error,
        103 => &exc.connection_aborted_error,
        104 => &exc.connection_reset_error,
        110 => &exc.timeout_error,
        111 => &exc.connection_refused_error,
        _ => &exc.os_error,
    }
}

/// The C library's text for an error, without Rust's " (os error N)".
fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a FileObj> {
    match args.pos.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<FileObj>()
            .ok_or_else(|| vm.type_error("descriptor requires a file object")),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation` (from the io module), or OSError if it cannot be loaded.
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    if let Ok(io) = vm.import_module("io") {
        if let Ok(Some(Value::Class(c))) = vm.get_attr_opt(&io, "UnsupportedOperation") {
            return crate::vm::new_exception(&c, vec![Value::str(what)]);
        }
    }
    vm.os_error(what.to_string())
}

/// Check the file is open and readable, and load the rest of it on first use.
fn ready_to_read(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let st = f.state.lock();
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    if !f.readable {
        drop(st);
        return Err(unsupported(vm, "not readable"));
    }
    if st.loaded {
        return Ok(());
    }
    drop(st);
    let binary = f.binary;
    let translate = !binary && f.newline == Newline::Universal;
    let state = f.state.clone();
    let r = vm.detach("read", move || -> std::io::Result<()> {
        let mut st = state.lock();
        flush_state(&mut st)?;
        let file = st.file.as_mut().expect("checked open");
        let base = file.stream_position()?;
        let mut data = vec![];
        file.read_to_end(&mut data)?;
        if translate {
            data = translate_newlines(data);
        }
        st.rbase = base;
        st.rbuf = data;
        st.rpos = 0;
        st.loaded = true;
        Ok(())
    });
    r.map_err(|e| vm.os_error(e.to_string()))?;
    if !binary && std::str::from_utf8(&f.state.lock().rbuf).is_err() {
        return Err(vm.value_error(
            "'utf-8' codec can't decode the file's bytes: invalid UTF-8 (gilpy reads UTF-8 only)",
        ));
    }
    Ok(())
}

/// Universal newlines: `\r\n` and lone `\r` read as `\n`.
fn translate_newlines(data: Vec<u8>) -> Vec<u8> {
    if !data.contains(&b'\r') {
        return data;
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    out
}

fn chunk_value(f: &FileObj, bytes: &[u8]) -> Value {
    if f.binary {
        Value::Bytes(Arc::new(bytes.to_vec()))
    } else {
        Value::from_string(String::from_utf8_lossy(bytes).into_owned())
    }
}

fn size_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<usize>> {
    match arg(args, 1, name) {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = vm.index_value(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            v.type_name()
        ))),
    }
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "read", &args, 0, 1)?;
    let f = this(vm, &args)?;
    let size = size_arg(vm, &args, "size")?;
    ready_to_read(vm, f)?;
    let mut st = f.state.lock();
    let rest = &st.rbuf[st.rpos..];
    let end = match size {
        None => rest.len(),
        Some(n) if f.binary => n.min(rest.len()),
        // n characters: walk UTF-8 sequence starts.
        Some(n) => {
            let text = std::str::from_utf8(rest).unwrap_or("");
            text.char_indices().nth(n).map_or(rest.len(), |(i, _)| i)
        }
    };
    let out = chunk_value(f, &rest[..end]);
    st.rpos += end;
    Ok(out)
}

/// The next line (through `\n`, or the rest), at most `limit` bytes/characters.
fn next_line(f: &FileObj, limit: Option<usize>) -> Value {
    let mut st = f.state.lock();
    let rest = &st.rbuf[st.rpos..];
    let mut end = match (f.binary, f.newline) {
        (false, Newline::Untranslated) => match rest.iter().position(|&b| b == b'\n' || b == b'\r')
        {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        },
        (false, Newline::Fixed(end)) if end != b"\n" => rest
            .windows(end.len())
            .position(|w| w == end)
            .map_or(rest.len(), |i| i + end.len()),
        _ => rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1),
    };
    if let Some(n) = limit {
        end = if f.binary {
            end.min(n)
        } else {
            let text = std::str::from_utf8(&rest[..end]).unwrap_or("");
            text.char_indices().nth(n).map_or(end, |(i, _)| i)
        };
    }
    let out = chunk_value(f, &rest[..end]);
    st.rpos += end;
    out
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "readline", &args, 0, 1)?;
    let f = this(vm, &args)?;
    let size = size_arg(vm, &args, "size")?;
    ready_to_read(vm, f)?;
    Ok(next_line(f, size))
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "readlines", &args, 0, 1)?;
    let f = this(vm, &args)?;
    let hint = size_arg(vm, &args, "hint")?.filter(|&n| n > 0);
    ready_to_read(vm, f)?;
    let mut lines = vec![];
    let mut total = 0;
    loop {
        let line = next_line(f, None);
        let n = match &line {
            Value::Str(s) => s.as_str().len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn file_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error(vm));
    }
    Ok(args.pos[0].clone())
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    ready_to_read(vm, f)?;
    let line = next_line(f, None);
    let empty = match &line {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

/// Append to the write buffer; the system call (with the GIL released) happens only when
/// the buffer fills.
fn write_bytes(vm: &mut Vm, f: &FileObj, data: &[u8]) -> PyResult<()> {
    let mut st = f.state.lock();
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    if !f.writable {
        drop(st);
        return Err(unsupported(vm, "not writable"));
    }
    if st.loaded {
        // Writing after reading: continue from where reading got to.
        let pos = st.rbase + st.rpos as u64;
        st.loaded = false;
        st.rbuf.clear();
        st.rpos = 0;
        if let Some(file) = st.file.as_mut() {
            let _ = file.seek(SeekFrom::Start(pos));
        }
    }
    st.wbuf.extend_from_slice(data);
    if st.wbuf.len() >= WRITE_BUFFER {
        drop(st);
        let state = f.state.clone();
        vm.detach("write", move || flush_state(&mut state.lock()))
            .map_err(|e| vm.os_error(e.to_string()))?;
    }
    Ok(())
}

fn payload<'a>(
    vm: &Vm,
    f: &FileObj,
    v: &'a Value,
    fname: &str,
) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    use std::borrow::Cow;
    match (f.binary, v) {
        (false, Value::Str(s)) => Ok(Cow::Borrowed(s.as_str().as_bytes())),
        (false, other) => Err(vm.type_error(format!(
            "{fname}() argument must be str, not {}",
            other.type_name()
        ))),
        (true, Value::Bytes(b)) => Ok(Cow::Borrowed(b.as_slice())),
        (true, Value::Native(_)) if v.as_bytearray().is_some() => Ok(Cow::Owned(
            v.bytes_like(&vm.py).map(|b| b.to_vec()).unwrap_or_default(),
        )),
        (true, other) => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
    }
}

/// Text written with `newline='\r'` or `'\r\n'` has each `\n` replaced by it.
fn translate_on_write<'a>(
    f: &FileObj,
    data: std::borrow::Cow<'a, [u8]>,
) -> std::borrow::Cow<'a, [u8]> {
    match f.newline {
        Newline::Fixed(end) if !f.binary && end != b"\n" && data.contains(&b'\n') => {
            let mut out = Vec::with_capacity(data.len() + 16);
            for &b in data.iter() {
                if b == b'\n' {
                    out.extend_from_slice(end);
                } else {
                    out.push(b);
                }
            }
            std::borrow::Cow::Owned(out)
        }
        _ => data,
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "write", &args, 1, 1)?;
    let f = this(vm, &args)?;
    let data = payload(vm, f, &args.pos[1], "write")?;
    let n = match &args.pos[1] {
        Value::Str(s) => s.char_len(),
        _ => data.len(),
    };
    let data = translate_on_write(f, data);
    write_bytes(vm, f, &data)?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "writelines", &args, 1, 1)?;
    let f = this(vm, &args)?;
    let items = vm.collect(&args.pos[1])?;
    for item in &items {
        let data = payload(vm, f, item, "write")?;
        let data = translate_on_write(f, data);
        write_bytes(vm, f, &data)?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error(vm));
    }
    let state = f.state.clone();
    vm.detach("flush", move || flush_state(&mut state.lock()))
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let state = f.state.clone();
    let r = vm.detach("close", move || {
        let mut st = state.lock();
        let r = flush_state(&mut st);
        st.file = None;
        st.rbuf = vec![];
        r
    });
    r.map_err(|e| vm.os_error(e.to_string()))?;
    Ok(Value::None)
}

fn file_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "seek", &args, 1, 2)?;
    let f = this(vm, &args)?;
    let offset = vm.index_value(&args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if f.state.lock().file.is_none() {
        return Err(closed_error(vm));
    }
    let target = match whence {
        0 if offset < 0 => return Err(vm.value_error(format!("negative seek position {offset}"))),
        0 => SeekFrom::Start(offset as u64),
        1 | 2 if offset != 0 && !f.binary => {
            let what = if whence == 1 {
                "can't do nonzero cur-relative seeks"
            } else {
                "can't do nonzero end-relative seeks"
            };
            return Err(unsupported(vm, what));
        }
        1 => {
            let st = f.state.lock();
            let here = if st.loaded {
                st.rbase + st.rpos as u64
            } else {
                drop(st);
                tell_of(vm, f)?
            };
            SeekFrom::Start((here as i64 + offset).max(0) as u64)
        }
        2 => SeekFrom::End(offset),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let state = f.state.clone();
    let pos = vm
        .detach("seek", move || -> std::io::Result<u64> {
            let mut st = state.lock();
            flush_state(&mut st)?;
            st.loaded = false;
            st.rbuf.clear();
            st.rpos = 0;
            st.file.as_mut().expect("checked open").seek(target)
        })
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(Value::Int(pos as i64))
}

fn tell_of(vm: &mut Vm, f: &FileObj) -> PyResult<u64> {
    let state = f.state.clone();
    vm.detach("tell", move || -> std::io::Result<u64> {
        let mut st = state.lock();
        if st.loaded {
            return Ok(st.rbase + st.rpos as u64);
        }
        let pending = st.wbuf.len() as u64;
        let file = st.file.as_mut().expect("checked open");
        Ok(file.stream_position()? + pending)
    })
    .map_err(|e| vm.os_error(e.to_string()))
}

fn file_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    if f.state.lock().file.is_none() {
        return Err(closed_error(vm));
    }
    Ok(Value::Int(tell_of(vm, f)? as i64))
}

fn open_check(vm: &Vm, f: &FileObj) -> PyResult<()> {
    if f.state.lock().file.is_none() {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn file_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    open_check(vm, f)?;
    Ok(Value::Bool(f.readable))
}

fn file_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    open_check(vm, f)?;
    Ok(Value::Bool(f.writable))
}

fn file_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    open_check(vm, f)?;
    Ok(Value::Bool(true))
}

fn file_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    open_check(vm, f)?;
    Ok(Value::Bool(false))
}

fn file_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    let f = this(vm, &args)?;
    let st = f.state.lock();
    match st.file.as_ref() {
        Some(file) => Ok(Value::Int(file.as_raw_fd() as i64)),
        None => Err(closed_error(vm)),
    }
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    open_check(vm, f)?;
    Ok(args.pos[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_close(
        vm,
        Args {
            pos: &args.pos[..1],
            kwnames: &[],
            kwvals: &[],
        },
    )?;
    Ok(Value::Bool(false))
}

fn file_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let name = vm.repr(&f.name)?;
    let kind = f.class().name.clone();
    Ok(Value::from_string(if f.binary {
        format!("<_io.{kind} name={name}>")
    } else {
        format!(
            "<_io.{kind} name={name} mode='{}' encoding='UTF-8'>",
            f.mode
        )
    }))
}

fn file_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::Bool(f.state.lock().file.is_none()))
}

fn file_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args)?.name.clone())
}

fn file_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::str(&this(vm, &args)?.mode))
}

fn file_encoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("UTF-8"))
}
