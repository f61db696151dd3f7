//! One stream of events for the loop: terminal input read on a thread of
//! its own, the search worker's answers and `--watch` reloads, all arriving
//! on one channel in the order they happened.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use ratatui::crossterm::event;

use crate::app::Action;

/// What the event loop receives.
#[derive(Debug)]
pub enum Event {
    /// A key, a paste, a mouse report or a resize.
    Terminal(event::Event),
    /// The terminal cannot be read any more (it is gone).
    InputFailed(io::Error),
    /// A search answer or a reload, for `App::update`.
    App(Action),
}

const RUN: u8 = 0;
const PAUSE: u8 = 1;
const STOP: u8 = 2;

/// How long the input thread waits for input before it looks at its
/// orders again: the most a pause or a stop waits for it.
const INPUT_TICK: Duration = Duration::from_millis(20);

/// The events' channel and the input thread feeding it.
pub struct Events {
    tx: Sender<Event>,
    rx: Receiver<Event>,
    order: Arc<AtomicU8>,
    input: Option<JoinHandle<()>>,
}

impl Events {
    /// Starts reading the terminal.
    pub fn start() -> io::Result<Events> {
        let (tx, rx) = mpsc::channel();
        let order = Arc::new(AtomicU8::new(RUN));
        let input = {
            let (tx, order) = (tx.clone(), Arc::clone(&order));
            std::thread::Builder::new()
                .name("accords-input".into())
                .spawn(move || read_input(&tx, &order))?
        };
        Ok(Events {
            tx,
            rx,
            order,
            input: Some(input),
        })
    }

    /// Forwards what `rx` receives (the worker's answers, reloads) into the
    /// stream, on a thread that ends with `rx`'s sender.
    pub fn forward(&self, rx: Receiver<Action>) -> io::Result<()> {
        let tx = self.tx.clone();
        std::thread::Builder::new()
            .name("accords-forward".into())
            .spawn(move || {
                while let Ok(action) = rx.recv() {
                    if tx.send(Event::App(action)).is_err() {
                        return;
                    }
                }
            })?;
        Ok(())
    }

    /// The next event, waiting at most `timeout`.
    pub fn next(&self, timeout: Duration) -> Option<Event> {
        self.rx.recv_timeout(timeout).ok()
    }

    /// Stops reading the terminal until [`Events::resume`], and returns
    /// once the input thread has stopped reading: nothing typed for the
    /// shell while suspended is taken.
    pub fn pause(&self) {
        self.order.store(PAUSE, Ordering::SeqCst);
        self.wait_idle();
    }

    pub fn resume(&self) {
        self.order.store(RUN, Ordering::SeqCst);
        if let Some(t) = &self.input {
            t.thread().unpark();
        }
    }

    /// Waits (a tick at most) until the input thread is between reads.
    fn wait_idle(&self) {
        let Some(t) = &self.input else { return };
        let until = Instant::now() + INPUT_TICK * 5;
        while !t.is_finished() && self.order.load(Ordering::SeqCst) != idle_of(PAUSE) {
            if Instant::now() >= until {
                return;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

impl Drop for Events {
    /// Stops the input thread before the terminal goes back to the shell,
    /// so it takes none of the keys typed after the program.
    fn drop(&mut self) {
        self.order.store(STOP, Ordering::SeqCst);
        if let Some(t) = self.input.take() {
            t.thread().unpark();
            let until = Instant::now() + INPUT_TICK * 5;
            while !t.is_finished() && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }
}

/// The order value the input thread writes back once it obeys a pause.
fn idle_of(order: u8) -> u8 {
    order | 0x80
}

fn read_input(tx: &Sender<Event>, order: &AtomicU8) {
    loop {
        match order.load(Ordering::SeqCst) {
            STOP => return,
            PAUSE => {
                // Say so, then wait to be resumed (or stopped).
                let _ = order.compare_exchange(PAUSE, idle_of(PAUSE), SeqCst, SeqCst);
                std::thread::park_timeout(INPUT_TICK);
                continue;
            }
            o if o == idle_of(PAUSE) => {
                std::thread::park_timeout(INPUT_TICK);
                continue;
            }
            _ => {}
        }
        let read = event::poll(INPUT_TICK).and_then(|ready| ready.then(event::read).transpose());
        match read {
            Ok(Some(e)) => {
                if tx.send(Event::Terminal(e)).is_err() {
                    return;
                }
            }
            Ok(None) => {}
            Err(e) => {
                let _ = tx.send(Event::InputFailed(e));
                return;
            }
        }
    }
}

use Ordering::SeqCst;
