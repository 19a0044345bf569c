//! AST to bytecode: [`symtable`] decides where every name lives, [`codegen`] emits the
//! instructions.

pub mod codegen;
pub mod symtable;

pub use codegen::{compile_expression, compile_module};
