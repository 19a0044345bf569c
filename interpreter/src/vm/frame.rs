//! A frame: one activation of a code object, with its value stack, local slots, cells
//! and block stack (active `try` handlers and except-handler markers).

use crate::bytecode::CodeObject;
use crate::object::{Cell, DictObj, PyErr, Value};
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// `SETUP_FINALLY`/`SETUP_WITH`: on an exception, jump to `handler`.
    Finally,
    /// Pushed by the VM on entering a handler; popped by `POP_EXCEPT` or by unwinding,
    /// which restores the previously handled exception.
    ExceptHandler,
}

pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth to cut back to.
    pub depth: u32,
    /// For ExceptHandler: the exception that was being handled before.
    pub saved_exc: Option<PyErr>,
}

pub struct Frame {
    pub code: Arc<CodeObject>,
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Local slots (`Value::Null` while unbound).
    pub locals: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Arc<Cell>>,
    pub globals: Arc<DictObj>,
    /// The namespace of a module or class body (LOAD_NAME / STORE_NAME).
    pub ns: Option<Arc<DictObj>>,
    pub blocks: Vec<Block>,
    /// Keyword names for the next CALL (from KW_NAMES).
    pub kwnames: Option<Value>,
    /// Set by RERAISE and bare `raise`: the exception already carries this frame.
    pub reraising: bool,
    /// Set when the frame stopped at a `yield` rather than returning.
    pub yielded: bool,
}

impl Frame {
    pub fn new(code: Arc<CodeObject>, globals: Arc<DictObj>, ns: Option<Arc<DictObj>>) -> Frame {
        let mut f = Frame::empty(code, globals, ns);
        f.locals.resize(f.code.varnames.len(), Value::Null);
        f
    }

    /// A frame with no locals yet (the caller fills them).
    pub fn empty(code: Arc<CodeObject>, globals: Arc<DictObj>, ns: Option<Arc<DictObj>>) -> Frame {
        Frame {
            stack: Vec::with_capacity(8),
            locals: Vec::with_capacity(code.varnames.len()),
            cells: Vec::new(),
            code,
            pc: 0,
            globals,
            ns,
            blocks: Vec::new(),
            kwnames: None,
            reraising: false,
            yielded: false,
        }
    }

    /// Make a finished frame (see `clear`) ready to run a function's code: a Python call
    /// then allocates nothing. A pooled frame usually ran the same function before (as in
    /// recursion), and then its references are kept rather than swapped.
    pub fn reset(&mut self, code: &Arc<CodeObject>, globals: &Arc<DictObj>) {
        if !Arc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Arc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        self.ns = None;
        self.pc = 0;
    }

    /// Drop everything the frame holds, keeping its buffers.
    pub fn clear(&mut self) {
        self.locals.clear();
        self.stack.clear();
        self.cells.clear();
        self.blocks.clear();
        self.kwnames = None;
        self.reraising = false;
        self.yielded = false;
    }

    /// The line being executed (for tracebacks and tracing).
    pub fn line(&self) -> u32 {
        self.code.line_for(self.pc.saturating_sub(1))
    }
}
