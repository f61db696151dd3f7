//! The real binary in a real terminal: tmux runs it, `send-keys` types,
//! `capture-pane` reads the screen. `.ci/run` installs tmux; elsewhere the
//! tests are skipped with a message when tmux is missing (and fail under CI).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
    dir: PathBuf,
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required under CI"
        );
        eprintln!("tmux not found: end-to-end test skipped");
    }
    ok
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

impl Tmux {
    /// Starts the binary with `args` (after the binary) in a 100×30 pane, wrapped so that
    /// the terminal modes before and after, the exit code and stderr are
    /// written to files.
    fn start(name: &str, args: &[&str], env: &[(&str, &str)]) -> Tmux {
        Tmux::start_with(name, args, env, &[])
    }

    /// [`Tmux::start`], first writing `files` (path relative to the test's
    /// directory, which is also `XDG_CONFIG_HOME`, and contents).
    fn start_with(name: &str, args: &[&str], env: &[(&str, &str)], files: &[(&str, &str)]) -> Tmux {
        Tmux::start_after(name, args, env, files, "")
    }

    /// [`Tmux::start_with`], running the shell command `pre` in the pane
    /// just before the binary (after the modes are saved).
    fn start_after(
        name: &str,
        args: &[&str],
        env: &[(&str, &str)],
        files: &[(&str, &str)],
        pre: &str,
    ) -> Tmux {
        let dir = std::env::temp_dir().join(format!("accords-e2e-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let socket = format!("accords-e2e-{}-{name}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_accords");
        // No user configuration leaks in: the configuration directory is
        // the test's own (a test may write `accords/config.ron` there).
        let mut cmd = format!("XDG_CONFIG_HOME={} ", sh_quote(&dir.display().to_string()));
        for (k, v) in env {
            cmd.push_str(&format!("{k}={} ", sh_quote(v)));
        }
        cmd.push_str(&sh_quote(bin));
        for a in args {
            cmd.push(' ');
            cmd.push_str(&sh_quote(a));
        }
        let d = dir.display();
        let script = format!(
            "cd {d}; stty -g > {d}/stty.before; {pre} LANG=C.UTF-8 {cmd} 2> {d}/stderr; echo $? > {d}/rc.tmp; \
             mv {d}/rc.tmp {d}/rc; stty -g > {d}/stty.after; sleep 60"
        );
        let t = Tmux { socket, dir };
        let status = Command::new("tmux")
            .args([
                "-L",
                &t.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
            ])
            .arg(format!("sh -c {}", sh_quote(&script)))
            .status()
            .unwrap();
        assert!(status.success());
        let _ = t.tmux(&["set", "-g", "status", "off"]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Waits until the screen contains `needle`; panics with the screen after 10 s.
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never saw {needle:?} on:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends keys one at a time, pausing so Esc is never read as Alt-<next key>.
    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// A left click at a 0-based cell, as an xterm SGR mouse report (the
    /// press and the release), the way a terminal sends it once the
    /// program has turned mouse reporting on.
    fn click(&self, x: u16, y: u16) {
        for end in ['M', 'm'] {
            let report = format!("\x1b[<0;{};{}{end}", x + 1, y + 1);
            self.tmux(&["send-keys", "-l", &report]);
        }
        std::thread::sleep(Duration::from_millis(60));
    }

    /// The 0-based cell where `needle` starts on screen (by characters,
    /// which is by cells for the text these tests look for).
    fn locate(&self, needle: &str) -> (u16, u16) {
        let s = self.wait_for(needle);
        for (y, line) in s.lines().enumerate() {
            if let Some(b) = line.find(needle) {
                return (line[..b].chars().count() as u16, y as u16);
            }
        }
        unreachable!()
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    fn file(&self, name: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.join(name)).ok()
    }

    /// Waits for the program to exit and returns its exit code.
    fn exit_code(&self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(rc) = self.file("rc") {
                // stty.after is written right after rc.
                std::thread::sleep(Duration::from_millis(200));
                return rc.trim().parse().unwrap();
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "did not exit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The program's pid: the child of the pane's shell (found in /proc).
    fn pid(&self) -> u32 {
        let start = Instant::now();
        let shell = self
            .tmux(&["display", "-p", "#{pane_pid}"])
            .trim()
            .to_string();
        loop {
            for entry in std::fs::read_dir("/proc").unwrap().flatten() {
                let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
                // pid (comm) state ppid …; comm may hold spaces, so split after ')'.
                let ppid = stat
                    .rsplit(')')
                    .next()
                    .and_then(|r| r.split_whitespace().nth(1));
                if ppid == Some(shell.as_str()) && stat.contains("(accords)") {
                    return entry.file_name().to_string_lossy().parse().unwrap();
                }
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no accords process under {shell}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The pane's alternate-screen, mouse-reporting and cursor-visible
    /// flags, as tmux sees them: "0 0 1" is a plain shell terminal.
    fn modes(&self) -> String {
        self.tmux(&[
            "display",
            "-p",
            "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
        ])
        .trim()
        .to_string()
    }

    /// Waits until [`Tmux::modes`] reads `want`; panics after 10 s.
    fn wait_modes(&self, want: &str) {
        let start = Instant::now();
        loop {
            let m = self.modes();
            if m == want {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "modes stayed {m:?}, not {want:?}, on:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends signal `sig` (a name: TERM, TSTP, CONT…) to `pid`.
    fn kill(&self, sig: &str, pid: u32) {
        let ok = Command::new("kill")
            .args([&format!("-{sig}"), &pid.to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{sig} {pid}");
    }

    /// Pastes `text` as a terminal does: with `bracketed`, between the
    /// bracketed-paste marks when the program asked for them (tmux
    /// `paste-buffer -p`), else as plain typed bytes.
    fn paste(&self, text: &str, bracketed: bool) {
        let file = self.dir.join("paste.buffer");
        std::fs::write(&file, text).unwrap();
        self.tmux(&["load-buffer", file.to_str().unwrap()]);
        let mut args = vec!["paste-buffer", "-d"];
        if bracketed {
            args.push("-p");
        }
        self.tmux(&args);
    }

    fn terminal_restored(&self) {
        let before = self.file("stty.before").unwrap();
        let after = self.file("stty.after").unwrap();
        assert_eq!(before, after, "terminal modes changed");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn search_filter_detail_and_quit() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("walk", &["--lang", "en"], &[]);
    t.wait_for("1 Partnerships");
    t.keys(&["2", "/"]);
    t.type_text("gsoia");
    let s = t.wait_for("2 Agreements 1 ");
    assert!(s.contains("Classified information (GSOIA)"), "{s}");
    t.keys(&["Enter", "Enter"]);
    let s = t.wait_for("Français");
    assert!(s.contains("Agreement on the Protection"), "{s}");
    assert!(s.contains("Accord sur la protection"), "{s}");
    t.keys(&["Escape"]);
    t.wait_for("Preview");
    t.keys(&["f"]);
    t.wait_for("[ ] space");
    t.keys(&["Escape", "?"]);
    t.wait_for("Help — keys");
    t.keys(&["Escape", "q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
}

#[test]
fn an_osc_title_sequence_in_the_data_does_not_reach_the_terminal() {
    if !have_tmux() {
        return;
    }
    let data = std::fs::read_to_string("tests/fixtures/minimal.ron")
        .unwrap()
        .replace(
            "title: (fr: \"France–Japon (exemple)\"",
            "title: (fr: \"France–Japon \\u{1b}]2;PWNED\\u{7}\\u{202e}(exemple)\"",
        );
    assert!(data.contains("PWNED"));
    let dir = std::env::temp_dir().join(format!("accords-osc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("osc.ron");
    std::fs::write(&file, data).unwrap();
    let t = Tmux::start(
        "osc",
        &["--lang", "fr", "--data", file.to_str().unwrap()],
        &[],
    );
    let s = t.wait_for("France–Japon");
    assert!(s.contains("␛]2;PWNED␇"), "shown as text:\n{s}");
    let title = t.tmux(&["display", "-p", "#{pane_title}"]);
    assert!(!title.contains("PWNED"), "pane title changed to {title}");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sigterm_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("term", &[], &[]);
    t.wait_for("accords");
    let pid = t.pid();
    Command::new("sh")
        .args(["-c", &format!("kill -TERM {pid}")])
        .status()
        .unwrap();
    assert_eq!(t.exit_code(), 143);
    t.terminal_restored();
}

#[test]
fn closing_the_terminal_ends_the_program() {
    // The terminal goes away (SIGHUP, then end-of-file on every read): the
    // program must exit, not spin on a dead terminal.
    if !have_tmux() {
        return;
    }
    // Started by hand: stderr must be the terminal too (a report printed
    // to it once the terminal is gone is what used to go wrong).
    let name = "hangup";
    let dir = std::env::temp_dir().join(format!("accords-e2e-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let t = Tmux {
        socket: format!("accords-e2e-{}-{name}", std::process::id()),
        dir,
    };
    let cmd = format!(
        "cd {}; XDG_CONFIG_HOME=. LANG=C.UTF-8 {}; sleep 60",
        sh_quote(&t.dir.display().to_string()),
        sh_quote(env!("CARGO_BIN_EXE_accords"))
    );
    let status = Command::new("tmux")
        .args(["-L", &t.socket, "-f", "/dev/null", "new-session", "-d"])
        .arg(format!("sh -c {}", sh_quote(&cmd)))
        .status()
        .unwrap();
    assert!(status.success());
    t.wait_for("accords");
    let pid = t.pid();
    t.tmux(&["kill-server"]);
    let start = Instant::now();
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next());
        if matches!(state, None | Some("Z")) {
            break;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("accords (pid {pid}) still ran without its terminal: {stat}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_panic_restores_the_terminal_and_prints_one_line() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start(
        "panic",
        &[],
        &[("ACCORDS_TEST_ON_KEY", "panic"), ("RUST_BACKTRACE", "1")],
    );
    t.wait_for("accords");
    t.keys(&["!"]);
    assert_eq!(t.exit_code(), 101);
    t.terminal_restored();
    let err = t.file("stderr").unwrap();
    assert!(
        err.contains("accords: internal error: forced panic (ACCORDS_TEST_ON_KEY)"),
        "{err}"
    );
    assert!(!err.contains("stack backtrace"), "{err}");
    assert!(!err.contains("panicked at"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn following_a_link_and_coming_back_by_keys_and_by_mouse() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("links", &["--lang", "en"], &[]);
    t.wait_for("1 Partnerships");
    // Keys: the GSOIA, its first link, and back.
    t.keys(&["2", "/"]);
    t.type_text("gsoia");
    t.wait_for("2 Agreements 1 ");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("Français");
    // Nothing is selected on a new page: Tab selects the first link.
    t.keys(&["Tab", "Enter"]);
    let s = t.wait_for("Classified information (GSOIA) › ");
    let crumb = s.lines().nth(2).unwrap();
    assert!(!s.contains("· id: gsoia"), "another record:\n{s}");
    assert!(
        crumb.len() > "Classified information (GSOIA) › ".len(),
        "{s}"
    );
    t.keys(&["BSpace"]);
    let s = t.wait_for("· id: gsoia");
    assert!(!s.contains(" › "), "one page left:\n{s}");
    t.keys(&["M-Right"]);
    t.wait_for("Classified information (GSOIA) › ");
    t.keys(&["M-Left", "Escape"]);
    t.wait_for("Preview");
    // Mouse: the Agreements tab is already shown; click the Timeline tab,
    // then back on Agreements, select the row and open it with a second click.
    t.keys(&["Escape"]);
    let (x, y) = t.locate("4 Timeline");
    t.click(x + 2, y);
    t.wait_for("┌ Timeline");
    let (x, y) = t.locate("2 Agreements");
    t.click(x + 2, y);
    t.wait_for("┌ Agreements");
    let (x, y) = t.locate("Defence Cooperation");
    t.click(x, y);
    t.wait_for(" 2 / 38");
    t.click(x, y);
    let s = t.wait_for("Français");
    assert!(
        s.lines().nth(2).unwrap().starts_with("Defence Cooperation"),
        "{s}"
    );
    // A link line, clicked, is followed.
    t.keys(&["End"]);
    let (x, y) = t.locate("→ related: Classified information (GSOIA)");
    t.click(x, y);
    t.wait_for("Defence Cooperation Agreement › Classified information (GSOIA)");
    t.keys(&["BSpace", "q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
}

#[test]
fn the_configuration_file_is_read_and_its_problems_shown() {
    if !have_tmux() {
        return;
    }
    let good = "(lang: \"fr\", keys: {\"list.open\": [\"o\"]})";
    let t = Tmux::start_with("config", &[], &[], &[("accords/config.ron", good)]);
    t.wait_for("1 Partenariats");
    let s = t.wait_for(" o ouvrir");
    assert!(!s.contains("Enter ouvrir"), "{s}");
    t.keys(&["o"]);
    t.wait_for("Français");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    assert_eq!(t.file("stderr").unwrap(), "");
    drop(t);

    // A broken file: reported in the status line, defaults kept, and
    // repeated on stderr after the terminal is restored.
    let bad = "(lang: \"fr\",\n colour: \"red\")";
    let t = Tmux::start_with(
        "badconfig",
        &["--lang", "en"],
        &[],
        &[("accords/config.ron", bad)],
    );
    let s = t.wait_for("config: ");
    assert!(s.contains("config.ron:2:"), "{s}");
    assert!(s.contains("Enter open") || s.contains("open"), "{s}");
    t.keys(&["j"]);
    let s = t.wait_for(" 2 / 3");
    assert!(
        !s.contains("config: "),
        "the notice goes with the first key:\n{s}"
    );
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
    let err = t.file("stderr").unwrap();
    assert!(err.contains("accords: warning: "), "{err}");
    assert!(err.contains("config.ron:2:"), "{err}");
    assert!(err.contains("defaults are used"), "{err}");
}

#[test]
fn watch_reloads_an_edited_file_and_shows_a_broken_edit() {
    if !have_tmux() {
        return;
    }
    let minimal = std::fs::read_to_string("tests/fixtures/minimal.ron").unwrap();
    let t = Tmux::start_with(
        "watch",
        &["--lang", "en", "--watch", "--data", "data.ron"],
        &[],
        &[("data.ron", &minimal)],
    );
    let file = t.dir.join("data.ron");
    t.keys(&["3"]);
    t.wait_for("Space dialogue");
    std::fs::write(
        &file,
        minimal.replace("Space dialogue", "Space and cyber dialogue"),
    )
    .unwrap();
    let s = t.wait_for("Space and cyber dialogue");
    assert!(s.contains("data reloaded (4 records)"), "{s}");
    assert!(s.contains("┌ Commitments"), "still on the tab:\n{s}");
    std::fs::write(
        &file,
        minimal.replace("status: Announced", "status: Anounced"),
    )
    .unwrap();
    let s = t.wait_for("last good data shown — data.ron:61:");
    assert!(s.contains("data.ron:61:"), "{s}");
    assert!(
        s.contains("Space and cyber dialogue"),
        "last good data kept:\n{s}"
    );
    std::fs::write(&file, &minimal).unwrap();
    let s = t.wait_for("data reloaded");
    assert!(!s.contains("last good data"), "{s}");
    assert!(s.contains("Space dialogue"), "{s}");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
}

/// The process state letter of `pid` (R, S, T…), or None once it is gone.
fn proc_state(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit(')')
        .next()
        .and_then(|r| r.split_whitespace().next())
        .map(str::to_string)
}

fn wait_state(pid: u32, want: &str) {
    let start = Instant::now();
    while proc_state(pid).as_deref() != Some(want) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "pid {pid} never reached state {want}: {:?}",
            proc_state(pid)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The red team's paste: Enter, `q` and a shell command in pasted text.
/// With bracketed paste it all lands in the query; the program keeps
/// running and writes nothing.
#[test]
fn a_paste_lands_in_the_query_and_never_acts_as_keys() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("paste", &["--lang", "en"], &[]);
    t.wait_for("1 Partnerships");
    t.keys(&["/"]);
    let text = format!(
        "korea\nq{}\ntouch SHELL_RAN_THIS\ne\nE\ne\ny\nL\n",
        " ".repeat(3000)
    );
    t.paste(&text, true);
    let s = t.wait_for("SHELL_RAN_THIS");
    let query = s.lines().find(|l| l.starts_with("/ ")).unwrap_or_default();
    assert!(
        query.contains("korea q touch SHELL_RAN_THIS e E e y L"),
        "{s}"
    );
    assert!(t.file("rc").is_none(), "the program quit:\n{s}");
    assert!(s.contains("Enter keep"), "still in the query line:\n{s}");
    let written: Vec<_> = std::fs::read_dir(&t.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("accords-") || n == "SHELL_RAN_THIS")
        .collect();
    assert!(written.is_empty(), "{written:?}");
    // Outside the query line a paste is ignored, with a notice.
    t.keys(&["Escape"]);
    t.paste("2\nq\n", true);
    let s = t.wait_for("paste ignored");
    assert!(s.contains("┌ Partnerships"), "{s}");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
    t.wait_modes("0 0 1");
}

/// A large burst of plain typed bytes (a paste without the brackets) is
/// read to its end and Ctrl-C right after it quits at once.
#[test]
fn ctrl_c_quits_right_after_a_large_unbracketed_burst() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("burst", &["--lang", "en"], &[]);
    t.wait_for("1 Partnerships");
    t.keys(&["/"]);
    let words: String = (0..20_000).map(|i| format!("w{i} ")).collect();
    assert!(words.len() > 100_000);
    t.paste(&words, false);
    let sent = Instant::now();
    t.tmux(&["send-keys", "C-c"]);
    assert_eq!(t.exit_code(), 0);
    let took = sent.elapsed();
    assert!(took < Duration::from_secs(5), "Ctrl-C took {took:?}");
    eprintln!(
        "Ctrl-C after a {} byte burst: exit seen in {took:?}",
        words.len()
    );
    t.terminal_restored();
    t.wait_modes("0 0 1");
}

/// Ctrl-Z restores the terminal and stops the program; `fg` (SIGCONT)
/// brings the interface back in raw mode, redrawn. SIGTSTP from outside
/// does the same.
#[test]
fn suspend_and_resume_restore_then_redraw() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("suspend", &["--lang", "en"], &[]);
    t.wait_for("1 Partnerships");
    let pid = t.pid();
    t.wait_modes("1 1 0");
    t.tmux(&["send-keys", "C-z"]);
    wait_state(pid, "T");
    t.wait_modes("0 0 1");
    t.tmux(&["send-keys", "-R"]);
    t.tmux(&["clear-history"]);
    t.kill("CONT", pid);
    t.wait_modes("1 1 0");
    t.wait_for("1 Partnerships");
    // Raw mode is back: one key acts at once, without Enter (in the
    // shell's cooked mode it would wait for a line).
    t.keys(&["2"]);
    t.wait_for("┌ Agreements");
    t.kill("TSTP", pid);
    wait_state(pid, "T");
    t.wait_modes("0 0 1");
    t.kill("CONT", pid);
    t.wait_modes("1 1 0");
    t.wait_for("┌ Agreements");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    t.terminal_restored();
    t.wait_modes("0 0 1");
}

/// Every catchable signal that ends the program restores the terminal
/// first: main screen, mouse reporting and bracketed paste off, cursor
/// shown, modes as before; the exit code is 128 + the signal.
#[test]
fn every_ending_signal_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    for (sig, n) in [
        ("QUIT", 3),
        ("USR1", 10),
        ("USR2", 12),
        ("ALRM", 14),
        ("INT", 2),
        ("HUP", 1),
    ] {
        let t = Tmux::start(&format!("sig{sig}"), &[], &[]);
        t.wait_for("accords");
        let pid = t.pid();
        t.wait_modes("1 1 0");
        t.kill(sig, pid);
        assert_eq!(t.exit_code(), 128 + n, "SIG{sig}");
        t.terminal_restored();
        t.wait_modes("0 0 1");
    }
}

/// A signal while the interface thread is busy: the signal thread restores
/// the terminal itself after a second and ends the program.
#[test]
fn a_signal_while_the_interface_is_busy_still_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start("busy", &[], &[("ACCORDS_TEST_ON_KEY", "hang")]);
    t.wait_for("accords");
    let pid = t.pid();
    t.keys(&["!"]);
    t.kill("TERM", pid);
    assert_eq!(t.exit_code(), 143);
    t.terminal_restored();
    t.wait_modes("0 0 1");
}

/// `stty rows 65535 cols 65535`: the program says the terminal is too
/// large instead of allocating screens of that size, and quits cleanly.
#[test]
fn an_absurd_terminal_size_is_refused_on_screen() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::start_after(
        "huge",
        &["--lang", "en"],
        &[],
        &[],
        "stty rows 65535 cols 65535;",
    );
    t.wait_for("Terminal too large");
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    assert_eq!(t.file("stderr").unwrap(), "");
}

/// `o` on a detail page runs $BROWSER directly with the source's URL as
/// its only argument, and the status line names it.
#[test]
fn o_runs_the_browser_on_the_source_url() {
    if !have_tmux() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("accords-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("args");
    let script = dir.join("browser.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >> {}\n",
            sh_quote(&log.display().to_string())
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let t = Tmux::start(
        "browser",
        &["--lang", "en"],
        &[("BROWSER", script.to_str().unwrap())],
    );
    t.wait_for("1 Partnerships");
    t.keys(&["2", "/"]);
    t.type_text("gsoia");
    t.wait_for("2 Agreements 1 ");
    t.keys(&["Enter", "Enter"]);
    t.wait_for("· id: gsoia");
    t.keys(&["o"]);
    let s = t.wait_for("opening https://");
    let start = Instant::now();
    while std::fs::read_to_string(&log).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "browser not run:\n{s}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let args = std::fs::read_to_string(&log).unwrap();
    assert_eq!(args.lines().count(), 1, "one argument: {args}");
    assert!(args.starts_with("https://"), "{args}");
    let head: String = args.trim().chars().take(40).collect();
    assert!(
        s.contains(&format!("opening {head}")),
        "the status line names it:\n{s}"
    );
    t.keys(&["q"]);
    assert_eq!(t.exit_code(), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}
