//! Running the non-interactive commands: `list`, `search`, `show`,
//! `open`, `config`, `completions`, `man` and `check`.
//!
//! The dataset is opened by [`pipeline::open`], exactly as for the browser (same
//! checks, same diagnostics, same exit codes); the records are selected by
//! [`crate::query`] and written by [`crate::output`].

use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, Row};
use crate::cli::{
    self, Cli, Command, Format, LangArg, Output, ReportFormat, ShowFormat, ShowLang, Stdout,
    shell_word,
};
use crate::diagnostic::Diagnostic;
use crate::model::Lang;
use crate::output::fields::Field;
use crate::output::table::{Layout, truncate};
use crate::output::{self, csv::Separator};
use crate::pipeline::{self, Progress, check_dataset_with};
use crate::sanitize;
use crate::search::{Query, SearchIndex};
use crate::validate::has_errors;

/// Writes `s` to stdout ([`cli::Stdout`]); returns the exit code: 0, or 1
/// after a write error (reported on stderr). A closed pipe (`accords list
/// | head`) is not an error: the reader has what it wanted.
pub fn emit(s: &str) -> i32 {
    match cli::Stdout::new().write(s) {
        Ok(()) => 0,
        Err(failed) => failed.exit_code(0),
    }
}

fn open(cli: &Cli) -> Result<Catalog, i32> {
    let progress = Progress::for_file(cli.data.as_deref());
    let catalog = pipeline::open(cli.data.as_deref(), cli.max_size, &progress)?;
    progress.done();
    Ok(catalog)
}

fn output_lang(cli: &Cli, output: &Output) -> Lang {
    output
        .lang
        .map_or_else(|| cli.language(&cli.config()), LangArg::lang)
}

/// `rows` (records and scores; `scored`: from `search`) in the format
/// asked for, with the columns of `--fields` when given. `search` adds a
/// `score` column to CSV and TSV, and a `score` key to JSON.
fn render_list(
    catalog: &Catalog,
    rows: &[(usize, u32)],
    scored: bool,
    output: &Output,
    fields: Option<&[Field]>,
    lang: Lang,
) -> String {
    let mut csv_default = Field::CSV.to_vec();
    if scored {
        csv_default.push(Field::Score);
    }
    let csv_fields = fields.unwrap_or(&csv_default);
    match output.format {
        ReportFormat::Table => {
            output::table::fields(catalog, rows, fields, lang, Layout::for_stdout())
        }
        ReportFormat::Json => match fields {
            Some(f) => output::json::fields(catalog, rows, f),
            None => {
                let rows: Vec<(usize, Option<u32>)> = rows
                    .iter()
                    .map(|&(i, s)| (i, scored.then_some(s)))
                    .collect();
                output::json::records(catalog, &rows)
            }
        },
        ReportFormat::Csv => output::csv::fields(catalog, rows, csv_fields, lang, Separator::Comma),
        ReportFormat::Tsv => output::csv::fields(catalog, rows, csv_fields, lang, Separator::Tab),
        ReportFormat::Md => output::markdown::fields(catalog, rows, fields, lang),
    }
}

/// `rows` in the order `--sort` asks for ([`crate::sort::sort_rows`],
/// the browser's `s`), scores kept; unchanged without it.
fn sorted(
    catalog: &Catalog,
    rows: Vec<(usize, u32)>,
    output: &Output,
    lang: Lang,
) -> Vec<(usize, u32)> {
    let Some(sort) = output.sort else {
        return rows;
    };
    let mut score = vec![0; catalog.records.len()];
    let mut list: Vec<Row> = rows
        .iter()
        .map(|&(i, s)| {
            score[i] = s;
            Row::Record(i)
        })
        .collect();
    crate::sort::sort_rows(catalog, &mut list, sort, lang);
    list.into_iter()
        .filter_map(|r| catalog.row_record(r))
        .map(|i| (i, score[i]))
        .collect()
}

/// `--fields`, read; the error (an unknown field, with the closest name
/// and the list) is said on stderr and gives exit code 2.
fn parse_fields(output: &Output, scored: bool) -> Result<Option<Vec<Field>>, i32> {
    match output
        .fields
        .as_deref()
        .map(|f| Field::parse_list(f, scored))
    {
        None => Ok(None),
        Some(Ok(f)) => Ok(Some(f)),
        Some(Err(e)) => {
            cli::say(&format!("accords: {e}"));
            Err(2)
        }
    }
}

/// Runs `list`, `search`, `show`, `completions` or `man`; returns the exit
/// code. Other commands return `None`.
pub fn run(cli: &Cli) -> Option<i32> {
    let code = match cli.command.as_ref()? {
        Command::List { filters, output } => {
            let fields = match parse_fields(output, false) {
                Ok(f) => f,
                Err(code) => return Some(code),
            };
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            let args = filters.or(&cli.filters);
            match args.resolve(&catalog) {
                Ok((kind, filters)) => {
                    let rows: Vec<(usize, u32)> = crate::query::list(&catalog, &filters, kind)
                        .into_iter()
                        .filter(|&i| args.passes_dates(catalog.records[i].date))
                        .map(|i| (i, 0))
                        .collect();
                    let lang = output_lang(cli, output);
                    let rows = sorted(&catalog, rows, output, lang);
                    emit(&render_list(
                        &catalog,
                        &rows,
                        false,
                        output,
                        fields.as_deref(),
                        lang,
                    ))
                }
                Err(e) => {
                    cli::say(&format!("accords: {e}"));
                    2
                }
            }
        }
        Command::Search {
            query,
            filters,
            output,
        } => {
            let fields = match parse_fields(output, true) {
                Ok(f) => f,
                Err(code) => return Some(code),
            };
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            let args = filters.or(&cli.filters);
            match args.resolve(&catalog) {
                Ok((kind, filters)) => {
                    let index = SearchIndex::new(&catalog);
                    let query = Query::parse(&query.join(" "));
                    let mut rows = crate::query::records(&catalog, &index, &query, &filters, kind);
                    rows.retain(|&(i, _)| args.passes_dates(catalog.records[i].date));
                    let lang = output_lang(cli, output);
                    let rows = sorted(&catalog, rows, output, lang);
                    let code = emit(&render_list(
                        &catalog,
                        &rows,
                        true,
                        output,
                        fields.as_deref(),
                        lang,
                    ));
                    // As grep: 1 when nothing matches (the empty table,
                    // `[]` or the header row is still printed).
                    if rows.is_empty() { code.max(1) } else { code }
                }
                Err(e) => {
                    cli::say(&format!("accords: {e}"));
                    2
                }
            }
        }
        Command::Show { id, lang, format } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            let lang = lang.unwrap_or(match cli.lang {
                Some(LangArg::Fr) => ShowLang::Fr,
                Some(LangArg::En) => ShowLang::En,
                None => ShowLang::Both,
            });
            match find(cli, &catalog, id) {
                Ok(i) => emit(&match format {
                    ShowFormat::Md => output::markdown::show(
                        &catalog,
                        i,
                        match lang {
                            ShowLang::Fr => Some(Lang::Fr),
                            ShowLang::En => Some(Lang::En),
                            ShowLang::Both => None,
                        },
                    ),
                    ShowFormat::Json => output::json::show(&catalog, i),
                }),
                Err(code) => code,
            }
        }
        Command::Open { id, source } => {
            let catalog = match open(cli) {
                Ok(c) => c,
                Err(code) => return Some(code),
            };
            match find(cli, &catalog, id) {
                Ok(i) => open_source(&catalog, i, source.unwrap_or(1) as usize),
                Err(code) => code,
            }
        }
        Command::Completions { shell } => emit(&crate::man::completions(*shell)),
        Command::Man { command } => match crate::man::man_page(command.as_deref()) {
            Ok(page) => emit(&page),
            Err(e) => {
                cli::say(&format!("accords: cannot render the manual page: {e}"));
                1
            }
        },
        Command::Config { default } => {
            if *default {
                emit(&crate::config::default_text())
            } else {
                show_config(cli)
            }
        }
        Command::Check { .. } => return None,
    };
    Some(code)
}

/// The record `name` stands for ([`crate::suggest::lookup`]: an id in any
/// case, an alias, a registry number), or, having said why on stderr, exit
/// code 1: no record has that name (close ids suggested), or several do
/// (their ids and titles listed).
fn find(cli: &Cli, catalog: &Catalog, name: &str) -> Result<usize, i32> {
    use crate::suggest::Lookup;
    match crate::suggest::lookup(catalog, name) {
        Lookup::One(i) => Ok(i),
        Lookup::Unknown => Err(unknown_id(catalog, name)),
        Lookup::Ambiguous(v) => {
            let lang = cli.language(&cli.config());
            let width = |f: &dyn Fn(usize) -> usize| v.iter().map(|&i| f(i)).max().unwrap_or(0);
            let id_w = width(&|i| catalog.records[i].id.chars().count());
            let kind_w = width(&|i| catalog.records[i].kind.label(lang).chars().count());
            let mut text = format!(
                "accords: \"{}\" names {} records; give one of their ids:",
                crate::sanitize::clean_line(&truncate(name, 60)),
                v.len()
            );
            for &i in &v {
                let r = &catalog.records[i];
                text.push_str(&format!(
                    "\n  {:id_w$}  {:kind_w$}  {}",
                    r.id,
                    r.kind.label(lang),
                    r.short().get(lang)
                ));
            }
            cli::say(&text);
            Err(1)
        }
    }
}

/// Says that no record has the id `id`, with close ids; returns exit code 1.
fn unknown_id(catalog: &Catalog, id: &str) -> i32 {
    let index = SearchIndex::new(catalog);
    let close = crate::suggest::suggest_ids(catalog, &index, id, 6);
    let id = crate::sanitize::clean_line(id);
    cli::say(&format!(
        "accords: no record has the id, alias or registry number \"{id}\""
    ));
    if !close.is_empty() {
        cli::say(&format!("  did you mean: {}", close.join(", ")));
    }
    cli::say(&format!(
        "  `accords search {}` searches titles, aliases and summaries; `accords list` prints every id",
        shell_word(&id)
    ));
    1
}

/// `accords open`: source `n` (from 1) of record `i` opened with
/// [`crate::browser::open`] and its address printed. Exit code 0 once the
/// address is printed (a note on stderr when no program could open it); 1
/// when the record has no such source, or the source no address that may
/// be opened.
fn open_source(catalog: &Catalog, i: usize, n: usize) -> i32 {
    let r = &catalog.records[i];
    let Some(&s) = r.sources.get(n - 1) else {
        cli::say(&format!(
            "accords: {} has {} source(s); there is no source {n} (`accords show {}` lists them)",
            r.id,
            r.sources.len(),
            shell_word(&r.id)
        ));
        return 1;
    };
    let src = &catalog.sources[s];
    let url = match src.url.as_deref() {
        Some(u) if crate::app::openable_url(u) => u,
        Some(u) => {
            cli::say(&format!(
                "accords: source {n} of {} ({}) has the address \"{}\", which is not http(s) and is never opened",
                r.id,
                src.id,
                crate::sanitize::clean_line(&truncate(u, 60))
            ));
            return 1;
        }
        None => {
            let why = src
                .note
                .as_ref()
                .map(|t| format!(": {}", t.en))
                .unwrap_or_default();
            cli::say(&format!(
                "accords: source {n} of {} ({}) has no address{why}",
                r.id, src.id
            ));
            return 1;
        }
    };
    let code = emit(&format!("{url}\n"));
    if crate::browser::open(url).is_none() {
        cli::say(
            "accords: no browser could be started ($BROWSER, xdg-open, open); open the address above by hand",
        );
    }
    code
}

/// `accords config`: where the file is, what it sets, what is wrong with it.
fn show_config(cli: &Cli) -> i32 {
    let config = cli.config();
    let path = if cli.no_config {
        "none (--no-config)".to_string()
    } else {
        match (&cli.config, crate::config::default_path()) {
            (Some(p), _) => p.display().to_string(),
            (None, Some(p)) if p.exists() => p.display().to_string(),
            (None, Some(p)) => format!("{} (not present: defaults)", p.display()),
            (None, None) => "none ($HOME and $XDG_CONFIG_HOME are unset)".to_string(),
        }
    };
    let lang = cli.language(&config);
    let changed: Vec<String> = config
        .keymap
        .entries()
        .into_iter()
        .zip(crate::keymap::Keymap::default().entries())
        .filter(|(now, default)| now != default)
        .map(|((name, keys), _)| format!("  {name}: [{}]", keys.join(", ")))
        .collect();
    let mut out = format!(
        "config file: {}\nlanguage:    {}\ntheme:       {}\nmouse:       {}\nkeys:        {}\n",
        crate::sanitize::clean_line(&path),
        lang.code(),
        cli.theme_name(&config),
        if cli.mouse(&config) { "on" } else { "off" },
        if changed.is_empty() {
            "defaults".to_string()
        } else {
            format!("{} changed", changed.len())
        }
    );
    for line in &changed {
        out.push_str(&crate::sanitize::clean_line(line));
        out.push('\n');
    }
    let code = emit(&out);
    for p in &config.problems {
        cli::say(&format!("accords: warning: {p}"));
    }
    if config.problems.is_empty() { code } else { 1 }
}

/// `accords check`: prints diagnostics for each file and returns the exit code.
pub fn run_check(files: &[PathBuf], strict: bool, format: Format, max_size: u64) -> i32 {
    let targets: Vec<Option<&Path>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(|f| Some(f.as_path())).collect()
    };
    let mut code = 0;
    let mut json = Vec::new();
    let mut out = Stdout::new();
    for t in targets {
        let progress = Progress::for_file(t);
        let c = check_dataset_with(t, max_size, &progress);
        progress.done();
        let file_code = if c.unreadable {
            2
        } else if has_errors(&c.diagnostics, strict) {
            1
        } else {
            0
        };
        code = code.max(file_code);
        match format {
            Format::Human => {
                let (e, w) = count(&c.diagnostics);
                let status = if file_code == 0 { "ok" } else { "FAILED" };
                let report = format!(
                    "{}{}: {status}: {e} error(s), {w} warning(s)\n",
                    c.render(),
                    sanitize::path(&c.path)
                );
                if let Err(failed) = out.write(&report) {
                    return failed.exit_code(code);
                }
            }
            Format::Json => json.extend(c.diagnostics.iter().map(|d| d.to_json(&c.path))),
        }
    }
    if format == Format::Json {
        let text = serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into());
        if let Err(failed) = out.write(&format!("{text}\n")) {
            return failed.exit_code(code);
        }
    }
    code
}

fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let e = diags
        .iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .count();
    (e, diags.len() - e)
}
