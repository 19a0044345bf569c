//! `posix`, the native half of `os` (as in CPython): process ids, CPU count, the
//! environment, and the file-system calls `os.path` needs. `lib/os.py` builds `os` on it.

use interpreter::builtins::file::{io_error as os_error, io_error2 as os_error2};
use interpreter::builtins::native;
use interpreter::object::{Args, Dict, PyResult, Value};
use interpreter::vm::Vm;

pub fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    for (name, f) in [
        ("getpid", getpid as interpreter::object::NativeFn),
        ("getppid", getppid),
        ("kill", kill),
        ("cpu_count", cpu_count),
        ("getcwd", getcwd),
        ("stat", stat),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
    ] {
        d.set(name, native(name, f));
    }
    let mut env = Dict::new();
    for (k, v) in std::env::vars() {
        let key = vm.hash_key(Value::from_string(k))?;
        env.insert(key, Value::from_string(v));
    }
    d.set("environ", Value::dict(env));
    d.set("name", Value::str("posix"));
    Ok(())
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    extern "C" {
        fn getppid() -> i32;
    }
    // SAFETY: getppid takes no arguments and cannot fail.
    Ok(Value::Int(unsafe { getppid() } as i64))
}

fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    interpreter::builtins::check(vm, "kill", &args, 2, 2)?;
    let pid = vm.index_value(&args.pos[0])?;
    let sig = vm.index_value(&args.pos[1])?;
    // SAFETY: kill only sends a signal.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } != 0 {
        return Err(interpreter::builtins::file::errno_error(
            &std::io::Error::last_os_error(),
        ));
    }
    // A signal sent to this process runs its handler now, as in CPython.
    vm.check_signals()?;
    Ok(Value::None)
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    std::env::current_dir()
        .map(|p| Value::from_string(p.to_string_lossy().to_string()))
        .map_err(|e| vm.os_error(e.to_string()))
}

fn path_arg(vm: &mut Vm, name: &str, args: &Args, i: usize) -> PyResult<String> {
    match args.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(v) => {
            let kinds = match name {
                "stat" => "string, bytes, os.PathLike or integer",
                "listdir" => "string, bytes, os.PathLike, integer or None",
                _ => "string, bytes or os.PathLike",
            };
            Err(vm.type_error(format!(
                "{name}: path should be {kinds}, not {}",
                v.type_name()
            )))
        }
        None => Err(vm.type_error(format!("{name}() missing required argument 'path' (pos 1)"))),
    }
}

/// The ten fields of os.stat_result, in CPython's order (os.py names them).
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let path = path_arg(vm, "stat", &args, 0)?;
    let m = vm
        .detach("stat", || std::fs::metadata(&path))
        .map_err(|e| os_error(&e, &path))?;
    let secs = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 / 1e9);
    Ok(Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
    ]))
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = match args.pos.first() {
        None | Some(Value::None) => ".".to_string(),
        Some(_) => path_arg(vm, "listdir", &args, 0)?,
    };
    let names = vm
        .detach("listdir", || -> std::io::Result<Vec<String>> {
            std::fs::read_dir(&path)?
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect()
        })
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::list(
        names.into_iter().map(Value::from_string).collect(),
    ))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = path_arg(vm, "mkdir", &args, 0)?;
    vm.detach("mkdir", || std::fs::create_dir(&path))
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = path_arg(vm, "rmdir", &args, 0)?;
    vm.detach("rmdir", || std::fs::remove_dir(&path))
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = path_arg(vm, "remove", &args, 0)?;
    vm.detach("remove", || std::fs::remove_file(&path))
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = path_arg(vm, "rename", &args, 0)?;
    let dst = path_arg(vm, "rename", &args, 1)?;
    vm.detach("rename", || std::fs::rename(&src, &dst))
        .map_err(|e| os_error2(&e, &src, Some(&dst)))?;
    Ok(Value::None)
}
