//! Everything the binary prints, on stdout and stderr, is free of control
//! characters (other than newline and tab), C1 controls and bidi or other
//! invisible format characters, whatever the file names, configuration
//! values, ids and environment it is given: each printing command runs on
//! hostile names, fixed and generated.

#![cfg(unix)]

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const MINIMAL: &str = include_str!("fixtures/minimal.ron");
const UNKNOWN_REFERENCE: &str = include_str!("fixtures/unknown-reference.ron");
const SYNTAX_ERROR: &str = include_str!("fixtures/syntax-error.ron");

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("accords-hygiene-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// File name stems that attack the terminal: OSC title, SGR conceal, C1
/// CSI (as a char and as a raw byte), bidi overrides and isolates, BEL,
/// CR, DEL, newline, zero-width; then names drawn from those pieces.
fn hostile_stems() -> Vec<OsString> {
    let mut stems: Vec<OsString> = [
        "ok\u{1b}]2;PWNED\u{7}",
        "bad\u{1b}]2;X\u{7}\u{1b}[8m",
        "c1\u{9b}31mred",
        "rlo\u{202e}nor.exe",
        "iso\u{2066}x\u{2069}lri\u{2067}",
        "cr\rline\nbreak",
        "del\u{7f}bell\u{7}nul\u{1}",
        "zw\u{200b}j\u{200d}\u{feff}",
        "osc52\u{1b}]52;c;cHduZWQ=\u{1b}\\",
        "my data",
    ]
    .iter()
    .map(OsString::from)
    .collect();
    stems.push(OsString::from_vec(b"raw\x9b31m\x1b[2J\xff".to_vec()));
    let pieces: [&[u8]; 9] = [
        b"\x1b",
        b"]2;",
        b"\x07",
        "\u{9b}".as_bytes(),
        "\u{202e}".as_bytes(),
        b"\x9b",
        b"a",
        " é".as_bytes(),
        b"'",
    ];
    // A small generator (an LCG): the same names on every run.
    let mut seed: u64 = 0x5eed;
    for _ in 0..12 {
        let mut name = b"g".to_vec();
        for _ in 0..6 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            name.extend_from_slice(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        stems.push(OsString::from_vec(name));
    }
    stems
}

fn with(stem: &OsStr, suffix: &str) -> OsString {
    let mut s = stem.to_os_string();
    s.push(suffix);
    s
}

fn run(args: &[&OsStr], config_home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accords"))
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .expect("binary runs")
}

/// The first forbidden char of `bytes`, if any: invalid UTF-8 (a raw C1
/// byte) counts as one.
fn forbidden(bytes: &[u8]) -> Option<String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return Some(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    // CSV's CRLF line ends are the one place a CR is fine.
    text.replace("\r\n", "\n")
        .chars()
        .find(|&c| {
            (c.is_control() && c != '\n' && c != '\t') || accords::sanitize::is_invisible_format(c)
        })
        .map(|c| format!("U+{:04X}", c as u32))
}

#[test]
fn no_command_prints_a_control_or_bidi_character_whatever_the_names() {
    let dir = TempDir::new("names");
    let mut runs = 0;
    let mut has_errors_lines = 0;
    for (n, stem) in hostile_stems().iter().enumerate() {
        let sub = dir.0.join(n.to_string());
        std::fs::create_dir_all(&sub).unwrap();
        let path = |suffix: &str| sub.join(with(stem, suffix));
        let good = path(".ron");
        let bad = path("-bad.ron");
        let syntax = path("-syntax.ron");
        let missing = path("-missing.ron");
        let config = path("-config.ron");
        std::fs::write(&good, MINIMAL).unwrap();
        std::fs::write(&bad, UNKNOWN_REFERENCE).unwrap();
        std::fs::write(&syntax, SYNTAX_ERROR).unwrap();
        std::fs::write(
            &config,
            "(theme: \"\\u{1b}[8m\", lang: \"\\u{202e}\", keys: {\"\\u{1b}]2;K\\u{7}\": [\"x\"], \"list.open\": [\"\\u{9b}\"]})",
        )
        .unwrap();
        // A configuration directory with the hostile name, as $XDG_CONFIG_HOME.
        let home = sub.join(stem);
        std::fs::create_dir_all(home.join("accords")).unwrap();
        std::fs::copy(&config, home.join("accords/config.ron")).unwrap();
        let id = with(stem, "-id");
        let (g, b, s, m, c) = (
            good.as_os_str(),
            bad.as_os_str(),
            syntax.as_os_str(),
            missing.as_os_str(),
            config.as_os_str(),
        );
        let os = OsStr::new;
        let commands: Vec<Vec<&OsStr>> = vec![
            vec![os("check"), g, b, s, m],
            vec![os("check"), os("--strict"), g],
            vec![os("check"), os("--format"), os("json"), g, b, s, m],
            vec![os("--data"), b],
            vec![os("--data"), s],
            vec![os("--data"), m],
            vec![os("list"), os("--data"), g],
            vec![os("list"), os("--data"), b],
            vec![os("list"), os("--data"), g, os("--format"), os("csv")],
            vec![
                os("search"),
                os("space"),
                os("--data"),
                g,
                os("--format"),
                os("md"),
            ],
            vec![os("list"), os("--data"), m, os("--format"), os("json")],
            vec![os("search"), os("space"), os("--data"), s],
            vec![os("show"), &id, os("--data"), g],
            vec![os("show"), os("cm-space"), os("--data"), b],
            vec![os("config"), os("--config"), c],
            vec![os("config"), os("--config"), m],
            vec![os("config")],
            vec![os("list"), os("--party"), &id],
            vec![os("--domain"), &id],
        ];
        for args in &commands {
            let out = run(args, &home);
            runs += 1;
            assert_ne!(out.status.code(), Some(101), "{args:?} panicked");
            for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
                if let Some(what) = forbidden(bytes) {
                    panic!(
                        "{args:?}: {what} on {stream}:\n{}",
                        String::from_utf8_lossy(bytes)
                    );
                }
            }
            if args.contains(&os("json")) && args[0] == "check" {
                let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
                assert!(v.as_array().is_some_and(|a| !a.is_empty()), "{v}");
            }
            let err = String::from_utf8_lossy(&out.stderr);
            has_errors_lines += usize::from(err.contains("has errors; run `accords check '"));
        }
    }
    assert!(runs > 200, "{runs} runs");
    // The "has errors" line was among what was checked (quoted for the shell).
    assert!(has_errors_lines >= 20, "{has_errors_lines}");
}
