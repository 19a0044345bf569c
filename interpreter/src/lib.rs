//! The gilpy interpreter: Python source to bytecode, and a stack VM whose threads share
//! one Global Interpreter Lock.
//!
//! The pipeline: [`syntax`] (tokens, AST) → [`compiler`] (scopes, code generation) →
//! [`bytecode`] (code objects, `dis`) → [`vm`] (frames, calls, exceptions). Values and
//! built-in types live in [`object`], the builtins module in [`builtins`], and the lock
//! itself, with the token that proves a thread holds it, in [`gil`]. Importable modules
//! other than builtins belong to the `stdlib` crate, which registers them at start-up.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod gil;
pub mod object;
pub mod syntax;
pub mod vm;
