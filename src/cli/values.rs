//! The command line's value parsers: statuses, domains, dates and sort
//! keys as typed, each with its values offered to `--help` and completions.

use clap::builder::{PossibleValue, TypedValueParser};

use super::STATUSES;
use crate::model::{Domain, Lang, PartialDate, Status};
use crate::sanitize;
use crate::sort::{Sort, SortKey};

/// Orders two dates at the precision both have: `2025` and `2025-10` are
/// equal, `2025-09-15` comes before `2025-10`.
pub(super) fn cmp_common(a: PartialDate, b: PartialDate) -> std::cmp::Ordering {
    let parts = |d: PartialDate| [Some(d.year), d.month.map(i32::from), d.day.map(i32::from)];
    parts(a)
        .into_iter()
        .zip(parts(b))
        .map_while(|(x, y)| Some(x?.cmp(&y?)))
        .find(|o| o.is_ne())
        .unwrap_or(std::cmp::Ordering::Equal)
}

/// `--sort`: [`Sort::parse`], with the closest key suggested and the keys
/// offered to shell completions.
#[derive(Debug, Clone, Copy)]
pub(super) struct SortParser;

impl TypedValueParser for SortParser {
    type Value = Sort;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Sort, clap::Error> {
        let s = value.to_string_lossy();
        Sort::parse(&s).map_err(|e| {
            let names: Vec<&str> = SortKey::ALL.iter().map(|k| k.slug()).collect();
            let field = s
                .split(':')
                .next()
                .unwrap_or_default()
                .trim()
                .to_lowercase();
            let hint = match crate::suggest::closest(&field, &names) {
                Some(n) if e.starts_with("unknown sort field") => {
                    format!("; did you mean \"{n}\"?")
                }
                _ => String::new(),
            };
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "--sort: {}{hint}\n",
                    sanitize::clean_line(&crate::wrap::truncate(&e, 200))
                ),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            SortKey::ALL.iter().map(|k| PossibleValue::new(k.slug())),
        ))
    }
}

/// `--since` and `--until`: a date (YYYY, YYYY-MM or YYYY-MM-DD), the
/// value quoted cleaned and cut in the error.
#[derive(Debug, Clone, Copy)]
pub(super) struct DateParser;

impl TypedValueParser for DateParser {
    type Value = PartialDate;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<PartialDate, clap::Error> {
        let s = value.to_string_lossy();
        PartialDate::parse(s.trim()).map_err(|_| {
            let name = arg.map(|a| format!("--{}", a.get_id())).unwrap_or_default();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "{name}: \"{}\" is not a date; dates are YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-10, 2025-10-30), and real ones\n",
                    sanitize::clean_line(&crate::wrap::truncate(&s, 60)),
                ),
            )
            .with_cmd(cmd)
        })
    }
}

/// Letters and digits only, folded: `In_Force`, `in-force`, `InForce` → `inforce`.
pub(super) fn compact(s: &str) -> String {
    crate::fold::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Parses a status from its kebab name (`in-force`), any case or separator
/// (`InForce`, `in_force`), or its French or English label (`en vigueur`).
pub fn parse_status(s: &str) -> Option<Status> {
    let want = compact(s);
    if want.is_empty() {
        return None;
    }
    STATUSES.into_iter().find(|&st| {
        compact(crate::output::status_slug(st)) == want
            || compact(st.label(Lang::Fr)) == want
            || compact(st.label(Lang::En)) == want
    })
}

/// `--status`: [`parse_status`], with the kebab names offered to `--help`
/// and shell completions.
#[derive(Debug, Clone, Copy)]
pub(super) struct StatusParser;

impl TypedValueParser for StatusParser {
    type Value = Status;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Status, clap::Error> {
        let s = value.to_string_lossy();
        parse_status(&s).ok_or_else(|| {
            let all: Vec<&str> = STATUSES
                .iter()
                .map(|&st| crate::output::status_slug(st))
                .collect();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "unknown status \"{}\"; one of: {}\n",
                    crate::sanitize::clean_line(&s),
                    all.join(", ")
                ),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(STATUSES.iter().map(|&st| {
            PossibleValue::new(crate::output::status_slug(st)).help(st.label(Lang::Fr))
        })))
    }
}

/// `--domain`: a domain's slug or name. Its own error names the value
/// cleaned (clap's would quote it raw).
#[derive(Debug, Clone, Copy)]
pub(super) struct DomainParser;

impl TypedValueParser for DomainParser {
    type Value = Domain;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Domain, clap::Error> {
        let s = value.to_string_lossy();
        Domain::from_slug(&s).ok_or_else(|| {
            let all: Vec<&str> = Domain::ALL.iter().map(|d| d.slug()).collect();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "unknown domain \"{}\"; one of: {}\n",
                    sanitize::clean_line(&s),
                    all.join(", ")
                ),
            )
            .with_cmd(cmd)
        })
    }
}
