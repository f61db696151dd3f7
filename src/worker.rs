//! The search worker: a thread that ranks queries off the interface thread.
//! The event loop sends it each [`SearchRequest`] the app asks for and
//! receives [`Action::SearchDone`] answers. Requests that queue up while it
//! works are skipped but for the newest, so fast typing costs one search,
//! not one per key; the app drops any answer that is not for its latest
//! query. No terminal code.

use std::sync::mpsc::{self, Receiver, Sender};

use crate::app::{Action, SearchRequest};

/// Starts the worker; it ends when the request sender is dropped.
pub fn spawn() -> std::io::Result<(Sender<SearchRequest>, Receiver<Action>)> {
    let (tx_req, rx_req) = mpsc::channel::<SearchRequest>();
    let (tx_done, rx_done) = mpsc::channel();
    std::thread::Builder::new()
        .name("accords-search".into())
        .spawn(move || {
            while let Ok(mut req) = rx_req.recv() {
                while let Ok(newer) = rx_req.try_recv() {
                    req = newer;
                }
                // A panic here must not leave the app waiting: it is told,
                // and ranks on its own thread from then on.
                let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| req.run()))
                    .unwrap_or(Action::SearchFailed(req.seq));
                if tx_done.send(answer).is_err() {
                    return;
                }
            }
        })?;
    Ok((tx_req, rx_done))
}
