//! Compiled code: the instruction set ([`opcode`]), the [`CodeObject`] that holds one
//! function's (or module's, or class body's) instructions with their constants, names
//! and position table, and the disassembler ([`dis`]).

pub mod dis;
pub mod opcode;

pub use opcode::{Instr, Op, Operand};

use crate::gil::GilCell;
use crate::object::{PyStr, Value};
use std::sync::Arc;

/// Where an instruction came from: CPython's `co_positions()` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Code flags, numbered as CPython's `co_flags`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
}

/// One unit of compiled code. Immutable once built, shared by every function object
/// made from it.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Arc<PyStr>,
    pub qualname: Arc<PyStr>,
    pub filename: Arc<str>,
    pub firstlineno: u32,
    pub instructions: Vec<Instr>,
    /// Parallel to `instructions`.
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    /// Global, attribute and imported names.
    pub names: Vec<Arc<PyStr>>,
    /// Local slots: parameters first, in order, then the other locals.
    pub varnames: Vec<Arc<PyStr>>,
    /// Locals captured by inner functions (kept in cells).
    pub cellvars: Vec<Arc<PyStr>>,
    /// Variables of enclosing functions used here.
    pub freevars: Vec<Arc<PyStr>>,
    /// For each cellvar that is also a parameter, the parameter's slot.
    pub cell2arg: Vec<Option<usize>>,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    /// LOAD_GLOBAL's cache, one entry per name: the value found, valid while the
    /// globals and builtins dicts keep the versions it was found at.
    pub global_cache: GilCell<Vec<GlobalCacheEntry>>,
}

/// A cached global look-up.
#[derive(Clone, Default)]
pub struct GlobalCacheEntry {
    /// Address of the globals dict the value was found through (0: empty entry).
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub value: Value,
}

impl CodeObject {
    /// The source line of instruction `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        self.positions.get(pc).map_or(self.firstlineno, |p| p.line)
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    pub fn has_varargs(&self) -> bool {
        self.flags & flags::VARARGS != 0
    }

    pub fn has_varkeywords(&self) -> bool {
        self.flags & flags::VARKEYWORDS != 0
    }

    /// Number of parameter slots (positional, keyword-only, *args, **kwargs).
    pub fn total_args(&self) -> usize {
        self.argcount
            + self.kwonlyargcount
            + usize::from(self.has_varargs())
            + usize::from(self.has_varkeywords())
    }
}
