//! The disassembler, printing CPython's `dis` layout: line number, jump-target marker,
//! offset (two bytes per instruction, as CPython counts), name, argument and its meaning,
//! then every nested code object under "Disassembly of ...".

use super::opcode::{Operand, BINARY_OP_SYMBOLS, COMPARE_SYMBOLS};
use super::CodeObject;
use crate::object::Value;
use std::fmt::Write;
use std::sync::Arc;

/// Disassemble a code object and, recursively, the code objects among its constants.
/// `repr` renders a constant (the VM's `repr`).
pub fn disassemble(code: &Arc<CodeObject>, repr: &mut dyn FnMut(&Value) -> String) -> String {
    let mut out = String::new();
    disassemble_one(code, repr, &mut out);
    for c in &code.consts {
        if let Value::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", repr(c));
            out.push_str(&disassemble(inner, repr));
        }
    }
    out
}

fn disassemble_one(code: &CodeObject, repr: &mut dyn FnMut(&Value) -> String, out: &mut String) {
    let targets: Vec<bool> = {
        let mut t = vec![false; code.instructions.len() + 1];
        for i in &code.instructions {
            if i.op.is_jump() {
                if let Some(slot) = t.get_mut(i.arg as usize) {
                    *slot = true;
                }
            }
        }
        t
    };
    let max_line = code.positions.iter().map(|p| p.line).max().unwrap_or(0);
    let line_width = max_line.to_string().len().max(3);
    let offset_width = (code.instructions.len() * 2).to_string().len().max(4);
    let mut last_line = 0;
    for (pc, instr) in code.instructions.iter().enumerate() {
        let line = code.positions[pc].line;
        let mut row = String::new();
        if line != last_line {
            if pc > 0 {
                out.push('\n');
            }
            let _ = write!(row, "{:>w$}", line, w = line_width);
            last_line = line;
        } else {
            row.push_str(&" ".repeat(line_width));
        }
        row.push_str("    ");
        row.push_str(if targets[pc] { ">>" } else { "  " });
        let _ = write!(
            row,
            " {:>w$} {:<20}",
            pc * 2,
            instr.op.name(),
            w = offset_width
        );
        let operand = instr.op.operand();
        if operand != Operand::None {
            let arg = match operand {
                Operand::Jump => {
                    let t = instr.arg as usize;
                    if t > pc {
                        t - pc - 1
                    } else {
                        pc + 1 - t
                    }
                }
                _ => instr.arg as usize,
            };
            let _ = write!(row, " {:>5}", arg);
            let detail = match operand {
                Operand::Const => Some(repr(&code.consts[instr.arg as usize])),
                Operand::Name => Some(code.names[instr.arg as usize].to_string()),
                Operand::Global => {
                    let name = &code.names[(instr.arg >> 1) as usize];
                    Some(if instr.arg & 1 == 1 {
                        format!("NULL + {name}")
                    } else {
                        name.to_string()
                    })
                }
                Operand::Local => Some(code.varnames[instr.arg as usize].to_string()),
                Operand::Cell => {
                    let i = instr.arg as usize;
                    code.cellvars
                        .get(i)
                        .or_else(|| code.freevars.get(i - code.cellvars.len()))
                        .map(|n| n.to_string())
                }
                Operand::Jump => Some(format!("to {}", instr.arg * 2)),
                Operand::BinOp => BINARY_OP_SYMBOLS
                    .get(instr.arg as usize)
                    .map(|s| s.to_string()),
                Operand::Compare => COMPARE_SYMBOLS
                    .get(instr.arg as usize)
                    .map(|s| s.to_string()),
                _ => None,
            };
            if let Some(d) = detail {
                let _ = write!(row, " ({d})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
}
