//! The interactive side: the terminal's modes and signals ([`terminal`]) and
//! the event loop that feeds [`App::update`] and draws.

pub mod events;
pub mod terminal;

use std::io;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

/// The longest the loop reads input without drawing.
const FRAME: Duration = Duration::from_millis(50);

use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEventKind};

use crate::app::{Action, App, SearchRequest};
use crate::ui::{self, Theme};
use events::{Event, Events};
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
            let events = Events::start()?;
            events.forward(answers)?;
            if let Some(rx) = watch {
                events.forward(rx)?;
            }
            let result = event_loop(&mut term, app, theme, mouse, &flags, &events, &searches);
            // The input thread stops before the shell gets the terminal back.
            drop(events);
            result
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

fn event_loop(
    term: &mut Tui,
    app: &mut App,
    theme: &Theme,
    mouse: bool,
    flags: &Flags,
    events: &Events,
    searches: &Sender<SearchRequest>,
) -> io::Result<()> {
    let (w, h) = ratatui::crossterm::terminal::size()?;
    resize(term, app, w, h)?;
    let mut dirty = true;
    while !app.should_quit && flags.stop_signal().is_none() {
        if app.take_suspend() || flags.suspend.swap(false, Ordering::SeqCst) {
            events.pause();
            let resumed = terminal::suspend(mouse);
            events.resume();
            resumed?;
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
        // Wait for the next event, waking now and then to notice signals.
        // Then take every event that follows within a millisecond, for up
        // to a frame's time, before drawing again: nothing is dropped, and
        // a burst (a paste without brackets, a resize flood) costs a frame
        // per FRAME.
        if let Some(first) = events.next(Duration::from_millis(100)) {
            let until = Instant::now() + FRAME;
            let mut event = Some(first);
            while let Some(e) = event.take() {
                handle(term, app, e)?;
                if app.should_quit || app.suspend_pending() || Instant::now() >= until {
                    break;
                }
                event = events.next(Duration::from_millis(1));
            }
            dirty = true;
        }
        // Only the newest query's search goes out; the worker skips stale ones.
        if let Some(request) = app.take_search() {
            let seq = request.seq;
            if searches.send(request).is_err() {
                // The worker is gone: rank on this thread from now on.
                app.update(Action::SearchFailed(seq));
            }
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
    let event = match event {
        Event::Terminal(e) => e,
        Event::App(action) => {
            app.update(action);
            return Ok(());
        }
        Event::InputFailed(e) => return Err(e),
    };
    match event {
        TermEvent::Key(key) if key.kind == KeyEventKind::Press => {
            test_hook(key.code);
            if let Some(action) = app.key_action(&key) {
                app.update(action);
                run_effects(app);
            }
        }
        TermEvent::Paste(text) => app.update(Action::Paste(text)),
        TermEvent::Mouse(mouse) => {
            let (w, h) = app.size;
            if let Some(action) = ui::mouse::action_for(app, &mouse, w, h) {
                app.update(action);
            }
        }
        TermEvent::Resize(w, h) => resize(term, app, w, h)?,
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
