//! Whole tracebacks compared with CPython's: every script in `tests/tracebacks/` ends in
//! an uncaught error, and gilpy must print exactly what python3 prints on stderr (the
//! `File` lines, the quoted source, the `^^^^`/`~~~^^^` markers, the chain separators,
//! the SyntaxError carets) with the same stdout and exit status.

mod common;

use common::process::Input;
use std::process::Command;

#[test]
fn tracebacks_match_cpython() {
    let Some(python) = common::python3() else {
        eprintln!("python3 not found: skipping the comparison");
        return;
    };
    let dir = common::repo_dir().join("tests/tracebacks");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/tracebacks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no scripts in {}", dir.display());
    let mut failures = vec![];
    for script in &scripts {
        let name = script.file_name().unwrap().to_str().unwrap();
        let ours = common::gilpy_in(&dir, &[name], Input::Null);
        let mut cmd = Command::new(&python);
        cmd.arg(name)
            .current_dir(&dir)
            .env("PYTHONDONTWRITEBYTECODE", "1");
        let theirs = common::process::run(&mut cmd, Input::Null, common::TIMEOUT);
        if (ours.status, &ours.stdout, &ours.stderr)
            != (theirs.status, &theirs.stdout, &theirs.stderr)
        {
            failures.push(format!(
                "{name}:\n--- python3 (status {:?})\n{}{}\n--- gilpy (status {:?})\n{}{}",
                theirs.status, theirs.stdout, theirs.stderr, ours.status, ours.stdout, ours.stderr
            ));
        }
    }
    println!(
        "{} passed, {} failed",
        scripts.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "tracebacks differ from CPython's:\n{}",
        failures.join("\n")
    );
}
