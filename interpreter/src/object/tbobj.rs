//! `e.__traceback__`: the chain of traceback objects (`tb_next`, `tb_lineno`,
//! `tb_frame`) over the frames an exception passed through, outermost first, as the
//! `traceback` module's `extract_tb`/`walk_tb` read them. The frames are snapshots: a
//! code object and a line (gilpy keeps no frame objects), so `f_locals` is empty.

use super::exception::TbEntry;
use super::types::{new_class, types};
use super::{Class, NativeObject, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::any::Any;
use std::sync::{Arc, OnceLock};

/// One link of the chain: entry `index` of an exception's traceback.
pub struct Traceback {
    entries: Arc<Vec<(Arc<crate::bytecode::CodeObject>, usize)>>,
    index: usize,
}

/// The frame a traceback link names.
pub struct FrameSnapshot {
    code: Arc<crate::bytecode::CodeObject>,
    pc: usize,
}

fn tb_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| new_class("traceback", vec![types().object.clone()], false))
}

fn frame_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| new_class("frame", vec![types().object.clone()], false))
}

/// The `__traceback__` of an exception with these entries (None when it has none).
pub fn traceback_of(entries: &[TbEntry]) -> Value {
    if entries.is_empty() {
        return Value::None;
    }
    let entries = entries.iter().map(|e| (e.code.clone(), e.pc)).collect();
    Value::native(Traceback {
        entries: Arc::new(entries),
        index: 0,
    })
}

impl Traceback {
    /// Each entry from this link on, formatted as `traceback.format_tb` does.
    pub fn format_entries(&self) -> Vec<String> {
        self.entries[self.index..]
            .iter()
            .map(|(code, pc)| crate::vm::traceback::format_frame(code, *pc))
            .collect()
    }
}

impl NativeObject for Traceback {
    fn class(&self) -> Arc<Class> {
        tb_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, _vm: &mut Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        let (code, pc) = &self.entries[self.index];
        Some(Ok(match name.as_str() {
            "tb_lineno" => Value::Int(code.line_for(*pc) as i64),
            "tb_lasti" => Value::Int(*pc as i64 * 2),
            "tb_next" if self.index + 1 < self.entries.len() => Value::native(Traceback {
                entries: self.entries.clone(),
                index: self.index + 1,
            }),
            "tb_next" => Value::None,
            "tb_frame" => Value::native(FrameSnapshot {
                code: code.clone(),
                pc: *pc,
            }),
            _ => return None,
        }))
    }
}

impl NativeObject for FrameSnapshot {
    fn class(&self) -> Arc<Class> {
        frame_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn has_own_attrs(&self) -> bool {
        true
    }
    fn get_attr(&self, _vm: &mut Vm, name: &Arc<PyStr>) -> Option<PyResult<Value>> {
        Some(Ok(match name.as_str() {
            "f_code" => Value::Code(self.code.clone()),
            "f_lineno" => Value::Int(self.code.line_for(self.pc) as i64),
            "f_lasti" => Value::Int(self.pc as i64 * 2),
            "f_locals" | "f_globals" => Value::dict(super::Dict::new()),
            "f_back" => Value::None,
            _ => return None,
        }))
    }
}
