use std::io;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::time::Duration;

use clap::Parser;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind,
};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use accords::app::{Action, App, SearchRequest};
use accords::cli::{self, Cli, Command};
use accords::ui::{self, Theme};

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        let code = cli::run_check(&files, *strict, *format, cli.max_size);
        return ExitCode::from(code as u8);
    }
    // list, search, show, completions, man: print and leave, no terminal mode.
    if let Some(code) = accords::report::run(&cli) {
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
                    eprintln!("accords: cannot watch {}: {e}", path.display());
                    return ExitCode::from(1);
                }
            }
        }
        _ => None,
    };
    let progress = cli::Progress::for_file(cli.data.as_deref());
    let catalog = match cli::open(cli.data.as_deref(), cli.max_size, &progress) {
        Ok(c) => c,
        Err(code) => return ExitCode::from(code as u8),
    };
    progress.stage("indexing");
    let mut app = App::new(catalog, cli.language(&config), cli.domains())
        .with_config(config.keymap.clone(), config.problems.clone())
        .with_search_worker();
    progress.done();
    // The lazily built parts of the index, on a spare core before the first query.
    let index = Arc::clone(&app.index);
    let _ = std::thread::Builder::new()
        .name("accords-warm".into())
        .spawn(move || index.warm());
    let theme = Theme::named(Some(cli.theme_name(&config)));
    let result = run(&mut app, &theme, cli.mouse(&config), watch);
    // The terminal is back. Freeing a large catalog and its index piece by
    // piece takes a second at 250,000 records; the system frees the
    // process's memory at once when it ends.
    std::mem::forget(app);
    // The start-up notice is gone by now; leave the problems on the screen.
    for p in &config.problems {
        eprintln!("accords: warning: {p}");
    }
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(sig)) => ExitCode::from((128 + sig) as u8),
        Err(e) => {
            eprintln!("accords: terminal error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Puts the terminal back: mouse reporting off (harmless when it was never
/// on), then ratatui's restore (raw mode off, main screen, cursor shown).
fn restore_terminal() {
    let _ = ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture);
    // Not `ratatui::restore()`: it prints its error on stderr, and printing
    // to a terminal that is gone (SIGHUP) panics.
    let _ = ratatui::try_restore();
}

/// A one-line report instead of Rust's panic message and backtrace, after
/// the terminal is restored. It replaces ratatui's hook and acts only for
/// the interface thread: the helper threads (search, watch) catch their own
/// panics and report them through the app, and the terminal must not be
/// restored under an interface that keeps running.
fn install_panic_hook() {
    let interface = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != interface {
            return;
        }
        restore_terminal();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "accords: internal error: {}{at}; the terminal was restored. Please report this.",
            accords::sanitize::clean_line(&what)
        );
    }));
}

/// Runs the interface until the user quits or a signal (SIGTERM, SIGHUP,
/// SIGINT) arrives. Our panic hook restores the terminal before it reports;
/// `restore_terminal` runs on every other exit.
/// Returns the signal that ended the session, if any.
fn run(
    app: &mut App,
    theme: &Theme,
    mouse: bool,
    watch: Option<Receiver<Action>>,
) -> io::Result<Option<i32>> {
    let stop = Arc::new(AtomicI32::new(0));
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let flag = Arc::clone(&stop);
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            flag.store(sig, Ordering::SeqCst);
            // The event loop notices within 100 ms. If it cannot (its
            // terminal is gone and crossterm keeps reading end-of-file),
            // restore what can be restored and leave anyway.
            std::thread::sleep(Duration::from_millis(1000));
            let _ = std::panic::catch_unwind(restore_terminal);
            std::process::exit(128 + sig);
        }
    });
    let (searches, answers) = accords::worker::spawn()?;
    let mut terminal = ratatui::try_init()?;
    install_panic_hook();
    if mouse {
        if let Err(e) = ratatui::crossterm::execute!(io::stdout(), EnableMouseCapture) {
            restore_terminal();
            return Err(e);
        }
    }
    let channels = Channels {
        searches,
        answers,
        watch,
    };
    let result = event_loop(&mut terminal, app, theme, &stop, &channels);
    restore_terminal();
    result.map(|()| match stop.load(Ordering::SeqCst) {
        0 => None,
        sig => Some(sig),
    })
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    stop: &AtomicI32,
    channels: &Channels,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.should_quit && stop.load(Ordering::SeqCst) == 0 {
        if dirty {
            terminal.draw(|frame| ui::draw(frame, app, theme))?;
            dirty = false;
        }
        // Wake up now and then to notice signals, and often while a search
        // runs to show its answer. When events arrive, take every one
        // already queued before drawing again: no keystroke is dropped, and
        // a burst (paste, resize flood) costs one frame.
        let wait = if app.search_running.is_some() { 4 } else { 100 };
        if event::poll(Duration::from_millis(wait))? {
            while !app.should_quit {
                handle(app, event::read()?);
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            dirty = true;
        }
        // Only the newest query's search goes out; the worker skips stale ones.
        if let Some(request) = app.take_search() {
            let seq = request.seq;
            if channels.searches.send(request).is_err() {
                // The worker is gone: rank on this thread from now on.
                app.update(Action::SearchFailed(seq));
            }
        }
        // Answers from the search worker, and (--watch) a new version of
        // the dataset read on the watch thread.
        let watched = channels.watch.as_ref();
        while let Some(action) = channels
            .answers
            .try_recv()
            .ok()
            .or_else(|| watched.and_then(|rx| rx.try_recv().ok()))
        {
            app.update(action);
            dirty = true;
        }
    }
    Ok(())
}

/// The threads the event loop talks to.
struct Channels {
    searches: Sender<SearchRequest>,
    answers: Receiver<Action>,
    watch: Option<Receiver<Action>>,
}

fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            // Test hook (debug builds only): prove the terminal survives a panic.
            #[cfg(debug_assertions)]
            if std::env::var_os("ACCORDS_TEST_PANIC_ON_KEY").is_some() {
                panic!("forced panic (ACCORDS_TEST_PANIC_ON_KEY)");
            }
            if let Some(action) = app.key_action(&key) {
                app.update(action);
                run_effects(app);
            }
        }
        Event::Mouse(mouse) => {
            let (w, h) = app.size;
            if let Some(action) = ui::mouse::action_for(app, &mouse, w, h) {
                app.update(action);
            }
        }
        Event::Resize(w, h) => app.update(Action::Resize(w, h)),
        _ => {}
    }
}

/// Carries out what the app asked for and cannot do itself: the OSC 52
/// clipboard write and the export file.
fn run_effects(app: &mut App) {
    if let Some(text) = app.take_clipboard() {
        use std::io::Write;
        let mut out = io::stdout();
        let _ = out.write_all(accords::export::osc52(&text).as_bytes());
        let _ = out.flush();
    }
    if let Some(req) = app.take_export() {
        let dir = std::env::current_dir().unwrap_or_else(|_| ".".into());
        let result = accords::export::write_export(&dir, &req);
        app.update(Action::ExportDone(result.err().map(|e| e.kind())));
    }
}
