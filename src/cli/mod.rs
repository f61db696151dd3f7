//! The command line: the clap definitions (options, commands, the filter
//! flags as typed, [`FilterArgs`], which build [`query::Filters`]), the
//! value parsers, and the output guard every command writes through
//! ([`Stdout`], [`say`]). Opening a dataset is `pipeline`'s; running a
//! command, `commands`'.

mod values;
mod write;

use std::collections::BTreeSet;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::catalog::{Catalog, Kind};
use crate::config::{self, Config};
use crate::load::DEFAULT_MAX_SIZE;
use crate::model::{Domain, Lang, PartialDate, Status};
use crate::query;
use crate::sort::Sort;

pub use values::parse_status;
use values::*;
pub use write::{Stdout, WriteFailed, print_clap, say, shell_word};

#[derive(Debug, Parser)]
#[command(
    name = "accords",
    version,
    about = "Browse bilateral partnerships, agreements and commitments, French and English side by side",
    long_about = "Browse bilateral partnerships, agreements and commitments, French and English side by side.\n\n\
Without a command, opens the browser on the embedded Canada–Republic of Korea dataset \
(or on --data FILE). Press ? in the browser for the keys.",
    after_help = "Examples:
  accords                                      open the browser
  accords --domain space --domain cyber        open it filtered
  accords --kind commitment --party korea      open it on a tab, filtered
  accords --data my.ron --watch                open a dataset, reread on every save
  accords config --default > ~/.config/accords/config.ron
  accords list --kind agreement --domain trade
  accords search gsoia --format json
  accords show gsoia --lang en
  accords open gsoia --source 2
  accords check --strict
  accords completions bash > ~/.local/share/bash-completion/completions/accords
  accords man > accords.1

Exit codes: 0 success, 1 the dataset has errors (or `search` matched nothing, \
`show` or `open` got an unknown or ambiguous name, or `open` a source it cannot open), \
2 a file could not be read or the arguments are wrong."
)]
pub struct Cli {
    /// Open this RON dataset instead of the embedded one.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// The browser starts with these filters on (the same as `list`'s; `--kind`
    /// picks the tab it opens on). `list` and `search` use them when they are
    /// not given after the command.
    #[command(flatten, next_help_heading = "Filters")]
    pub filters: FilterArgs,

    /// Interface language; defaults to the configuration's `lang`, else the locale (LC_ALL,
    /// LC_MESSAGES, LANG), else English.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Colour theme: dark, light, or mono (modifiers only; used automatically
    /// when NO_COLOR is set); defaults to the configuration's `theme`, else dark.
    #[arg(long, value_parser = ["dark", "light", "mono"])]
    pub theme: Option<String>,

    /// Do not capture the mouse (it is on by default: click a tab, a row or
    /// a link; the wheel scrolls the pane under the pointer).
    #[arg(long)]
    pub no_mouse: bool,

    /// Reload the dataset when its file changes, keeping the selection; a
    /// broken edit shows its diagnostic and keeps the last good data. Needs --data.
    #[arg(long, requires = "data")]
    pub watch: bool,

    /// Read this configuration file instead of
    /// $XDG_CONFIG_HOME/accords/config.ron (~/.config/accords/config.ron).
    #[arg(long, value_name = "FILE", global = true, conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore the configuration file.
    #[arg(long, global = true)]
    pub no_config: bool,

    /// Refuse dataset files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_SIZE, global = true)]
    pub max_size: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate datasets (the embedded one when no file is given) and print diagnostics.
    Check {
        /// Dataset files to check.
        files: Vec<PathBuf>,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },

    /// List records, filtered, as a table, JSON, CSV or Markdown.
    #[command(
        long_about = "List records, filtered, as a table, JSON, CSV or Markdown.\n\n\
Records come in the browser's order: partnerships, agreements, commitments, \
then events; newest first within a kind, events oldest first (a timeline). \
Filters combine: a record must pass every one given.",
        after_help = "Examples:
  accords list
  accords list --kind agreement --domain trade
  accords list --status in-force --format csv > in-force.csv
  accords list --party korea --domain cyber --domain space --format md
  accords list --kind event --lang fr --format json
  accords list --kind agreement --sort in-force:desc --fields id,title,signed,in_force
  accords list --since 2025-10 --format tsv | cut -f1"
    )]
    List {
        #[command(flatten)]
        filters: FilterArgs,
        #[command(flatten)]
        output: Output,
    },

    /// Search like the browser's `/` and print the matches, best first.
    #[command(
        long_about = "Search like the browser's `/` and print the matches, best first.\n\n\
Ids, titles, short titles, aliases, party names, domains, statuses, dates and \
summaries are searched in both languages at once, ignoring case and accents. \
Every word must match (as a whole word, a prefix, inside a word, or with a \
missing letter in titles). Matches of every kind are ranked together by \
score, best first; equal scores keep the list order.\n\n\
Exit code: 0 when a record matches, 1 when none does (as grep; the empty \
table, `[]` or the CSV header is still printed), 2 for bad arguments.",
        after_help = "Examples:
  accords search gsoia
  accords search protec classif --format json
  accords search défense --kind commitment --lang fr
  accords search 2026 --party coree --format csv
  accords search defence --sort date:desc --fields id,date,score
  accords search gsoia > /dev/null && echo found"
    )]
    Search {
        /// The words to look for (quote them or not: several words must all match).
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        #[command(flatten)]
        filters: FilterArgs,
        #[command(flatten)]
        output: Output,
    },

    /// Print one record in full: fields, summary, history, caveats, sources and links.
    #[command(
        long_about = "Print one record in full: every field, the summary, the status history, \
the certainty notes (caveats), the sources and the related records (with their ids \
and titles), in French and English.\n\n\
The record is named by its id (in any case), an alias (GSOIA, CKFTA) or a \
registry number (E100527, \"CTS 1966 No. 26\"), when that names one record; \
an event carrying the alias of the record it is about gives way to it. A \
name several records share exits with code 1 and lists their ids; an \
unknown one exits with code 1 and suggests close ids.",
        after_help = "Examples:
  accords show gsoia
  accords show GSOIA --lang en
  accords show E100527
  accords show sdcp-2025 --format json"
    )]
    Show {
        /// The record's id, as `accords list` prints it (gsoia), in any case; or an
        /// alias (CKFTA) or registry number (E100527) that names one record.
        #[arg(value_name = "ID")]
        id: String,
        /// Language of the document: fr, en, or both as two sections [default: both,
        /// or the global --lang when given].
        #[arg(long, value_enum)]
        lang: Option<ShowLang>,
        /// Output format: a Markdown document, or one JSON object with every field.
        #[arg(long, value_enum, default_value_t = ShowFormat::Md)]
        format: ShowFormat,
    },

    /// Open a record's source in the web browser and print its address.
    #[command(
        long_about = "Open a record's source in the web browser and print its address.\n\n\
The source is the first of the record's sources, or the one --source names by its \
number in `accords show ID` (and in the browser's detail view). The browser is the \
first program of $BROWSER (a `:`-separated list) that starts, else xdg-open, else \
open; it is run directly, never through a shell, and only http(s) addresses are \
opened. The record is named as `accords show` takes it: an id in any \
case, an alias or a registry number.\n\n\
The address is printed on stdout in every case. When no program can open it, \
stderr says so and the exit code is still 0: the address is there to open by hand. \
An unknown or ambiguous name, a source number out of range, a source without an address or with \
an address that is not http(s) exit with code 1.",
        after_help = "Examples:
  accords open gsoia
  accords open gsoia --source 2
  BROWSER=w3m accords open ckfta"
    )]
    Open {
        /// The record, named as `accords show` takes it: an id in any case, an
        /// alias or a registry number.
        #[arg(value_name = "ID")]
        id: String,
        /// The source's number, from 1, as `accords show ID` numbers them [default: 1].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        source: Option<u32>,
    },

    /// Show the configuration file: where it is, what it sets, what is wrong.
    #[command(
        long_about = "Show the configuration file: where it is looked for, whether it exists, \
the settings it makes and every problem in it (exit code 1 when there is one).\n\n\
With --default, print a complete configuration that changes nothing: every \
setting and every key binding by name, commented out, ready to save and edit.",
        after_help = "Examples:
  accords config
  mkdir -p ~/.config/accords && accords config --default > ~/.config/accords/config.ron
  accords config --config ./test.ron"
    )]
    Config {
        /// Print the default configuration instead.
        #[arg(long)]
        default: bool,
    },

    /// Print a shell completion script to stdout.
    #[command(after_help = "Examples:
  accords completions bash > ~/.local/share/bash-completion/completions/accords
  accords completions zsh > ~/.zfunc/_accords
  accords completions fish > ~/.config/fish/completions/accords.fish")]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the manual page (roff) to stdout.
    #[command(after_help = "Examples:
  accords man > accords.1 && man ./accords.1
  accords man list > accords-list.1")]
    Man {
        /// Print the page of this command (accords-COMMAND(1)) instead of the main page.
        #[arg(value_name = "COMMAND", value_parser = PossibleValuesParser::new(MAN_PAGES))]
        command: Option<String>,
    },
}

/// The commands that have a manual page of their own (`accords man list`).
pub const MAN_PAGES: [&str; 8] = [
    "check",
    "list",
    "search",
    "show",
    "open",
    "config",
    "completions",
    "man",
];

/// The filters of the browser, `list` and `search`, as typed: a thin
/// parser whose [`FilterArgs::resolve`] builds the one selection type,
/// [`query::Filters`] (plus the kind). A record must pass every filter
/// given; the values of one repeated filter are alternatives.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only records of this kind (the browser opens on its tab).
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,

    /// Only records in this domain (repeatable; records in any of them pass). E.g.
    /// defence, cyber, space, trade, classified-information (French names and `defense` work too).
    #[arg(long, value_name = "DOMAIN", value_parser = DomainParser)]
    pub domain: Vec<Domain>,

    /// Only records with this status (repeatable), in any case, with dashes,
    /// underscores or none (in-force, in_force, InForce), or its French name (en-vigueur).
    #[arg(long, value_name = "STATUS", value_parser = StatusParser)]
    pub status: Vec<Status>,

    /// Only records naming this party (repeatable): its id (kr) or its name in
    /// either language, without accents (coree, korea, "republique de coree"). A
    /// commitment that names no party counts for the parties of the record
    /// that made it.
    #[arg(long, value_name = "PARTY")]
    pub party: Vec<String>,

    /// Only records dated on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD (`list` and
    /// `search` by the record's date, compared at the precision both dates have, so a
    /// record dated 2025 passes --since 2025-10; the browser by the year, and on its
    /// timeline each entry by its own date). Undated records do not pass.
    #[arg(long, value_name = "DATE", value_parser = DateParser)]
    pub since: Option<PartialDate>,

    /// Only records dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; see --since).
    #[arg(long, value_name = "DATE", value_parser = DateParser)]
    pub until: Option<PartialDate>,
}

impl FilterArgs {
    /// These filters, each one not given taken from `outer` (the options
    /// given before the command: `accords --domain trade list`).
    pub fn or(&self, outer: &FilterArgs) -> FilterArgs {
        fn pick<T: Clone>(inner: &[T], outer: &[T]) -> Vec<T> {
            if inner.is_empty() { outer } else { inner }.to_vec()
        }
        FilterArgs {
            kind: self.kind.or(outer.kind),
            domain: pick(&self.domain, &outer.domain),
            status: pick(&self.status, &outer.status),
            party: pick(&self.party, &outer.party),
            since: self.since.or(outer.since),
            until: self.until.or(outer.until),
        }
    }

    /// Whether a record dated `date` passes `--since` and `--until` at
    /// their full precision ([`query::Filters`] holds their years only):
    /// compared at the precision both dates have, so that a record dated
    /// by its year alone passes a bound inside that year; undated records
    /// fail when a bound is given. `list` and `search` apply it on top of
    /// the filters.
    pub fn passes_dates(&self, date: Option<PartialDate>) -> bool {
        use std::cmp::Ordering::{Greater, Less};
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        date.is_some_and(|d| {
            self.since.is_none_or(|s| cmp_common(d, s) != Less)
                && self.until.is_none_or(|u| cmp_common(d, u) != Greater)
        })
    }

    /// The kind asked for and the [`query::Filters`] these arguments
    /// stand for, parties resolved against `catalog`; the error names what
    /// is wrong (an unknown party), for exit code 2.
    pub fn resolve(&self, catalog: &Catalog) -> Result<(Option<Kind>, query::Filters), String> {
        let mut parties = BTreeSet::new();
        for p in &self.party {
            parties.extend(query::resolve_party(catalog, p)?);
        }
        let mut statuses: Vec<Status> = Vec::new();
        for s in &self.status {
            if !statuses.contains(s) {
                statuses.push(*s);
            }
        }
        Ok((
            self.kind.map(KindArg::kind),
            query::Filters {
                domains: self.domain.iter().copied().collect(),
                statuses,
                parties,
                forms: Vec::new(),
                from_year: self.since.map(|d| d.year),
                to_year: self.until.map(|d| d.year),
            },
        ))
    }
}

/// The output options of `list` and `search`.
#[derive(Debug, Clone, Args)]
pub struct Output {
    /// Output format: an aligned table fitted to the width (COLUMNS, else the terminal's,
    /// else 100; ids never cut when piped), a JSON array, CSV (RFC 4180 quoting, \n line
    /// ends, a header row), TSV or a Markdown table.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// The columns, in this order, separated by commas (every format): id, kind, date,
    /// status, form, title, short, domains, parties, canada-e, cts, unts, kr-treaty,
    /// numbers, signed, approved, in-force, terminated, replaced, sources, url, caveat, and
    /// score (search only). `_` may stand for `-` (in_force). CSV headers are these names,
    /// JSON keys the names in snake case.
    #[arg(long, value_name = "FIELD,...")]
    pub fields: Option<String>,

    /// Sort by FIELD, ascending, or descending with `:desc`: relevance (the default: the
    /// search's order, best first; for `list`, the browser's order), title (the short
    /// title in --lang, case and accents ignored), date, status, signed, in-force (the
    /// browser's `s` keys). Records without the value come last either way; ties keep
    /// the relevance order.
    #[arg(long, value_name = "FIELD[:desc]", value_parser = SortParser)]
    pub sort: Option<Sort>,

    /// Language of titles, labels and headers; defaults to the global --lang,
    /// then the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned columns, titles cut with … to fit the width.
    Table,
    /// An array of objects: id, kind, title and short {fr,en,native}, date, status, form,
    /// domains, parties, numbers, sources, caveat.
    Json,
    /// Comma-separated values with a header row: id, kind, date, status, form, title,
    /// domains, parties, canada-e, cts, unts, kr-treaty, sources, url (and score for search).
    Csv,
    /// Tab-separated values: the CSV columns, separated by tabs.
    Tsv,
    /// A Markdown table.
    Md,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// A Markdown document.
    Md,
    /// One JSON object with every field.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowLang {
    Fr,
    En,
    /// A French section, then an English one.
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    #[value(alias = "partnerships", alias = "partenariat", alias = "partenariats")]
    Partnership,
    #[value(alias = "agreements", alias = "accord", alias = "accords")]
    Agreement,
    #[value(alias = "commitments", alias = "engagement", alias = "engagements")]
    Commitment,
    #[value(
        alias = "events",
        alias = "evenement",
        alias = "evenements",
        alias = "timeline"
    )]
    Event,
}

impl KindArg {
    pub fn kind(self) -> Kind {
        match self {
            KindArg::Partnership => Kind::Partnership,
            KindArg::Agreement => Kind::Agreement,
            KindArg::Commitment => Kind::Commitment,
            KindArg::Event => Kind::Event,
        }
    }
}

/// Every status (see `Status::ALL`).
pub const STATUSES: [Status; 13] = Status::ALL;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

impl LangArg {
    pub fn lang(self) -> Lang {
        match self {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

impl Cli {
    /// Parses the command line like `Cli::parse`, but what clap prints
    /// (help, version, errors quoting raw arguments) goes through the same
    /// guard as every other output, and a failed write exits non-zero.
    pub fn parse_checked() -> Cli {
        match <Cli as Parser>::try_parse() {
            Ok(cli) => cli,
            Err(e) => std::process::exit(print_clap(&e)),
        }
    }

    /// The interface language: --lang, else the configuration's, else the
    /// locale's.
    pub fn language(&self, config: &Config) -> Lang {
        self.lang
            .map(LangArg::lang)
            .or(config.lang)
            .unwrap_or_else(locale_lang)
    }

    /// The configuration: --config FILE, nothing under --no-config, else
    /// the file in the XDG configuration directory when there is one.
    pub fn config(&self) -> Config {
        if self.no_config {
            return Config::default();
        }
        match (&self.config, config::default_path()) {
            (Some(p), _) => config::load(p, true),
            (None, Some(p)) => config::load(&p, false),
            (None, None) => Config::default(),
        }
    }

    /// The theme: --theme, else the configuration's, else dark.
    pub fn theme_name<'a>(&'a self, config: &'a Config) -> &'a str {
        self.theme
            .as_deref()
            .or(config.theme.as_deref())
            .unwrap_or("dark")
    }

    /// Whether to capture the mouse: not under --no-mouse, else as
    /// configured, else yes.
    pub fn mouse(&self, config: &Config) -> bool {
        !self.no_mouse && config.mouse.unwrap_or(true)
    }
}

/// The language of the locale: French when the first set of LC_ALL,
/// LC_MESSAGES, LANG starts with `fr`, English otherwise.
pub fn locale_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map_or(Lang::En, |v| {
            if v.starts_with("fr") {
                Lang::Fr
            } else {
                Lang::En
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sanitize;

    #[test]
    fn statuses_parse_in_any_spelling() {
        for s in STATUSES {
            assert_eq!(parse_status(crate::output::status_slug(s)), Some(s));
            assert_eq!(
                parse_status(&crate::output::status_slug(s).replace('-', "_")),
                Some(s)
            );
            assert_eq!(parse_status(s.label(Lang::Fr)), Some(s));
            assert_eq!(parse_status(&format!("{s:?}")), Some(s));
        }
        assert_eq!(parse_status("IN-FORCE"), Some(Status::InForce));
        assert_eq!(parse_status("en vigueur"), Some(Status::InForce));
        assert_eq!(parse_status("signé"), Some(Status::Signed));
        assert_eq!(parse_status("warp"), None);
        assert_eq!(parse_status(""), None);
    }

    #[test]
    fn date_bounds_compare_at_the_precision_both_dates_have() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        let args = |since: Option<&str>, until: Option<&str>| FilterArgs {
            since: since.map(d),
            until: until.map(d),
            ..FilterArgs::default()
        };
        let oct = args(Some("2025-10"), None);
        assert!(oct.passes_dates(Some(d("2025-10-30"))));
        assert!(oct.passes_dates(Some(d("2025-10"))));
        assert!(
            oct.passes_dates(Some(d("2025"))),
            "may be in October or later"
        );
        assert!(oct.passes_dates(Some(d("2026-01-01"))));
        assert!(!oct.passes_dates(Some(d("2025-09-30"))));
        assert!(!oct.passes_dates(Some(d("2024"))));
        assert!(!oct.passes_dates(None));
        let day = args(Some("2025-10-30"), Some("2025-10-30"));
        assert!(day.passes_dates(Some(d("2025-10-30"))));
        assert!(!day.passes_dates(Some(d("2025-10-29"))));
        assert!(!day.passes_dates(Some(d("2025-10-31"))));
        let until = args(None, Some("2014-09"));
        assert!(until.passes_dates(Some(d("2014-09-22"))));
        assert!(!until.passes_dates(Some(d("2014-10-01"))));
        assert!(args(None, None).passes_dates(None));
        // The years go to query::Filters.
        let c = crate::output::json::tests::corpus();
        let (_, f) = args(Some("2014-09"), Some("2025-10-30"))
            .resolve(&c)
            .unwrap();
        assert_eq!((f.from_year, f.to_year), (Some(2014), Some(2025)));
    }

    #[test]
    fn dates_are_refused_with_what_a_date_is() {
        for bad in ["2025-13", "25", "2025-02-30", "2025/10", "x\u{1b}[31m"] {
            let e = <Cli as Parser>::try_parse_from(["accords", "list", "--since", bad])
                .unwrap_err()
                .render()
                .to_string();
            assert!(
                e.contains("is not a date; dates are YYYY, YYYY-MM or YYYY-MM-DD"),
                "{e}"
            );
            assert!(!e.contains('\u{1b}'), "{e}");
        }
        let cli =
            <Cli as Parser>::try_parse_from(["accords", "--until", "2024-06", "list"]).unwrap();
        assert_eq!(cli.filters.until, PartialDate::parse("2024-06").ok());
    }

    #[test]
    fn clap_errors_quote_arguments_cleaned() {
        let e =
            <Cli as Parser>::try_parse_from(["accords", "--domain", "x\u{9b}31m\u{1b}]2;T\u{7}"])
                .unwrap_err();
        let text = e.render().to_string();
        assert!(
            text.contains("unknown domain \"x\u{fffd}31m␛]2;T␇\""),
            "{text}"
        );
        let e = <Cli as Parser>::try_parse_from(["accords", "x\u{9b}31m\u{202e}"]).unwrap_err();
        let guarded = sanitize::terminal_safe(&e.render().to_string()).into_owned();
        assert!(!guarded.contains(['\u{9b}', '\u{202e}']), "{guarded}");
    }
}
