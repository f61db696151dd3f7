//! The terminal's modes: entering the interface, leaving it on every exit
//! path, suspending (Ctrl-Z, SIGTSTP) and resuming, and the signals that
//! end the program.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};
use signal_hook::consts::signal::*;

use crate::ui;

pub type Tui = Terminal<CrosstermBackend<io::Stdout>>;

/// Signals that end the program by default and can be caught: each one
/// restores the terminal first. (SIGKILL and SIGSTOP cannot be caught;
/// SIGSEGV and friends are bugs, not requests.)
pub const ENDING: &[i32] = &[
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
    SIGXFSZ, SIGIO,
];

/// Puts the terminal in the interface's modes: raw, alternate screen,
/// bracketed paste (a paste arrives as one text, never as keys), cursor
/// hidden, and mouse reporting when asked.
pub fn enter(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableBracketedPaste, Hide)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Undoes every mode [`enter`] may have set, each on its own so one
/// failure does not keep the others: mouse reporting and bracketed paste
/// off, main screen, cursor shown, raw mode off. Harmless when a mode was
/// never on; errors are ignored (the terminal may be gone).
pub fn leave() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, DisableBracketedPaste);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, Show);
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// The area ratatui draws in for a terminal of `width`×`height`: the whole
/// screen, capped at [`ui::MAX_WIDTH`]×[`ui::MAX_HEIGHT`] so an absurd size
/// (`stty rows 65535 cols 65535`) cannot make it allocate gigabytes; the
/// interface then says the terminal is too large.
pub fn viewport(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width.min(ui::MAX_WIDTH), height.min(ui::MAX_HEIGHT))
}

/// A ratatui terminal on stdout with a fixed viewport, resized by the
/// event loop (see [`viewport`]) instead of ratatui's own unbounded resize.
pub fn new_terminal() -> io::Result<Tui> {
    let (w, h) = ratatui::crossterm::terminal::size()?;
    Terminal::with_options(
        CrosstermBackend::new(io::stdout()),
        TerminalOptions {
            viewport: Viewport::Fixed(viewport(w, h)),
        },
    )
}

/// Leaves the interface, stops the process as Ctrl-Z does in a shell, and
/// once continued (`fg`, SIGCONT) enters it again; the caller redraws
/// everything.
pub fn suspend(mouse: bool) -> io::Result<()> {
    leave();
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    enter(mouse)
}

/// What the signal thread tells the event loop.
#[derive(Debug, Default)]
pub struct Flags {
    /// The signal that asks the program to end, or 0.
    pub stop: AtomicI32,
    /// SIGTSTP arrived: suspend at the next turn of the loop.
    pub suspend: AtomicBool,
}

impl Flags {
    pub fn stop_signal(&self) -> Option<i32> {
        match self.stop.load(Ordering::SeqCst) {
            0 => None,
            sig => Some(sig),
        }
    }
}

/// Starts the thread that turns signals into [`Flags`]. An ending signal
/// sets `stop`; the event loop notices within 100 ms, restores the
/// terminal and returns. If it cannot (it is busy, or its terminal is gone),
/// this thread restores what can be restored after a second and exits with
/// 128 + the signal.
pub fn watch_signals() -> io::Result<Arc<Flags>> {
    let flags = Arc::new(Flags::default());
    let mut wanted = ENDING.to_vec();
    wanted.push(SIGTSTP);
    let mut signals = signal_hook::iterator::Signals::new(&wanted)?;
    let shared = Arc::clone(&flags);
    std::thread::Builder::new()
        .name("accords-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if sig == SIGTSTP {
                    shared.suspend.store(true, Ordering::SeqCst);
                    continue;
                }
                shared.stop.store(sig, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(1000));
                let _ = std::panic::catch_unwind(leave);
                std::process::exit(128 + sig);
            }
        })?;
    Ok(flags)
}
