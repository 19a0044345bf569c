//! Printing exceptions as CPython 3.11 does: the chain of causes and contexts, each with
//! `Traceback (most recent call last):`, one `File ..., line ..., in ...` entry per
//! frame with its source line, the `^^^` / `~~~^^^~~~` markers under the failing
//! expression, repeated lines collapsed, and the final `Type: message` line.

use super::Vm;
use crate::bytecode::Position;
use crate::object::pystr::intern;
use crate::object::{PyErr, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

type SourceCache = Mutex<HashMap<String, Option<Arc<Vec<String>>>>>;

fn cache() -> &'static SourceCache {
    static CACHE: OnceLock<SourceCache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// Remember the source of a file (so tracebacks can quote it without rereading).
pub fn register_source(filename: &str, source: &str) {
    // CPython quotes no source for `-c` code or the REPL; neither do we.
    if matches!(filename, "<string>" | "<stdin>") {
        return;
    }
    let lines = source.lines().map(str::to_string).collect();
    cache()
        .lock()
        .insert(filename.to_string(), Some(Arc::new(lines)));
}

/// Line `n` (1-based) of a file, if it can be read.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    let mut c = cache().lock();
    let entry = c.entry(filename.to_string()).or_insert_with(|| {
        if filename.starts_with('<') {
            return None;
        }
        std::fs::read_to_string(filename)
            .ok()
            .map(|s| Arc::new(s.lines().map(str::to_string).collect()))
    });
    entry.as_ref()?.get(n.checked_sub(1)? as usize).cloned()
}

impl Vm {
    /// The full report for an uncaught exception, chain included.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = vec![];
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(Arc::as_ptr(&err.0) as usize);
        let (cause, context, suppress) = {
            let d = err.data(&self.py);
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let unseen = |v: &Value, seen: &Vec<usize>| match v {
            Value::Instance(i) if i.exc.is_some() => !seen.contains(&(Arc::as_ptr(i) as usize)),
            _ => false,
        };
        let earlier = match (cause, context) {
            (Some(Value::Instance(c)), _) if unseen(&Value::Instance(c.clone()), seen) => Some((
                c,
                "\nThe above exception was the direct cause of the following exception:\n\n",
            )),
            (None, Some(Value::Instance(c)))
                if !suppress && unseen(&Value::Instance(c.clone()), seen) =>
            {
                Some((
                    c,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                ))
            }
            _ => None,
        };
        if let Some((c, separator)) = earlier {
            self.format_chain(&PyErr(c), out, seen);
            out.push_str(separator);
        }
        self.format_one(err, out);
    }

    fn format_one(&mut self, err: &PyErr, out: &mut String) {
        let tb = err.data(&self.py).traceback.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(Arc<str>, u32, String)> = None;
            let mut repeats = 0;
            for entry in &tb {
                let pos = entry
                    .code
                    .positions
                    .get(entry.pc)
                    .copied()
                    .unwrap_or_default();
                let key = (
                    entry.code.filename.clone(),
                    pos.line,
                    entry.code.name.as_str().to_string(),
                );
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                format_entry(out, &entry.code.filename, entry.code.name.as_str(), pos);
            }
            flush_repeats(out, repeats);
        }
        if err.matches(&crate::object::types::types().exc.syntax_error) {
            self.format_syntax_error(err, out);
        }
        out.push_str(&self.exception_only(err));
        out.push('\n');
    }

    /// The `File ..., line N` block with the source line and a caret, which CPython
    /// prints for a SyntaxError in place of a traceback entry.
    fn format_syntax_error(&mut self, err: &PyErr, out: &mut String) {
        let d = err.0.dict.get(&self.py);
        let get = |name: &str| d.get_str(&intern(name)).cloned();
        let (Some(Value::Str(file)), Some(Value::Int(line))) = (get("filename"), get("lineno"))
        else {
            return;
        };
        out.push_str(&format!("  File \"{file}\", line {line}\n"));
        let Some(Value::Str(text)) = get("text") else {
            return;
        };
        let text = text.as_str().trim_end_matches(['\n', '\r']);
        let stripped = text.trim_start();
        let lead = text.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        let offset = match get("offset") {
            Some(Value::Int(o)) if o > 0 => o as usize,
            _ => return,
        };
        let end = match get("end_offset") {
            Some(Value::Int(e)) if e as usize > offset => e as usize,
            _ => offset + 1,
        };
        // As CPython: the caret column is clipped to the text; a caret left of the text
        // (an unexpected indent) is not printed; IndentationErrors get a single caret.
        let len = stripped.chars().count() as i64;
        let start = (offset as i64 - 1 - lead as i64).min(len);
        if start < 0 {
            return;
        }
        let single = err.matches(&crate::object::types::types().exc.indentation_error);
        let width = if single {
            1
        } else {
            ((end - offset) as i64).min(len - start).max(1)
        };
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(start as usize),
            "^".repeat(width as usize)
        ));
    }

    /// `Type: message` (or just `Type`).
    pub fn exception_only(&mut self, err: &PyErr) -> String {
        let cls = err.0.class.clone();
        let module = cls
            .dict
            .get(&self.py)
            .get_str(&intern("__module__"))
            .cloned();
        let name = match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
                format!("{}.{}", m, cls.qualname)
            }
            _ => cls.qualname.as_str().to_string(),
        };
        let is_syntax = err.matches(&crate::object::types::types().exc.syntax_error);
        let msg_attr = if is_syntax {
            err.0.dict.get(&self.py).get_str(&intern("msg")).cloned()
        } else {
            None
        };
        let shown = msg_attr.unwrap_or_else(|| err.value());
        let msg = match self.str(&shown) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// One traceback entry as `traceback.format_tb` gives it: the `File` line, the source
/// line and its markers.
pub fn format_frame(code: &crate::bytecode::CodeObject, pc: usize) -> String {
    let pos = code.positions.get(pc).copied().unwrap_or_default();
    let mut out = String::new();
    format_entry(&mut out, &code.filename, code.name.as_str(), pos);
    out
}

fn format_entry(out: &mut String, filename: &str, name: &str, pos: Position) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        filename, pos.line, name
    ));
    let Some(line) = source_line(filename, pos.line) else {
        return;
    };
    let stripped = line.trim_start();
    let indent = line.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(markers) = caret_line(&line, indent, stripped.chars().count(), pos) {
        out.push_str("    ");
        out.push_str(&markers);
        out.push('\n');
    }
}

/// The marker line under a quoted source line, or None when the failing expression is
/// the whole line (CPython prints nothing then).
fn caret_line(line: &str, indent: usize, stripped_len: usize, pos: Position) -> Option<String> {
    if pos.end_line == 0 || (pos.col == 0 && pos.end_col == 0) {
        return None;
    }
    let start = pos.col as usize;
    let end = if pos.end_line == pos.line {
        pos.end_col as usize
    } else {
        indent + stripped_len
    };
    if end <= start || start < indent {
        return None;
    }
    let anchors = if pos.end_line == pos.line {
        let segment: String = line.chars().skip(start).take(end - start).collect();
        anchors_for(&segment)
    } else {
        None
    };
    let spans_line = end - start >= stripped_len;
    let has_anchor_gap = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !has_anchor_gap {
        return None;
    }
    let mut s = " ".repeat(start - indent);
    match anchors {
        Some((l, r)) => {
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r - l));
            s.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => s.push_str(&"^".repeat(end - start)),
    }
    Some(s)
}

/// For a binary operation or a subscript, where the operator (or `[...]`) starts and
/// ends within the segment (character offsets), as CPython 3.11 underlines them.
fn anchors_for(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::ExprKind;
    let expr = crate::syntax::parse_expression(segment).ok()?;
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let chars: Vec<char> = segment.chars().collect();
            let op_start = left.end_col as usize;
            let op_str: String = chars.get(op_start..right.col as usize)?.iter().collect();
            let op_chars: Vec<char> = op_str.chars().collect();
            let offset = op_chars.len() - op_str.trim_start().chars().count();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op_chars.len() && !op_chars[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            // Step over closing parentheses (and comments) between the left operand and
            // the operator.
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || matches!(chars[left_anchor], ')' | '#'))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, slice } => {
            let chars: Vec<char> = segment.chars().collect();
            let mut left_anchor = value.end_col as usize;
            let mut right_anchor = slice.end_col as usize + 1;
            while left_anchor < chars.len() && chars[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < chars.len() && chars[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}
