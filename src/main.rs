use std::io;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use accords::app::{Action, App};
use accords::cli::{self, Cli, Command};
use accords::keymap;
use accords::ui::{self, Theme};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Check {
        files,
        strict,
        format,
    }) = &cli.command
    {
        let code = cli::run_check(files, *strict, *format, cli.max_size);
        return ExitCode::from(code as u8);
    }
    // Everything that can fail on the data happens before raw mode.
    let catalog = match cli::open(cli.data.as_deref(), cli.max_size) {
        Ok(c) => c,
        Err(code) => return ExitCode::from(code as u8),
    };
    let mut app = App::new(catalog, cli.language(), cli.domains());
    match run(&mut app, &Theme::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("accords: terminal error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs the interface until the user quits. `ratatui::try_init` installs a
/// panic hook that restores the terminal; `restore` runs on every other exit.
fn run(app: &mut App, theme: &Theme) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app, theme);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    theme: &Theme,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.should_quit {
        terminal.draw(|frame| ui::draw(frame, app, theme))?;
        // Wait for one event, then take every event already queued before
        // drawing again: no keystroke is dropped and typing never waits on
        // a frame.
        handle(app, event::read()?);
        while !app.should_quit && event::poll(Duration::ZERO)? {
            handle(app, event::read()?);
        }
    }
    Ok(())
}

fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if let Some(action) = keymap::action_for(app.context(), &key) {
                app.update(action);
            }
        }
        Event::Resize(w, h) => app.update(Action::Resize(w, h)),
        _ => {}
    }
}
