//! The output guard every command writes through: [`Stdout`] (a duplicate
//! of stdout whose write errors are reported, and a closed pipe ends the
//! output quietly), [`say`] for one cleaned line on stderr, clap's errors
//! printed cleaned.

use std::io::Write;

use crate::sanitize;

/// Writes one message (a line or several) to stderr through
/// [`sanitize::terminal_safe`], ending it with a newline. A failure is
/// ignored: there is nowhere left to report it (`eprintln!` would panic).
pub fn say(message: &str) {
    let mut text = sanitize::terminal_safe(message).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Why command output stopped.
#[derive(Debug)]
pub enum WriteFailed {
    /// The reader went away (`accords list | head -1`): not an error.
    ClosedPipe,
    /// Any other failure (a full disk, a closed stdout), already reported
    /// on stderr.
    Error,
}

impl WriteFailed {
    /// The exit code after output stopped, for a command that would have
    /// exited with `code`: a closed pipe leaves it, an error makes it at least 1.
    pub fn exit_code(&self, code: i32) -> i32 {
        match self {
            WriteFailed::ClosedPipe => code,
            WriteFailed::Error => code.max(1),
        }
    }
}

/// Command output on stdout, every string through [`sanitize::terminal_safe`].
/// Unlike `println!`, a write error is seen (Rust's `stdout()` takes a
/// closed stdout for a success) and never panics.
pub struct Stdout {
    /// stdout duplicated, or why it cannot be.
    file: std::io::Result<std::fs::File>,
}

impl Default for Stdout {
    fn default() -> Self {
        Self::new()
    }
}

impl Stdout {
    pub fn new() -> Stdout {
        #[cfg(unix)]
        let file = {
            use std::os::fd::AsFd;
            std::io::stdout()
                .as_fd()
                .try_clone_to_owned()
                .map(std::fs::File::from)
                .and_then(|f| match was_closed(&f) {
                    true => Err(std::io::Error::other("stdout is closed")),
                    false => Ok(f),
                })
        };
        #[cfg(not(unix))]
        let file = Err(std::io::ErrorKind::Unsupported.into());
        Stdout { file }
    }

    /// Writes `text`; on failure, says why on stderr (once per failure).
    pub fn write(&mut self, text: &str) -> Result<(), WriteFailed> {
        let text = sanitize::terminal_safe(text);
        let result = match &mut self.file {
            Ok(file) => file.write_all(text.as_bytes()),
            #[cfg(not(unix))]
            Err(_) => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|()| out.flush())
            }
            #[cfg(unix)]
            Err(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
        };
        match result {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(WriteFailed::ClosedPipe),
            Err(e) => {
                say(&format!("accords: cannot write the output: {e}"));
                Err(WriteFailed::Error)
            }
        }
    }
}

/// Whether stdout was closed when accords started: Rust's runtime then
/// opens /dev/null read-write in its place (`> /dev/null` opens it
/// write-only and is left alone).
#[cfg(unix)]
pub(super) fn was_closed(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;
    let null = |f: std::io::Result<std::fs::Metadata>| f.ok().map(|m| (m.dev(), m.ino(), m.rdev()));
    // SAFETY: F_GETFL only reads the flags of a descriptor `file` keeps open.
    let flags = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETFL) };
    flags >= 0
        && flags & libc::O_ACCMODE == libc::O_RDWR
        && null(file.metadata()).is_some_and(|m| Some(m) == null(std::fs::metadata("/dev/null")))
}

/// Prints what clap has to say (help and version on stdout, errors on
/// stderr) through the output guard; returns the exit code.
pub fn print_clap(e: &clap::Error) -> i32 {
    let text = e.render().to_string();
    if e.use_stderr() {
        say(&text);
        e.exit_code()
    } else {
        match Stdout::new().write(&text) {
            Ok(()) => e.exit_code(),
            Err(failed) => failed.exit_code(e.exit_code()),
        }
    }
}

/// `s` quoted for a POSIX shell when it needs to be.
pub fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || "-_.,:/+@%".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}
