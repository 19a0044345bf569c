//! Scope analysis: which names are local, global, or closed over.
//!
//! A first pass walks the AST and records, for every scope (module, class, function,
//! lambda, comprehension), the names it binds, uses and declares `global`/`nonlocal`.
//! A second pass resolves each name as CPython's symtable does: a name bound in a
//! function is local unless declared otherwise; a name used but not bound is free if an
//! enclosing *function* binds it (class bodies do not enclose), else global. A local
//! captured by an inner function becomes a cell. Scopes are keyed by the address of
//! their AST node, so code generation finds them without walking in lock-step.

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is reached in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A local slot (functions) or the namespace dict (module, class).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere in the enclosing functions.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local, but captured by an inner scope.
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Parameters in slot order, as CPython's co_varnames: positional-only, positional,
    /// keyword-only, then *args, then **kwargs.
    pub params: Vec<String>,
    bound: Vec<String>,
    bound_set: HashSet<String>,
    used: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    children: Vec<usize>,
    pub is_generator: bool,
    /// Resolved names.
    pub symbols: HashMap<String, Resolution>,
    /// Cell and free variables in a stable order.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Whether a method needs the implicit `__class__` cell (uses `super` or `__class__`).
    pub needs_class_cell: bool,
    first_line: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, line: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            params: vec![],
            bound: vec![],
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            children: vec![],
            is_generator: false,
            symbols: HashMap::new(),
            cellvars: vec![],
            freevars: vec![],
            needs_class_cell: false,
            first_line: line,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        self.symbols
            .get(name)
            .copied()
            .unwrap_or(if self.kind == ScopeKind::Module {
                Resolution::Local
            } else {
                Resolution::GlobalImplicit
            })
    }

    /// Locals that are not parameters, in binding order.
    pub fn other_locals(&self) -> impl Iterator<Item = &String> {
        self.bound.iter().filter(move |n| {
            !self.params.contains(n)
                && matches!(
                    self.symbols.get(*n),
                    Some(Resolution::Local) | Some(Resolution::Cell)
                )
        })
    }
}

/// All scopes of a module; scope 0 is the module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created by an AST node (a FunctionDef, ClassDef, Lambda or
    /// comprehension expression).
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

pub fn build(module: &Module, interactive: bool) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", 1)],
        stack: vec![0],
        by_node: HashMap::new(),
    };
    let _ = interactive;
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, 0, &HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    by_node: HashMap<usize, usize>,
}

fn err(msg: String, line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        msg,
        line,
        col: col + 1,
        end_col: 0,
        kind: crate::syntax::SyntaxErrorKind::SyntaxError,
        incomplete: false,
    }
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str, line: u32) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, line));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
        id
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.cur().used.insert(n.clone());
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                self.target(target)?;
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.annotations(&f.args)?;
                self.cur().bind(&f.name);
                self.function(&**f, &f.name, &f.args, s.line, |b| b.stmts(&f.body))?;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for e in &c.bases {
                    self.expr(e)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.cur().bind(&c.name);
                self.push_scope(&**c, ScopeKind::Class, &c.name, s.line);
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(s.kind, StmtKind::Global(_));
                let kind = self.cur().kind;
                for n in names {
                    let sc = self.cur();
                    let decl = if is_global { "global" } else { "nonlocal" };
                    if sc.params.contains(n) {
                        let mut e =
                            err(format!("name '{n}' is parameter and {decl}"), s.line, s.col);
                        if s.end_line == s.line {
                            e.end_col = s.end_col + 1;
                        }
                        return Err(e);
                    }
                    if sc.bound_set.contains(n) || sc.used.contains(n) {
                        let what = if sc.bound_set.contains(n) {
                            "assigned to"
                        } else {
                            "used"
                        };
                        return Err(err(
                            format!("name '{n}' is {what} before {decl} declaration"),
                            s.line,
                            s.col,
                        ));
                    }
                    if is_global {
                        sc.globals.insert(n.clone());
                    } else {
                        if kind == ScopeKind::Module {
                            return Err(err(
                                "nonlocal declaration not allowed at module level".into(),
                                s.line,
                                s.col,
                            ));
                        }
                        sc.nonlocals.insert(n.clone());
                    }
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap().to_string());
                    self.cur().bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(err(
                                "import * only allowed at module level".into(),
                                s.line,
                                s.col,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.cur().bind(&bound);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.cur().bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
        }
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn function<T>(
        &mut self,
        node: &T,
        name: &str,
        args: &Arguments,
        line: u32,
        body: impl FnOnce(&mut Builder) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let id = self.push_scope(node, ScopeKind::Function, name, line);
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .map(|a| a.name.clone());
        for p in params {
            if self.scopes[id].params.contains(&p) {
                return Err(err(
                    format!("duplicate argument '{p}' in function definition"),
                    line,
                    0,
                ));
            }
            self.scopes[id].params.push(p.clone());
            self.scopes[id].bind(&p);
        }
        body(self)?;
        self.stack.pop();
        Ok(())
    }

    /// A name (or names inside a tuple/list/starred target) being bound.
    /// A match pattern: its capture names are bound, its values and classes read.
    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match p {
            Pattern::Value(e) => self.expr(e)?,
            Pattern::Singleton(_) => {}
            Pattern::Sequence(items) | Pattern::Or(items) => {
                for i in items {
                    self.pattern(i)?;
                }
            }
            Pattern::Star(name) => {
                if let Some(n) = name {
                    self.cur().bind(n);
                }
            }
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for p in patterns {
                    self.pattern(p)?;
                }
                if let Some(n) = rest {
                    self.cur().bind(n);
                }
            }
            Pattern::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for p in patterns.iter().chain(kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            Pattern::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.cur().bind(n);
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.cur().bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        name: &str,
        line: u32,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let id = self.push_scope(node, ScopeKind::Comprehension, name, line);
        self.scopes[id].params.push(".0".into());
        self.scopes[id].bind(".0");
        self.scopes[id].is_generator = is_generator;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.cur().used.insert(n.clone());
                if n == "super" && self.cur().kind == ScopeKind::Function {
                    self.cur().needs_class_cell = true;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|v| self.expr(v))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            ExprKind::List(items)
            | ExprKind::Tuple(items)
            | ExprKind::Set(items)
            | ExprKind::JoinedStr(items) => items.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|v| self.expr(v))?;
                values.iter().try_for_each(|v| self.expr(v))?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", e.line, generators, &[elt], false)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", e.line, generators, &[elt], false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", e.line, generators, &[elt], true)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", e.line, generators, &[key, value], false)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.function(e, "<lambda>", args, e.line, |b| b.expr(body))?;
            }
            ExprKind::Starred(inner) => self.expr(inner)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                let ExprKind::Name(n) = &target.kind else {
                    return Err(err(
                        "cannot use assignment expressions with this target".into(),
                        target.line,
                        target.col,
                    ));
                };
                // In a comprehension, the name binds in the enclosing function or module.
                let mut depth = self.stack.len() - 1;
                while self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension && depth > 0 {
                    let id = self.stack[depth];
                    self.scopes[id].nonlocals.insert(n.clone());
                    depth -= 1;
                }
                let owner = self.stack[depth];
                if depth != self.stack.len() - 1 && self.scopes[owner].kind == ScopeKind::Module {
                    for &id in &self.stack[depth + 1..] {
                        self.scopes[id].nonlocals.remove(n);
                        self.scopes[id].globals.insert(n.clone());
                    }
                }
                self.scopes[owner].bind(n);
            }
            ExprKind::Yield(v) => {
                self.cur().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.cur().is_generator = true;
                self.expr(v)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolve the names of scope `id`, given the names bound by enclosing functions.
/// Returns the free names this scope needs from its parents.
fn analyze(
    t: &mut SymbolTable,
    id: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, SyntaxError> {
    let kind = t.scopes[id].kind;
    let is_function = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
    let mut symbols = HashMap::new();
    let mut free = HashSet::new();
    {
        let s = &t.scopes[id];
        let mut names: Vec<&String> = s.bound.iter().collect();
        names.extend(s.used.iter().filter(|n| !s.bound_set.contains(*n)));
        names.extend(s.globals.iter().chain(&s.nonlocals));
        for n in names {
            let r = if s.globals.contains(n) {
                Resolution::GlobalExplicit
            } else if s.nonlocals.contains(n) {
                if !enclosing.contains(n) {
                    return Err(err(
                        format!("no binding for nonlocal '{n}' found"),
                        s.first_line,
                        0,
                    ));
                }
                free.insert(n.clone());
                Resolution::Free
            } else if s.bound_set.contains(n) {
                Resolution::Local
            } else if kind != ScopeKind::Module && enclosing.contains(n) {
                free.insert(n.clone());
                Resolution::Free
            } else {
                Resolution::GlobalImplicit
            };
            symbols.insert(n.clone(), r);
        }
    }
    // Names visible to children: class and module bodies do not enclose.
    let mut child_enclosing = enclosing.clone();
    if is_function {
        for (n, r) in &symbols {
            if matches!(r, Resolution::Local) {
                child_enclosing.insert(n.clone());
            }
        }
    }
    if kind == ScopeKind::Class {
        child_enclosing.insert("__class__".into());
    }
    let children = t.scopes[id].children.clone();
    for c in children {
        if t.scopes[c].needs_class_cell && kind == ScopeKind::Class {
            t.scopes[c].used.insert("__class__".into());
        }
        let child_free = analyze(t, c, &child_enclosing)?;
        for n in child_free {
            match symbols.get(&n) {
                Some(Resolution::Local) | Some(Resolution::Cell) if is_function => {
                    symbols.insert(n, Resolution::Cell);
                }
                _ if kind == ScopeKind::Class && n == "__class__" => {
                    symbols.insert(n, Resolution::Cell);
                }
                Some(Resolution::Local) if kind == ScopeKind::Class => {
                    // A class-level name shadows nothing for methods: they reach the
                    // enclosing function's binding through a free variable.
                    free.insert(n.clone());
                    t.scopes[id].freevars.push(n);
                }
                _ => {
                    if kind != ScopeKind::Module {
                        symbols.entry(n.clone()).or_insert(Resolution::Free);
                        free.insert(n);
                    }
                }
            }
        }
    }
    let s = &mut t.scopes[id];
    let mut cells: Vec<String> = symbols
        .iter()
        .filter(|(_, r)| **r == Resolution::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    cells.sort();
    let mut frees: Vec<String> = symbols
        .iter()
        .filter(|(_, r)| **r == Resolution::Free)
        .map(|(n, _)| n.clone())
        .collect();
    frees.append(&mut s.freevars);
    frees.sort();
    frees.dedup();
    s.cellvars = cells;
    s.freevars = frees;
    s.symbols = symbols;
    Ok(free)
}
