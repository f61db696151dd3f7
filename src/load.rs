//! Reading and parsing a dataset file. No terminal code: everything here runs
//! before the interface starts, so a bad file is reported on a sane terminal.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use crate::model::Dataset;
use crate::sanitize::path as shown;

/// The dataset compiled into the binary.
pub const EMBEDDED: &str = include_str!("../data/canada-korea.ron");
/// The name the embedded dataset is reported under.
pub const EMBEDDED_NAME: &str = "data/canada-korea.ron";
/// Files larger than this are refused before they are read (`--max-size`).
pub const DEFAULT_MAX_SIZE: u64 = 512 * 1024 * 1024;

/// Why a dataset could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all (missing, a directory, no permission, too big).
    Read { path: PathBuf, message: String },
    /// The bytes are not UTF-8: the byte offset of the first bad byte, and
    /// its 1-based line and column.
    Utf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
        col: usize,
    },
    /// The text is not a valid dataset; position is 1-based line and column (in chars).
    Parse {
        path: PathBuf,
        line: usize,
        col: usize,
        /// Width of the offending token, in chars (at least 1).
        len: usize,
        message: String,
    },
}

impl LoadError {
    /// Exit code for the user: 2 when the file could not be read, 1 when its content is wrong.
    pub fn exit_code(&self) -> i32 {
        match self {
            LoadError::Read { .. } => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Read { path, message } => {
                write!(f, "{}: error: cannot read: {message}", shown(path))
            }
            LoadError::Utf8 {
                path,
                offset,
                line,
                col,
            } => write!(
                f,
                "{}:{line}:{col}: error: invalid UTF-8 at byte offset {offset}",
                shown(path)
            ),
            LoadError::Parse {
                path,
                line,
                col,
                message,
                ..
            } => write!(
                f,
                "{}:{line}:{col}: error: {}",
                shown(path),
                crate::sanitize::shown_message(message)
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// What a file is read as: it names the file in messages and says which
/// limit applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A dataset: `--max-size` sets its limit.
    Dataset,
    /// The configuration file, with its fixed limit ([`crate::config::MAX_SIZE`]).
    Config,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Dataset => "a dataset file",
            Role::Config => "a configuration file",
        }
    }

    fn over(self, what: String, cap: u64) -> String {
        match self {
            Role::Dataset => {
                format!("{what}, above the limit of {cap} bytes (raise it with --max-size)")
            }
            Role::Config => {
                format!("{what}, above the limit of {cap} bytes for a configuration file")
            }
        }
    }
}

/// Opens `path` for reading when it is a regular file of at most `cap`
/// bytes; else says why not (without the path). The file is opened without
/// waiting (`O_NONBLOCK`: opening a FIFO would block until a writer comes)
/// and checked on the open handle (`fstat`), so what is read is what was
/// checked, even if the path is replaced meanwhile. Returns the file, in
/// blocking mode again, and its size.
pub fn open_regular(path: &Path, cap: u64, role: Role) -> Result<(File, u64), String> {
    let file = open_no_wait(path).map_err(|e| io_message(&e))?;
    let meta = file.metadata().map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err(format!("is a directory, not {}", role.noun()));
    }
    if !meta.is_file() {
        return Err(format!(
            "is {}, not a regular file; only regular files are read",
            special_kind(&meta)
        ));
    }
    if meta.len() > cap {
        return Err(role.over(format!("file is {} bytes", meta.len()), cap));
    }
    set_blocking(&file).map_err(|e| io_message(&e))?;
    Ok((file, meta.len()))
}

#[cfg(unix)]
fn open_no_wait(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_no_wait(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// Clears `O_NONBLOCK` on a file checked to be regular (where it changes
/// nothing on Linux, but POSIX leaves it open).
#[cfg(unix)]
fn set_blocking(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` stays open while `file` lives; F_GETFL and F_SETFL only
    // read and change its status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(unix))]
fn set_blocking(_: &File) -> std::io::Result<()> {
    Ok(())
}

/// What a file that is neither regular nor a directory is, for a message.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "a special file"
}

/// Reads the bytes of `path` as a file of `role`: a regular file
/// ([`open_regular`]), and never more than `cap + 1` bytes whatever its
/// size said (a file growing past `cap` while read is refused too).
pub fn read_bytes(path: &Path, cap: u64, role: Role) -> Result<Vec<u8>, LoadError> {
    let read_err = |message: String| LoadError::Read {
        path: path.to_path_buf(),
        message,
    };
    let (file, len) = open_regular(path, cap, role).map_err(read_err)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).map_or(0, |n| n.saturating_add(1)));
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| read_err(io_message(&e)))?;
    if bytes.len() as u64 > cap {
        // Its size said less (a file in /proc, or one growing meanwhile).
        return Err(read_err(role.over(
            format!("file is over {cap} bytes once read (its size said {len})"),
            cap,
        )));
    }
    Ok(bytes)
}

/// The error for bytes that are not UTF-8 from `offset` on.
pub fn utf8_error(path: &Path, bytes: &[u8], offset: usize) -> LoadError {
    let good = String::from_utf8_lossy(&bytes[..offset.min(bytes.len())]);
    let line = good.matches('\n').count() + 1;
    let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    LoadError::Utf8 {
        path: path.to_path_buf(),
        offset,
        line,
        col,
    }
}

/// Reads the text of a file of `role` ([`read_bytes`]), which must be UTF-8.
pub fn read_text(path: &Path, cap: u64, role: Role) -> Result<String, LoadError> {
    let bytes = read_bytes(path, cap, role)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        utf8_error(path, e.as_bytes(), offset)
    })
}

/// Reads a dataset file (at most `max_size` bytes, see [`read_bytes`]).
pub fn read_file(path: &Path, max_size: u64) -> Result<String, LoadError> {
    read_text(path, max_size, Role::Dataset)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The RON options every dataset is read with: `Some(…)` may be left out
/// around optional values; the default recursion limit stays on.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses dataset text. A UTF-8 byte-order mark is skipped; CRLF is fine.
pub fn parse(path: &Path, text: &str) -> Result<Dataset, LoadError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body.trim().is_empty() {
        return Err(LoadError::Parse {
            path: path.to_path_buf(),
            line: 1,
            col: 1,
            len: 1,
            message: "the file is empty; a dataset starts with `Dataset(`".into(),
        });
    }
    ron_options().from_str(body).map_err(|e| {
        // ron reports the position just past the offending token; that is
        // where a reader looks, so it is kept as is.
        let (start, end) = (&e.span.start, &e.span.end);
        let (line, col) = (start.line.max(1), start.col.max(1));
        let len = if end.line == start.line && end.col > start.col {
            end.col - start.col
        } else {
            1
        };
        LoadError::Parse {
            path: path.to_path_buf(),
            line,
            col,
            len,
            message: e.code.to_string(),
        }
    })
}

/// Reads and parses a dataset file.
pub fn load_file(path: &Path, max_size: u64) -> Result<(String, Dataset), LoadError> {
    let text = read_file(path, max_size)?;
    let data = parse(path, &text)?;
    Ok((text, data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dataset_parses() {
        let data = parse(Path::new(EMBEDDED_NAME), EMBEDDED).unwrap();
        assert!(!data.agreements.is_empty());
    }

    #[test]
    fn parse_errors_carry_line_and_column() {
        let text = "Dataset(\n  title: (fr: \"a\", en: \"b\"),\n  partys: [],\n)";
        let err = parse(Path::new("x.ron"), text).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.ron:3:"), "{msg}");
        assert!(msg.contains("partys"), "{msg}");
        assert_eq!(err.exit_code(), 1);
    }

    #[test]
    fn empty_file_and_bom() {
        let err = parse(Path::new("e.ron"), "  \n").unwrap_err();
        assert!(err.to_string().contains("empty"));
        let text = "\u{feff}Dataset(title: (fr: \"a\", en: \"b\"), parties: [], sources: [])";
        assert!(parse(Path::new("b.ron"), text).is_ok());
    }

    #[test]
    fn impossible_date_is_a_parse_error_with_position() {
        let text = "Dataset(title: (fr: \"a\", en: \"b\"), parties: [], sources: [\n (id: \"s\", title: \"t\", publisher: \"p\", date: \"2025-02-30\"),\n])";
        let msg = parse(Path::new("d.ron"), text).unwrap_err().to_string();
        assert!(msg.starts_with("d.ron:2:"), "{msg}");
        assert!(msg.contains("February 2025 has 28 days"), "{msg}");
    }
}
