//! Files that are not regular files (devices, FIFOs, directories, symlinks
//! to them) and files holding more than their size says: refused with a
//! message naming the file, without blocking and without reading past the
//! size limit, for datasets (`--data`, `check`, the fast reader) and the
//! configuration file alike.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use accords::load::{self, LoadError, Role};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("accords-special-{}-{name}-{n}", std::process::id()));
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

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(ok.success());
}

/// Runs `f` on a thread and waits at most 10 s for its answer (a read
/// that blocks on a FIFO fails the test instead of hanging it).
fn promptly<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(10))
        .expect("returns within 10 s (it blocked)")
}

/// The binary with a 1 GiB address-space limit and a 20 s timeout, so a
/// read without limit fails fast instead of filling the machine's memory.
fn accords(args: &[&str]) -> Output {
    let mut script = String::from("ulimit -v 1048576; exec \"$0\"");
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    let child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_accords"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-accords-test")
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh runs");
    let id = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(out) => out.expect("binary runs"),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
            panic!("accords {args:?} did not end within 20 s");
        }
    }
}

fn read_message(e: LoadError) -> String {
    match e {
        LoadError::Read { .. } => e.to_string(),
        other => panic!("not a read error: {other}"),
    }
}

#[test]
fn a_fifo_is_refused_at_once_as_data_and_as_configuration() {
    let dir = TempDir::new("fifo");
    let fifo = dir.0.join("data.ron");
    mkfifo(&fifo);
    let p = fifo.clone();
    let msg = promptly(move || read_message(load::read_file(&p, 100).unwrap_err()));
    assert!(msg.starts_with(&format!("{}:", fifo.display())), "{msg}");
    assert!(
        msg.contains("named pipe (FIFO), not a regular file"),
        "{msg}"
    );

    let p = fifo.clone();
    assert!(promptly(
        move || accords::fastload::read(&p, u64::MAX).is_none()
    ));

    let p = fifo.clone();
    let config = promptly(move || accords::config::load(&p, true));
    assert_eq!(config.problems.len(), 1, "{:?}", config.problems);
    assert!(config.problems[0].contains("named pipe"), "{config:?}");

    let p = fifo.clone();
    let action = promptly(move || accords::watch::load(&p, u64::MAX));
    assert!(
        matches!(&action, accords::app::Action::ReloadFailed(e) if e.contains("named pipe")),
        "{action:?}"
    );

    let out = accords(&["--data", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{}: error: cannot read: is a named pipe",
            fifo.display()
        )),
        "{err}"
    );
    let out = accords(&["config", "--config", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("named pipe"), "{err}");
}

#[test]
fn dev_zero_and_a_symlink_to_it_are_refused_without_reading() {
    let msg = promptly(|| read_message(load::read_file(Path::new("/dev/zero"), 100).unwrap_err()));
    assert!(
        msg.starts_with("/dev/zero: error: cannot read: is a character device"),
        "{msg}"
    );
    let config = promptly(|| accords::config::load(Path::new("/dev/zero"), true));
    assert!(
        config.problems[0].contains("character device"),
        "{config:?}"
    );

    let dir = TempDir::new("zero");
    let link = dir.0.join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    for args in [
        vec!["--data", "/dev/zero", "--max-size", "100"],
        vec!["--data", link.to_str().unwrap()],
        vec!["check", link.to_str().unwrap()],
        vec!["list", "--data", link.to_str().unwrap()],
    ] {
        let out = accords(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        let all = format!("{err}{}", String::from_utf8_lossy(&out.stdout));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {all}");
        assert!(
            all.contains("is a character device, not a regular file"),
            "{args:?}: {all}"
        );
        assert!(
            all.contains(args.iter().find(|a| a.contains("zero")).unwrap()),
            "{all}"
        );
    }
    let out = accords(&["config", "--config", "/dev/zero"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("/dev/zero: cannot read: is a character device"),
        "{err}"
    );
}

/// Files in /proc say they are empty and are not: the limit holds on what
/// is read, not on what the size said.
#[cfg(target_os = "linux")]
#[test]
fn no_more_than_the_limit_is_read_whatever_the_size_says() {
    let maps = Path::new("/proc/self/maps");
    assert_eq!(std::fs::metadata(maps).unwrap().len(), 0);
    let msg = read_message(load::read_bytes(maps, 10, Role::Dataset).unwrap_err());
    assert!(
        msg.contains("over 10 bytes once read (its size said 0)"),
        "{msg}"
    );
    assert!(msg.contains("--max-size"), "{msg}");
    assert!(accords::fastload::read(maps, 10).is_none());
    // Read whole under a limit it fits.
    assert!(
        load::read_bytes(maps, 1 << 30, Role::Dataset)
            .unwrap()
            .len()
            > 10
    );
}

#[test]
fn a_configuration_file_is_told_apart_from_a_dataset_in_messages() {
    let dir = TempDir::new("roles");
    let config = accords::config::load(&dir.0, true);
    assert!(
        config.problems[0].contains("is a directory, not a configuration file"),
        "{config:?}"
    );
    let big = dir.0.join("big.ron");
    std::fs::write(&big, " ".repeat(2 << 20)).unwrap();
    let config = accords::config::load(&big, true);
    let p = &config.problems[0];
    assert!(
        p.contains("above the limit of 1048576 bytes for a configuration file"),
        "{p}"
    );
    assert!(
        !p.contains("--max-size"),
        "--max-size does not apply to it: {p}"
    );
    let data = read_message(load::read_file(&dir.0, 100).unwrap_err());
    assert!(
        data.contains("is a directory, not a dataset file"),
        "{data}"
    );
    let data = read_message(load::read_file(&big, 100).unwrap_err());
    assert!(data.contains("raise it with --max-size"), "{data}");
}
