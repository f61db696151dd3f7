use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use accords::app::App;
use accords::cli::{self, Cli, Command};
use accords::ui::Theme;

fn main() -> ExitCode {
    let cli = Cli::parse_checked();
    if let Some(Command::Check {
        files,
        strict,
        format,
    }) = &cli.command
    {
        // `accords check --data FILE` checks FILE, like `accords check FILE`.
        let files: Vec<_> = match (&cli.data, files.is_empty()) {
            (Some(d), true) => vec![d.clone()],
            _ => files.clone(),
        };
        let code = accords::commands::run_check(&files, *strict, *format, cli.max_size);
        return ExitCode::from(code as u8);
    }
    // list, search, show, completions, man: print and leave, no terminal mode.
    if let Some(code) = accords::commands::run(&cli) {
        return ExitCode::from(code as u8);
    }
    // Everything that can fail on the data or the configuration happens
    // before raw mode.
    let config = cli.config();
    // Watching starts before the first read, so no save is missed between.
    let watch = match (&cli.data, cli.watch) {
        (Some(path), true) => {
            match accords::watch::spawn(path.clone(), cli.max_size, accords::watch::INTERVAL) {
                Ok(rx) => Some(rx),
                Err(e) => {
                    cli::say(&format!(
                        "accords: cannot watch {}: {e}",
                        accords::sanitize::path(path)
                    ));
                    return ExitCode::from(1);
                }
            }
        }
        _ => None,
    };
    let progress = accords::pipeline::Progress::for_file(cli.data.as_deref());
    let catalog = match accords::pipeline::open(cli.data.as_deref(), cli.max_size, &progress) {
        Ok(c) => c,
        Err(code) => return ExitCode::from(code as u8),
    };
    let (kind, filters) = match cli.filters.resolve(&catalog) {
        Ok(f) => f,
        Err(e) => {
            progress.done();
            cli::say(&format!("accords: {e}"));
            return ExitCode::from(2);
        }
    };
    // The browser draws on a terminal; written into a file or a pipe it
    // would be escape codes nobody reads. (Data errors are reported first.)
    if !std::io::stdout().is_terminal() {
        progress.done();
        cli::say(
            "accords: standard output is not a terminal; the browser needs one. \
             To print records, use `accords list`, `accords search` or `accords show` (see accords --help).",
        );
        return ExitCode::from(2);
    }
    progress.stage("indexing");
    let mut app = App::new(catalog, cli.language(&config), Default::default())
        .with_filters(filters, kind)
        .with_config(config.keymap.clone(), config.problems.clone())
        .with_search_worker();
    progress.done();
    // The lazily built parts of the index, on a spare core before the first query.
    let index = Arc::clone(&app.index);
    let _ = std::thread::Builder::new()
        .name("accords-warm".into())
        .spawn(move || index.warm());
    let theme = Theme::named(Some(cli.theme_name(&config)));
    let result = accords::tui::run(&mut app, &theme, cli.mouse(&config), watch);
    // The terminal is back. Freeing a large catalog and its index piece by
    // piece takes a second at 250,000 records; the system frees the
    // process's memory at once when it ends.
    std::mem::forget(app);
    // The start-up notice is gone by now; leave the problems on the screen.
    for p in &config.problems {
        cli::say(&format!("accords: warning: {p}"));
    }
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(sig)) => ExitCode::from((128 + sig) as u8),
        Err(e) => {
            cli::say(&format!("accords: terminal error: {e}"));
            ExitCode::from(1)
        }
    }
}
