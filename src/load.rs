//! Reading and parsing a dataset file. No terminal code: everything here runs
//! before the interface starts, so a bad file is reported on a sane terminal.

use std::fmt;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use crate::model::Dataset;

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
                write!(f, "{}: error: cannot read: {message}", path.display())
            }
            LoadError::Utf8 {
                path,
                offset,
                line,
                col,
            } => write!(
                f,
                "{}:{line}:{col}: error: invalid UTF-8 at byte offset {offset}",
                path.display()
            ),
            LoadError::Parse {
                path,
                line,
                col,
                message,
                ..
            } => write!(f, "{}:{line}:{col}: error: {message}", path.display()),
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads `path`, refusing files above `max_size` bytes before reading them.
pub fn read_file(path: &Path, max_size: u64) -> Result<String, LoadError> {
    let read_err = |message: String| LoadError::Read {
        path: path.to_path_buf(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| read_err(io_message(&e)))?;
    if meta.is_dir() {
        return Err(read_err("is a directory, not a dataset file".into()));
    }
    if meta.len() > max_size {
        return Err(read_err(format!(
            "file is {} bytes, above the limit of {max_size} bytes (raise it with --max-size)",
            meta.len()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| read_err(io_message(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let good = String::from_utf8_lossy(&e.as_bytes()[..offset]);
        let line = good.matches('\n').count() + 1;
        let col = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        LoadError::Utf8 {
            path: path.to_path_buf(),
            offset,
            line,
            col,
        }
    })
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
