//! `warnings`: `warn` with CPython's default filters (DeprecationWarning shown only for
//! code in `__main__`, each warning once per location), `simplefilter`,
//! `filterwarnings` (action, category and module; message patterns are matched as
//! prefixes, not regular expressions) and `resetwarnings`.

use interpreter::builtins::{arg, native};
use interpreter::object::types::types;
use interpreter::object::{Args, Class, Dict, PyErr, PyResult, Value};
use interpreter::vm::{new_exception, traceback::source_line, Vm};
use parking_lot::Mutex;
use std::collections::HashSet;
use std::sync::Arc;

struct Filter {
    action: String,
    message: String,
    category: Arc<Class>,
    module: Option<String>,
}

/// A place already warned about: (file, line, message).
type Seen = HashSet<(String, u32, String)>;

/// Filters added by the program, newest first, and the locations already warned about.
static STATE: Mutex<(Vec<Filter>, Option<Seen>)> = Mutex::new((Vec::new(), None));

pub fn init(_vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    d.set("warn", native("warn", warn));
    d.set("simplefilter", native("simplefilter", simplefilter));
    d.set("filterwarnings", native("filterwarnings", filterwarnings));
    d.set("resetwarnings", native("resetwarnings", resetwarnings));
    Ok(())
}

/// The action CPython's default filters give a category, for code in `module`.
fn default_action(category: &Class, module: Option<&str>) -> &'static str {
    let e = &types().exc;
    if category.is_subclass(&e.deprecation_warning) {
        return if module == Some("__main__") {
            "default"
        } else {
            "ignore"
        };
    }
    if category.is_subclass(&e.pending_deprecation_warning)
        || category.is_subclass(&e.import_warning)
        || category.is_subclass(&e.resource_warning)
    {
        return "ignore";
    }
    "default"
}

fn warn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    interpreter::builtins::allow_kwargs(
        vm,
        "warn",
        &args,
        &["message", "category", "stacklevel", "source"],
    )?;
    let Some(message) = arg(&args, 0, "message").cloned() else {
        return Err(vm.type_error("warn() missing required argument 'message' (pos 1)"));
    };
    let (category, text, instance) = match &message {
        Value::Instance(i) if i.class.is_subclass(&types().exc.warning) => {
            (i.class.clone(), vm.str(&message)?, Some(i.clone()))
        }
        _ => {
            let category = match arg(&args, 1, "category") {
                None | Some(Value::None) => types().exc.user_warning.clone(),
                Some(Value::Class(c)) if c.is_subclass(&types().exc.warning) => c.clone(),
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "category must be a Warning subclass, not '{}'",
                        other.type_name()
                    )))
                }
            };
            (category, vm.str(&message)?, None)
        }
    };
    let level = match arg(&args, 2, "stacklevel") {
        Some(v) => vm.index_value(v)?.max(1) as usize,
        None => 1,
    };
    let loc = vm.caller_location(level);
    let module = loc.as_ref().and_then(|l| l.module.clone());
    let action = {
        let st = STATE.lock();
        st.0.iter()
            .find(|f| {
                category.is_subclass(&f.category)
                    && text.starts_with(&f.message)
                    && f.module.as_ref().is_none_or(|m| Some(m) == module.as_ref())
            })
            .map(|f| f.action.clone())
            .unwrap_or_else(|| default_action(&category, module.as_deref()).to_string())
    };
    let (filename, line) = match &loc {
        Some(l) => (l.filename.to_string(), l.line),
        None => ("sys".to_string(), 1),
    };
    match action.as_str() {
        "ignore" => return Ok(Value::None),
        "error" => {
            return Err(match instance {
                Some(i) => PyErr(i),
                None => new_exception(&category, vec![Value::from_string(text)]),
            })
        }
        "always" => {}
        _ => {
            let key = match action.as_str() {
                "once" => (String::new(), 0, text.clone()),
                "module" => (filename.clone(), 0, text.clone()),
                _ => (filename.clone(), line, text.clone()),
            };
            let mut st = STATE.lock();
            if !st.1.get_or_insert_with(HashSet::new).insert(key) {
                return Ok(Value::None);
            }
        }
    }
    let mut report = format!("{}:{}: {}: {}\n", filename, line, category.name, text);
    if let Some(src) = source_line(&filename, line) {
        report.push_str(&format!("  {}\n", src.trim()));
    }
    let err = vm.sys_stream("stderr");
    vm.write_to(&err, &report)?;
    Ok(Value::None)
}

fn add_filter(
    vm: &mut Vm,
    action: &Value,
    message: &str,
    category: Option<&Value>,
    module: Option<String>,
) -> PyResult<Value> {
    let Value::Str(action) = action else {
        return Err(vm.type_error("action must be a string"));
    };
    let action = action.as_str().to_string();
    if !["error", "ignore", "always", "default", "module", "once"].contains(&action.as_str()) {
        return Err(vm.value_error(format!("invalid action: '{action}'")));
    }
    let category = match category {
        None | Some(Value::None) => types().exc.warning.clone(),
        Some(Value::Class(c)) => c.clone(),
        Some(_) => return Err(vm.type_error("category must be a class")),
    };
    STATE.lock().0.insert(
        0,
        Filter {
            action,
            message: message.to_string(),
            category,
            module,
        },
    );
    Ok(Value::None)
}

fn simplefilter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(action) = arg(&args, 0, "action").cloned() else {
        return Err(vm.type_error("simplefilter() missing required argument 'action'"));
    };
    add_filter(vm, &action, "", arg(&args, 1, "category"), None)
}

fn filterwarnings(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(action) = arg(&args, 0, "action").cloned() else {
        return Err(vm.type_error("filterwarnings() missing required argument 'action'"));
    };
    let message = arg(&args, 1, "message")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    let module = arg(&args, 3, "module")
        .and_then(|v| v.as_str())
        .filter(|m| !m.is_empty())
        .map(str::to_string);
    add_filter(vm, &action, &message, arg(&args, 2, "category"), module)
}

fn resetwarnings(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    STATE.lock().0.clear();
    Ok(Value::None)
}
