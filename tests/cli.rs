//! The binary as a user runs it: help, version, bad data files, check.

use std::path::PathBuf;
use std::process::{Command, Output};

fn accords(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accords"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("binary runs")
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn help_lists_the_options_and_commands() {
    let out = accords(&["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for needle in [
        "--data",
        "--domain",
        "--lang",
        "--max-size",
        "check",
        "Exit codes",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
}

#[test]
fn version_prints_the_crate_version() {
    let out = accords(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("accords {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_domain_is_refused_with_the_list() {
    let out = accords(&["--domain", "warp"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("unknown domain \"warp\""), "{err}");
    assert!(err.contains("hybrid-threats"), "{err}");
}

#[test]
fn bad_data_file_reports_position_and_exits_1_before_the_terminal() {
    let path = fixture("syntax-error.ron");
    let out = accords(&["--data", &path]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{path}:3:")), "{err}");
    assert!(err.contains("error:"), "{err}");
    // Nothing was written to the terminal: no alternate screen, no raw mode.
    assert!(out.stdout.is_empty());
    assert!(!err.contains("\u{1b}[?1049h"));
    assert!(!err.contains("panicked"));
}

#[test]
fn missing_file_exits_2() {
    let out = accords(&["--data", "/nonexistent/file.ron"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("/nonexistent/file.ron: error: cannot read: no such file"),
        "{err}"
    );
}

#[test]
fn semantic_errors_stop_the_browser_with_diagnostics() {
    let path = fixture("unknown-reference.ron");
    let out = accords(&["--data", &path]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("does not exist"), "{err}");
    assert!(err.contains("^"), "{err}");
}

#[test]
fn check_passes_on_the_embedded_corpus_strictly() {
    let out = accords(&["check", "--strict"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("data/canada-korea.ron: ok: 0 error(s), 0 warning(s)"),
        "{stdout}"
    );
}

#[test]
fn check_json_is_parseable() {
    let path = fixture("unknown-reference.ron");
    let out = accords(&["check", "--format", "json", &path]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let first = &v[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["code"], "unknown-reference");
    assert!(first["line"].as_u64().is_some());
}

/// Runs `script` with `sh -c`, `$0` being the binary.
fn sh(script: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_accords"))
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .output()
        .expect("sh runs")
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_one_line() {
    for cmd in [
        "check",
        "list",
        "show gsoia",
        "search gsoia --format json",
        "config",
    ] {
        let out = sh(&format!("exec \"$0\" {cmd} > /dev/full"));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        assert_eq!(
            err, "accords: cannot write the output: No space left on device (os error 28)\n",
            "{cmd}"
        );
    }
    // With stderr closed too: no panic, still non-zero.
    let out = sh("exec \"$0\" check > /dev/full 2>&-");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_closed_stdout_is_an_error() {
    for cmd in ["check", "list", "man"] {
        let out = sh(&format!("exec \"$0\" {cmd} >&-"));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        assert_eq!(err, "accords: cannot write the output: stdout is closed\n");
    }
    // /dev/null is a fine place for output.
    let out = sh("exec \"$0\" list > /dev/null");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    for args in [&["list"][..], &["check"], &["show", "gsoia"], &["man"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_accords"))
            .args(args)
            .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before anything is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn the_check_suggestion_is_quoted_for_the_shell() {
    let dir = std::env::temp_dir().join(format!("accords-quote-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("my data's.ron");
    std::fs::copy(fixture("unknown-reference.ron"), &path).unwrap();
    let out = accords(&["--data", path.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    let quoted = format!("'{}'", path.display().to_string().replace('\'', "'\\''"));
    assert!(
        err.contains(&format!(
            "run `accords check {quoted}` for every diagnostic"
        )),
        "{err}"
    );
    // The suggested command, run by a shell, checks that very file.
    let out = sh(&format!("exec \"$0\" check {quoted}"));
    assert!(
        text(&out.stdout).contains("FAILED"),
        "{}",
        text(&out.stdout)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The browser takes the filters of `list`; a party that names nobody is
/// refused before the terminal is touched (exit 2), like `list` does.
#[test]
fn the_browser_takes_the_filters_of_list() {
    let out = accords(&["--party", "atlantis"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("unknown party \"atlantis\""), "{err}");
    let out = accords(&["--kind", "warp"]);
    assert_eq!(out.status.code(), Some(2));
    let help = text(&accords(&["--help"]).stdout);
    for flag in [
        "--kind", "--domain", "--status", "--party", "--since", "--until",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
    // Valid filters get as far as the terminal check (stdout is a pipe here).
    let out = accords(&[
        "--kind",
        "commitment",
        "--party",
        "korea",
        "--since",
        "2020",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not a terminal"),
        "{}",
        text(&out.stderr)
    );
}
