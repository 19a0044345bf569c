//! Importing. A module is found, in order, in `sys.modules`, among the native modules
//! the binary registered, among the embedded Python modules (stdlib/lib), and as
//! `NAME.py` (or `NAME/__init__.py`) in the script's directory. Any file can be run
//! under any `__name__` (`run_source`), which the main script and, later,
//! multiprocessing children use.

use super::Vm;
use crate::gil::GilCell;
use crate::object::pystr::intern;
use crate::object::types::types;
use crate::object::{Dict, DictObj, Module, PyErr, PyResult, Value};
use crate::syntax::SyntaxError;
use std::sync::Arc;

impl Vm {
    /// IMPORT_NAME: import `name` (maybe dotted, maybe relative) and return the top
    /// package (plain `import a.b`) or the module itself (`from a.b import x`).
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: i64,
        globals: &Arc<DictObj>,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            self.resolve_relative(name, level, globals)?
        } else {
            name.to_string()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_module(&prefix)?;
            if i == 0 {
                top = module.clone();
            }
        }
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        Ok(if has_fromlist || level > 0 && name.is_empty() {
            module
        } else {
            top
        })
    }

    fn resolve_relative(
        &mut self,
        name: &str,
        level: i64,
        globals: &Arc<DictObj>,
    ) -> PyResult<String> {
        let g = globals.get(&self.py);
        let package = match g.get_str(&intern("__package__")) {
            Some(Value::Str(p)) => p.as_str().to_string(),
            _ => String::new(),
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() {
                return Err(self.import_error("attempted relative import beyond top-level package"));
            }
        }
        let mut base = parts.join(".");
        if !name.is_empty() {
            base.push('.');
            base.push_str(name);
        }
        Ok(base)
    }

    /// Import one fully qualified module (its parent already imported).
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        let key = intern(full);
        if let Some(m) = self.interp.modules.get(&self.py).get_str(&key) {
            return Ok(m.clone());
        }
        let native = self.interp.native_modules.read().get(full).copied();
        if let Some(init) = native {
            let mut dict = Dict::new();
            dict.set("__name__", Value::Str(key.clone()));
            dict.set("__doc__", Value::None);
            dict.set("__package__", Value::str(""));
            init(self, &mut dict)?;
            let m = Value::Module(Arc::new(Module {
                name: key.clone(),
                dict: Arc::new(GilCell::new(dict)),
            }));
            self.interp
                .modules
                .get_mut(&mut self.py)
                .set_str(key, m.clone());
            self.link_to_parent(full, &m);
            return Ok(m);
        }
        let embedded = self.interp.python_modules.read().get(full).copied();
        if let Some(source) = embedded {
            let is_pkg = self
                .interp
                .python_modules
                .read()
                .keys()
                .any(|k| k.starts_with(&format!("{full}.")));
            let filename = format!("<frozen {full}>");
            return self.load_source_module(full, source, &filename, is_pkg);
        }
        let rel = full.replace('.', "/");
        let dirs = self.interp.path.read().clone();
        for dir in dirs {
            let file = dir.join(format!("{rel}.py"));
            let pkg = dir.join(&rel).join("__init__.py");
            for (path, is_pkg) in [(file, false), (pkg, true)] {
                if let Ok(source) = std::fs::read_to_string(&path) {
                    let filename = path.to_string_lossy().to_string();
                    return self.load_source_module(full, &source, &filename, is_pkg);
                }
            }
        }
        Err(new_module_not_found(full))
    }

    fn load_source_module(
        &mut self,
        full: &str,
        source: &str,
        filename: &str,
        is_pkg: bool,
    ) -> PyResult<Value> {
        let key = intern(full);
        let mut dict = Dict::new();
        dict.set("__name__", Value::Str(key.clone()));
        dict.set("__doc__", Value::None);
        dict.set("__file__", Value::str(filename));
        let package = if is_pkg {
            full.to_string()
        } else {
            full.rsplit_once('.').map_or("", |p| p.0).to_string()
        };
        dict.set("__package__", Value::from_string(package));
        dict.set("__builtins__", Value::Dict(self.interp.builtins.clone()));
        let dict = Arc::new(GilCell::new(dict));
        let m = Value::Module(Arc::new(Module {
            name: key.clone(),
            dict: dict.clone(),
        }));
        self.interp
            .modules
            .get_mut(&mut self.py)
            .set_str(key.clone(), m.clone());
        if let Err(e) = self.run_source(source, filename, dict) {
            self.interp.modules.get_mut(&mut self.py).remove_str(&key);
            return Err(e);
        }
        // A module may replace itself in sys.modules while running.
        let m = self
            .interp
            .modules
            .get(&self.py)
            .get_str(&key)
            .cloned()
            .unwrap_or(m);
        self.link_to_parent(full, &m);
        Ok(m)
    }

    /// Make `a.b` reachable as attribute `b` of package `a`.
    fn link_to_parent(&mut self, full: &str, m: &Value) {
        if let Some((parent, child)) = full.rsplit_once('.') {
            if let Some(Value::Module(p)) = self
                .interp
                .modules
                .get(&self.py)
                .get_str(&intern(parent))
                .cloned()
            {
                p.dict
                    .get_mut(&mut self.py)
                    .set_str(intern(child), m.clone());
            }
        }
    }

    /// Compile and run source text in the namespace `dict`.
    pub fn run_source(
        &mut self,
        source: &str,
        filename: &str,
        dict: Arc<DictObj>,
    ) -> PyResult<Value> {
        super::traceback::register_source(filename, source);
        let code = self.compile(source, filename, false)?;
        self.run_code(code, dict.clone(), dict, &[])
    }

    /// Parse and compile, turning a syntax error into a Python SyntaxError.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
    ) -> PyResult<Arc<crate::bytecode::CodeObject>> {
        let parsed = crate::syntax::parse_module(source)
            .and_then(|m| crate::compiler::compile_module(&m, filename, interactive));
        parsed.map_err(|e| self.syntax_error_exception(&e, filename, source))
    }

    /// A Python SyntaxError instance for a parse or compile error.
    pub fn syntax_error_exception(
        &mut self,
        e: &SyntaxError,
        filename: &str,
        source: &str,
    ) -> PyErr {
        let t = types();
        let class = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => &t.exc.syntax_error,
            crate::syntax::SyntaxErrorKind::IndentationError => &t.exc.indentation_error,
            crate::syntax::SyntaxErrorKind::TabError => &t.exc.tab_error,
        };
        let text = source
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .map(|l| format!("{l}\n"));
        let text_v = text.map(Value::from_string).unwrap_or(Value::None);
        let details = Value::tuple(vec![
            Value::str(filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            text_v.clone(),
            Value::Int(e.line as i64),
            Value::Int(if e.end_col > 0 {
                e.end_col as i64
            } else {
                e.col as i64
            }),
        ]);
        let err = crate::vm::new_exception(class, vec![Value::str(&e.msg), details]);
        let d = err.0.dict.get_mut(&mut self.py);
        d.set("msg", Value::str(&e.msg));
        d.set("filename", Value::str(filename));
        d.set("lineno", Value::Int(e.line as i64));
        d.set("offset", Value::Int(e.col as i64));
        d.set("text", text_v);
        d.set("end_lineno", Value::Int(e.line as i64));
        d.set(
            "end_offset",
            Value::Int(if e.end_col > 0 {
                e.end_col as i64
            } else {
                e.col as i64
            }),
        );
        d.set("print_file_and_line", Value::None);
        err
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &crate::object::PyStr) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name.as_str())? {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let sub = format!("{}.{}", m.name, name);
            match self.import_module(&sub) {
                Ok(v) => return Ok(v),
                Err(e) if e.matches(&types().exc.module_not_found_error) => {}
                Err(e) => return Err(e),
            }
            let file = m.dict.get(&self.py).get_str(&intern("__file__")).cloned();
            let location = match file {
                Some(Value::Str(f)) if !f.as_str().starts_with('<') => f.as_str().to_string(),
                _ => "unknown location".to_string(),
            };
            let err = self.import_error(format!(
                "cannot import name '{}' from '{}' ({})",
                name, m.name, location
            ));
            let d = err.0.dict.get_mut(&mut self.py);
            d.set("name", Value::Str(m.name.clone()));
            return Err(err);
        }
        Err(self.import_error(format!("cannot import name '{name}'")))
    }

    /// IMPORT_STAR: copy the module's public names (or `__all__`) into `ns`.
    pub fn import_star(&mut self, module: &Value, ns: &Arc<DictObj>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(self.type_error("import * from a non-module"));
        };
        let all = m.dict.get(&self.py).get_str(&intern("__all__")).cloned();
        let names: Vec<Value> = match all {
            Some(list) => self.collect(&list)?,
            None => m
                .dict
                .get(&self.py)
                .keys()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .cloned()
                .collect(),
        };
        for n in names {
            let Value::Str(s) = &n else { continue };
            let v = self.get_attr(module, s)?;
            ns.get_mut(&mut self.py).set_str(s.clone(), v);
        }
        Ok(())
    }
}

/// `ModuleNotFoundError: No module named 'x'`.
pub fn new_module_not_found(name: &str) -> PyErr {
    let err = crate::vm::new_exception(
        &types().exc.module_not_found_error,
        vec![Value::from_string(format!("No module named '{name}'"))],
    );
    err
}
