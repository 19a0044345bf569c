//! The `gilpy` command: argument parsing, running a script, `-c` code or `--dis`, exit
//! codes as CPython's, and the REPL (in `repl.rs`).
//!
//! The interpreter runs on a thread of its own with a large stack, so that Python's
//! recursion limit, not the Rust stack, decides how deep a program may recurse.

mod repl;

use interpreter::gil::GilCell;
use interpreter::object::types::types;
use interpreter::object::{Dict, DictObj, Module, PyErr, Value};
use interpreter::vm::{interp, Vm};
use std::process::ExitCode;
use std::sync::Arc;

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...
Options:
  --switch-interval N  hand the GIL to a waiting thread every N bytecode
                       instructions (default 1000; 1 = between any two)
  --dis                print the bytecode of FILE (as python3 -m dis) and exit
  -c cmd               program passed in as string (terminates option list)
  -i                   inspect interactively after running script
  -V, --version        print the gilpy version number and exit
  -h, --help           print this help message and exit
file                   program read from script file
-                      program read from stdin (default; interactive mode)
arg ...                arguments passed to program in sys.argv[1:]
";

/// Stack of the interpreter's main thread.
const MAIN_STACK: usize = 1 << 30;

#[derive(Default)]
struct Options {
    switch_interval: Option<u32>,
    dis: bool,
    inspect: bool,
    command: Option<String>,
    file: Option<String>,
    args: Vec<String>,
}

enum Parsed {
    Run(Options),
    Exit(u8),
}

fn parse_args(argv: &[String]) -> Parsed {
    let mut o = Options::default();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Parsed::Exit(0);
            }
            "-V" | "--version" => {
                println!("gilpy {}", env!("CARGO_PKG_VERSION"));
                return Parsed::Exit(0);
            }
            "--dis" => o.dis = true,
            "-i" => o.inspect = true,
            "-c" => {
                let Some(code) = argv.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    eprint!("{}", USAGE.lines().next().unwrap_or(""));
                    eprintln!("\nTry `gilpy -h' for more information.");
                    return Parsed::Exit(2);
                };
                o.command = Some(code.clone());
                o.args = argv[i + 2..].to_vec();
                return Parsed::Run(o);
            }
            s if s == "--switch-interval" || s.starts_with("--switch-interval=") => {
                let value = match s.strip_prefix("--switch-interval=") {
                    Some(v) => Some(v.to_string()),
                    None => {
                        i += 1;
                        argv.get(i).cloned()
                    }
                };
                match value.as_deref().map(str::parse::<u32>) {
                    Some(Ok(n)) if n > 0 => o.switch_interval = Some(n),
                    Some(_) => {
                        eprintln!(
                            "gilpy: --switch-interval takes a positive whole number of instructions, not '{}'",
                            value.unwrap_or_default()
                        );
                        return Parsed::Exit(2);
                    }
                    None => {
                        eprintln!(
                            "gilpy: --switch-interval needs a value (a number of instructions)"
                        );
                        return Parsed::Exit(2);
                    }
                }
            }
            "-" => {
                o.args = argv[i + 1..].to_vec();
                return Parsed::Run(o);
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                eprint!("{}", USAGE.lines().next().unwrap_or(""));
                eprintln!("\nTry `gilpy -h' for more information.");
                return Parsed::Exit(2);
            }
            _ => {
                o.file = Some(a.clone());
                o.args = argv[i + 1..].to_vec();
                return Parsed::Run(o);
            }
        }
        i += 1;
    }
    Parsed::Run(o)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&argv) {
        Parsed::Run(o) => o,
        Parsed::Exit(code) => return ExitCode::from(code),
    };
    // Signals go to the interpreter's main thread only (see vm::signals): this thread
    // and, from their start, the other Python threads block them.
    interpreter::vm::signals::block_in_this_thread(true);
    let runner = std::thread::Builder::new()
        .name("gilpy-main".into())
        .stack_size(MAIN_STACK)
        .spawn(move || run(opts));
    match runner.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("gilpy: internal error: the interpreter thread failed");
            ExitCode::from(70)
        }
    }
}

/// Run the program; returns the process exit code.
fn run(opts: Options) -> u8 {
    let script_argv: Vec<String> = match (&opts.command, &opts.file) {
        (Some(_), _) => std::iter::once("-c".to_string())
            .chain(opts.args.iter().cloned())
            .collect(),
        (None, Some(f)) => std::iter::once(f.clone())
            .chain(opts.args.iter().cloned())
            .collect(),
        (None, None) => std::iter::once(String::new())
            .chain(opts.args.iter().cloned())
            .collect(),
    };
    interpreter::vm::signals::block_in_this_thread(false);
    let mut vm = Vm::init_main(script_argv);
    vm.install_default_signals();
    stdlib::register(interp());
    stdlib::install_builtins(&mut vm);
    if let Some(n) = opts.switch_interval {
        interp().set_switch_interval(n);
    }
    // sys.path[0]: the script's directory (absolute, as CPython makes it), or '' (the
    // current directory) for -c and the REPL.
    let script_dir = match &opts.file {
        Some(f) => std::path::absolute(f)
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_path_buf())),
        None => Some(std::path::PathBuf::new()),
    };
    interp().path.write().extend(script_dir);
    // As CPython 3.9+, the script is known by its absolute path (`__file__`,
    // tracebacks, warnings); sys.argv[0] keeps what was typed.
    let script_path = opts.file.as_ref().map(|f| {
        std::path::absolute(f)
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_else(|_| f.clone())
    });
    let main_dict = main_module(&mut vm, script_path.as_deref());
    // Import sys early so its streams and argv are in place for the program.
    let _ = vm.import_module("sys");

    let (source, filename) = match (&opts.command, &opts.file) {
        (Some(code), _) => (code.clone(), "<string>".to_string()),
        (None, Some(f)) => match std::fs::read_to_string(f) {
            Ok(s) => (s, script_path.clone().unwrap_or_else(|| f.clone())),
            Err(e) => {
                let path = std::fs::canonicalize(
                    std::path::Path::new(f)
                        .parent()
                        .unwrap_or(std::path::Path::new(".")),
                )
                .map(|d| d.join(std::path::Path::new(f).file_name().unwrap_or_default()))
                .unwrap_or_else(|_| f.into());
                eprintln!(
                    "gilpy: can't open file '{}': [Errno {}] {}",
                    path.display(),
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                return 2;
            }
        },
        (None, None) => {
            let code = repl::run(&mut vm, &main_dict);
            return finish(&mut vm, code);
        }
    };

    if opts.dis {
        return match vm.compile(&source, &filename, false) {
            Ok(code) => {
                let mut repr = |v: &Value| vm.repr(v).unwrap_or_default();
                print!(
                    "{}",
                    interpreter::bytecode::dis::disassemble(&code, &mut repr)
                );
                0
            }
            Err(e) => report(&mut vm, &e),
        };
    }

    let result = vm.run_source(&source, &filename, main_dict.clone());
    let mut interrupted = false;
    let mut code = match result {
        Ok(_) => 0,
        Err(e) => {
            interrupted = e.matches(&types().exc.keyboard_interrupt);
            report(&mut vm, &e)
        }
    };
    if opts.inspect {
        interrupted = false;
        code = repl::run(&mut vm, &main_dict);
    }
    let code = finish(&mut vm, code);
    if interrupted {
        interpreter::vm::signals::die_by(interpreter::vm::signals::SIGINT);
        return 130;
    }
    code
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// The `__main__` module's namespace, registered in sys.modules.
fn main_module(vm: &mut Vm, file: Option<&str>) -> Arc<DictObj> {
    let mut d = Dict::new();
    d.set("__name__", Value::str("__main__"));
    d.set("__doc__", Value::None);
    d.set("__package__", Value::None);
    d.set("__builtins__", Value::Dict(vm.interp.builtins.clone()));
    if let Some(f) = file {
        d.set("__file__", Value::str(f));
    }
    let dict = Arc::new(GilCell::new(d));
    let m = Value::Module(Arc::new(Module {
        name: interpreter::object::pystr::intern("__main__"),
        dict: dict.clone(),
    }));
    vm.interp.modules.get_mut(&mut vm.py).set("__main__", m);
    dict
}

/// Print an uncaught exception as CPython does; returns the exit code. SystemExit
/// carries its own code.
pub fn report(vm: &mut Vm, e: &PyErr) -> u8 {
    if e.matches(&types().exc.system_exit) {
        let arg = e.data(&vm.py).args.first().cloned().unwrap_or(Value::None);
        return match arg {
            Value::None => 0,
            Value::Int(n) => n as u8,
            Value::Bool(b) => b as u8,
            other => {
                let text = vm.str(&other).unwrap_or_default();
                let err = vm.sys_stream("stderr");
                let _ = vm.write_to(&err, &format!("{text}\n"));
                1
            }
        };
    }
    interpreter::builtins::io::flush_stdout();
    let text = vm.format_exception(e);
    let err = vm.sys_stream("stderr");
    let _ = vm.write_to(&err, &text);
    1
}

/// Wait for non-daemon threads (threading._shutdown), flush, and pick the exit code.
fn finish(vm: &mut Vm, code: u8) -> u8 {
    let threading = vm
        .interp
        .modules
        .get(&vm.py)
        .get_str(&interpreter::object::pystr::intern("threading"))
        .cloned();
    let mut code = code;
    if let Some(m) = threading {
        if let Ok(Some(shutdown)) = vm.get_attr_opt(&m, "_shutdown") {
            if let Err(e) = vm.call0(&shutdown, &[]) {
                code = report(vm, &e);
            }
        }
    }
    let out = vm.sys_stream("stdout");
    let _ = vm.flush_file(&out);
    interpreter::builtins::io::flush_stdout();
    interpreter::builtins::file::flush_all();
    code
}
