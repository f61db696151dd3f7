//! The README's commands, run: every line of the ```sh blocks of its
//! *Install* and *Command line* sections goes to `sh -c` with the built
//! binary first on the PATH, in a scratch home directory, and must exit as
//! the line says (`# exit N`), else 0. `cargo` lines are skipped, and
//! listed in [`SKIPPED`] so that a new one is a decision.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The README's sections whose shell blocks are run.
const SECTIONS: [&str; 2] = ["## Install", "## Command line"];

/// The lines not run (they build or install accords itself).
const SKIPPED: [&str; 1] = [
    "cargo install --locked --path .     # builds accords into ~/.cargo/bin, on the PATH with rustup",
];

/// The lines of the ```sh blocks of `section` (up to the next `## `
/// heading), continuation lines (`\` at the end) joined.
fn shell_lines(readme: &str, section: &str) -> Vec<String> {
    let start = readme
        .find(&format!("\n{section}\n"))
        .unwrap_or_else(|| panic!("README.md has no {section:?} section"));
    let body = &readme[start + section.len() + 2..];
    let body = &body[..body.find("\n## ").unwrap_or(body.len())];
    let mut lines = Vec::new();
    let mut in_sh = false;
    let mut pending = String::new();
    for line in body.lines() {
        if !in_sh {
            in_sh = line.trim_end() == "```sh";
            continue;
        }
        if line.starts_with("```") {
            in_sh = false;
            continue;
        }
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        pending.push_str(line);
        if !pending.trim().is_empty() {
            lines.push(std::mem::take(&mut pending));
        }
        pending.clear();
    }
    lines
}

/// The exit code a line promises: `# exit N` in its comment, else 0.
fn expected_code(line: &str) -> i32 {
    line.split_once("# exit ")
        .and_then(|(_, rest)| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("accords-readme-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `line` with `sh -c` in `home`, the binary's directory first on
/// the PATH; a browser that does nothing (`true`).
fn run(line: &str, home: &Path) -> std::process::Output {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_accords"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir(home)
        .env("PATH", path)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("BROWSER", "true")
        .env("LANG", "C")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("sh runs")
}

#[test]
fn every_readme_command_runs_and_exits_as_it_says() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let home = scratch("commands");
    let mut skipped = Vec::new();
    let mut ran = 0;
    let mut failures = Vec::new();
    for section in SECTIONS {
        let lines = shell_lines(&readme, section);
        assert!(!lines.is_empty(), "{section}: no shell commands");
        for line in lines {
            if line.trim_start().starts_with("cargo ") {
                skipped.push(line);
                continue;
            }
            let out = run(&line, &home);
            ran += 1;
            let want = expected_code(&line);
            if out.status.code() != Some(want) {
                failures.push(format!(
                    "{line}\n  exited {:?}, the README says {want}\n  stderr: {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        skipped, SKIPPED,
        "cargo lines skipped: list them in SKIPPED"
    );
    assert!(ran >= 15, "{ran} commands run");

    // What they wrote is what they promise.
    let file =
        |p: &str| std::fs::read_to_string(home.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    assert!(file(".local/share/bash-completion/completions/accords").contains("_accords"));
    assert!(file(".zfunc/_accords").starts_with("#compdef accords"));
    assert!(file(".config/fish/completions/accords.fish").contains("complete -c accords"));
    assert!(file(".local/share/man/man1/accords.1").starts_with(".ie"));
    assert!(file(".local/share/man/man1/accords-search.1").contains("accords\\-search"));
    assert_eq!(file("accords.1"), file(".local/share/man/man1/accords.1"));
    assert!(file("gsoia.md").starts_with("# Agreement on the Protection of Military"));
    assert!(file("in-force.csv").starts_with("id,kind,date,status,"));
    let _ = std::fs::remove_dir_all(&home);
}

/// The runner itself: sections, continuation lines, `# exit N`.
#[test]
fn the_runner_reads_blocks_and_exit_codes() {
    let text = "# t\n\n## Install\n\n```sh\na \\\n  b\n\n```\n\n```ron\nx\n```\n\n## Command line\n\n```\nsynopsis\n```\n```sh\nc   # exit 1: why\nd\n```\n## Next\n```sh\ne\n```\n";
    assert_eq!(shell_lines(text, "## Install"), ["a   b"]);
    assert_eq!(
        shell_lines(text, "## Command line"),
        ["c   # exit 1: why", "d"]
    );
    assert_eq!(expected_code("c   # exit 1: why"), 1);
    assert_eq!(expected_code("accords list"), 0);
    let home = scratch("runner");
    assert_eq!(run("exit 3", &home).status.code(), Some(3));
    assert_eq!(run("accords --version", &home).status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&home);
}
