//! The interactive side: the terminal's modes and signals ([`terminal`]) and
//! the event loop that feeds [`App::update`] and draws.

pub mod terminal;

use std::io;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

/// The longest the loop reads input without drawing.
const FRAME: Duration = Duration::from_millis(50);

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};

use crate::app::{Action, App, SearchRequest};
use crate::ui::{self, Theme};
use terminal::{Flags, Tui};

/// Runs the interface until the user quits or an ending signal arrives.
/// The terminal is restored on every way out: here on a return, by the panic
/// hook on a panic, by the signal thread if the loop cannot return.
/// Returns the signal that ended the session, if any.
pub fn run(
    app: &mut App,
    theme: &Theme,
    mouse: bool,
    watch: Option<Receiver<Action>>,
) -> io::Result<Option<i32>> {
    let flags = terminal::watch_signals()?;
    let (searches, answers) = crate::worker::spawn()?;
    install_panic_hook();
    let result = terminal::enter(mouse)
        .and_then(|()| terminal::new_terminal())
        .and_then(|mut term| {
            let channels = Channels {
                searches,
                answers,
                watch,
            };
            event_loop(&mut term, app, theme, mouse, &flags, &channels)
        });
    terminal::leave();
    result.map(|()| flags.stop_signal())
}

/// A one-line report instead of Rust's panic message and backtrace, after
/// the terminal is restored. It acts only for the interface thread: the
/// helper threads (search, watch) catch their own panics and report them
/// through the app, and the terminal must not be restored under an
/// interface that keeps running.
fn install_panic_hook() {
    let interface = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != interface {
            return;
        }
        terminal::leave();
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
        crate::cli::say(&format!(
            "accords: internal error: {}{at}; the terminal was restored. Please report this.",
            crate::sanitize::clean_line(&what)
        ));
    }));
}

/// The threads the event loop talks to.
struct Channels {
    searches: Sender<SearchRequest>,
    answers: Receiver<Action>,
    watch: Option<Receiver<Action>>,
}

fn event_loop(
    term: &mut Tui,
    app: &mut App,
    theme: &Theme,
    mouse: bool,
    flags: &Flags,
    channels: &Channels,
) -> io::Result<()> {
    let (w, h) = ratatui::crossterm::terminal::size()?;
    resize(term, app, w, h)?;
    let mut dirty = true;
    while !app.should_quit && flags.stop_signal().is_none() {
        if app.take_suspend() || flags.suspend.swap(false, Ordering::SeqCst) {
            terminal::suspend(mouse)?;
            // The shell drew over the screen meanwhile, and the size may
            // have changed: lay out and draw everything anew.
            let (w, h) = ratatui::crossterm::terminal::size()?;
            resize(term, app, w, h)?;
            term.clear()?;
            dirty = true;
        }
        if dirty {
            term.draw(|frame| ui::draw(frame, app, theme))?;
            dirty = false;
        }
        // Wake up now and then to notice signals, and often while a search
        // runs to show its answer. When events arrive, take every one that
        // follows within a millisecond, for up to a frame's time, before
        // drawing again: no keystroke is dropped, and a burst (a paste
        // without brackets, a resize flood) costs a frame per FRAME.
        let wait = if app.search_running.is_some() { 4 } else { 100 };
        if event::poll(Duration::from_millis(wait))? {
            let until = Instant::now() + FRAME;
            while !app.should_quit {
                handle(term, app, event::read()?)?;
                if app.suspend_pending()
                    || Instant::now() >= until
                    || !event::poll(Duration::from_millis(1))?
                {
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

/// A new terminal size: the app lays out for it, ratatui's buffers follow
/// (capped, see [`terminal::viewport`]).
fn resize(term: &mut Tui, app: &mut App, w: u16, h: u16) -> io::Result<()> {
    app.update(Action::Resize(w, h));
    let area = terminal::viewport(w, h);
    if term.get_frame().area() != area {
        term.resize(area)?;
    }
    Ok(())
}

fn handle(term: &mut Tui, app: &mut App, event: Event) -> io::Result<()> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            test_hook(key.code);
            if let Some(action) = app.key_action(&key) {
                app.update(action);
                run_effects(app);
            }
        }
        Event::Paste(text) => app.update(Action::Paste(text)),
        Event::Mouse(mouse) => {
            let (w, h) = app.size;
            if let Some(action) = ui::mouse::action_for(app, &mouse, w, h) {
                app.update(action);
            }
        }
        Event::Resize(w, h) => resize(term, app, w, h)?,
        _ => {}
    }
    Ok(())
}

/// For the end-to-end tests, `ACCORDS_TEST_ON_KEY` makes the key `!` prove
/// an exit path: `panic` panics (the terminal must survive), `hang` keeps
/// the interface thread busy for 10 s (a signal must still restore the
/// terminal and end the program).
fn test_hook(code: KeyCode) {
    static HOOK: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if code != KeyCode::Char('!') {
        return;
    }
    let hook = HOOK.get_or_init(|| {
        std::env::var("ACCORDS_TEST_ON_KEY")
            .ok()
            .filter(|v| v == "panic" || v == "hang")
    });
    match hook.as_deref() {
        Some("panic") => panic!("forced panic (ACCORDS_TEST_ON_KEY)"),
        Some("hang") => std::thread::sleep(Duration::from_secs(10)),
        _ => {}
    }
}

/// Carries out what the app asked for and cannot do itself: the OSC 52
/// clipboard write, the browser and the export file.
fn run_effects(app: &mut App) {
    if let Some(text) = app.take_clipboard() {
        use ratatui::crossterm::{clipboard::CopyToClipboard, execute};
        let _ = execute!(io::stdout(), CopyToClipboard::to_clipboard_from(text));
    }
    if let Some(url) = app.take_open() {
        let ok = crate::browser::open(&url).is_some();
        app.update(Action::Opened { url, ok });
    }
    if let Some(req) = app.take_export() {
        let dir = std::env::current_dir().unwrap_or_else(|_| ".".into());
        let result = crate::export::write_export(&dir, &req);
        app.update(Action::ExportDone(result.map_err(|e| e.kind())));
    }
}
