//! The command line (`:`), for what takes many keys otherwise: `:year
//! 2020..2025`, `:status in-force`, `:domain space`, `:party kr`, `:sort
//! in-force desc`, `:goto ID`, `:export csv`, `:clear`. Tab completes the
//! command's name, ↑/↓ go through this session's earlier commands, an
//! unknown command answers with the nearest one.

use super::*;
use crate::model::Status;

/// The commands, with what each takes, as the help and completion show.
pub const COMMANDS: &[(&str, &str)] = &[
    ("year", "FROM..TO | FROM.. | ..TO | YEAR"),
    ("status", "STATUS (in-force, signed…)"),
    ("domain", "DOMAIN (space, cyber…)"),
    ("party", "PARTY (kr, ca…)"),
    ("sort", "FIELD [desc] (title, date, signed, in-force…)"),
    ("goto", "ID"),
    ("export", "md | csv | json"),
    ("clear", "(every filter)"),
];

/// The command line while it is open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandLine {
    pub text: String,
    /// Where ↑/↓ stand in the history (None: the line being typed).
    pub recall: Option<usize>,
}

fn compact(s: &str) -> String {
    crate::fold::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn parse_status(s: &str) -> Option<Status> {
    let want = compact(s);
    Status::ALL.into_iter().find(|&st| {
        compact(&format!("{st:?}")) == want
            || compact(st.label(Lang::Fr)) == want
            || compact(st.label(Lang::En)) == want
    })
}

/// `2020..2025`, `2020..`, `..2025`, `2020`.
fn parse_years(s: &str) -> Result<(Option<i32>, Option<i32>), String> {
    let year = |t: &str| -> Result<Option<i32>, String> {
        let t = t.trim();
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<i32>()
            .map(Some)
            .map_err(|_| format!("\"{t}\" is not a year"))
    };
    match s.split_once("..") {
        Some((a, b)) => Ok((year(a)?, year(b)?)),
        None => {
            let y = year(s)?;
            Ok((y, y))
        }
    }
}

impl App {
    pub(super) fn start_command(&mut self) {
        self.command = Some(CommandLine::default());
    }

    pub(super) fn edit_command(&mut self, edit: impl FnOnce(&mut String)) {
        if let Some(c) = &mut self.command {
            edit(&mut c.text);
            c.recall = None;
        }
    }

    /// ↑ / ↓: an earlier (or later) command of this session.
    pub(super) fn recall_command(&mut self, back: bool) {
        let n = self.command_history.len();
        let Some(c) = &mut self.command else { return };
        if n == 0 {
            return;
        }
        let at = match (c.recall, back) {
            (None, true) => Some(n - 1),
            (None, false) => None,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < n => Some(i + 1),
            (Some(_), false) => None,
        };
        c.text = at
            .map(|i| self.command_history[i].clone())
            .unwrap_or_default();
        c.recall = at;
    }

    /// Tab: the command's name completed when one name fits what is typed.
    pub(super) fn complete_command(&mut self) {
        let Some(c) = &mut self.command else { return };
        if c.text.contains(' ') {
            return;
        }
        let fits: Vec<&str> = COMMANDS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| n.starts_with(c.text.trim()))
            .collect();
        if let [one] = fits[..] {
            c.text = format!("{one} ");
        }
    }

    /// Enter: runs the line, keeps it in the history, closes it.
    pub(super) fn run_command(&mut self) {
        let Some(c) = self.command.take() else { return };
        let line = c.text.trim().to_string();
        if line.is_empty() {
            return;
        }
        if self.command_history.last() != Some(&line) {
            self.command_history.push(line.clone());
        }
        if let Err(e) = self.execute(&line) {
            self.notice = Some(Notice::CommandFailed(e));
        }
    }

    fn execute(&mut self, line: &str) -> Result<(), String> {
        let (name, arg) = line.split_once(' ').unwrap_or((line, ""));
        let arg = arg.trim();
        let name = name.trim_start_matches(':').to_ascii_lowercase();
        match name.as_str() {
            "year" | "years" => {
                let (from, to) = parse_years(arg)?;
                self.filters.from_year = from;
                self.filters.to_year = to;
            }
            "status" => {
                let s = parse_status(arg).ok_or_else(|| format!("unknown status \"{arg}\""))?;
                if !self.filters.statuses.contains(&s) {
                    self.filters.statuses.push(s);
                }
            }
            "domain" => {
                let d = crate::model::Domain::from_slug(arg)
                    .ok_or_else(|| format!("unknown domain \"{arg}\""))?;
                self.filters.domains.insert(d);
            }
            "party" => {
                let ps = crate::query::resolve_party(&self.catalog, arg)?;
                self.filters.parties.extend(ps);
            }
            "clear" => self.filters = Filters::default(),
            "sort" => {
                let spec = arg.replace(' ', ":");
                let sort = crate::sort::Sort::parse(&spec)?;
                self.set_sort(sort);
                self.notice = Some(Notice::Sorted(self.sort));
                return Ok(());
            }
            "goto" | "go" => {
                let want = arg.to_lowercase();
                let r = (self.catalog.records.iter())
                    .position(|r| r.id.to_lowercase() == want)
                    .ok_or_else(|| format!("no record \"{arg}\""))?;
                self.view = View::Detail;
                self.open(r);
                return Ok(());
            }
            "export" => {
                self.export_format = match arg {
                    "md" | "markdown" | "" => ExportFormat::Markdown,
                    "csv" => ExportFormat::Csv,
                    "json" => ExportFormat::Json,
                    other => {
                        return Err(format!("unknown export format \"{other}\" (md, csv, json)"));
                    }
                };
                self.export();
                return Ok(());
            }
            other => {
                let near = COMMANDS
                    .iter()
                    .map(|(n, _)| *n)
                    .min_by_key(|n| {
                        let common = n
                            .chars()
                            .zip(other.chars())
                            .take_while(|(a, b)| a == b)
                            .count();
                        (usize::MAX - common, n.len().abs_diff(other.len()))
                    })
                    .unwrap_or("year");
                return Err(format!(
                    "unknown command \"{other}\"; did you mean :{near}?"
                ));
            }
        }
        // A filter changed.
        self.recount_filters();
        self.requery(false);
        Ok(())
    }
}
