//! The timeline: every event and every status change of the records, in
//! date order.

use super::{Kind, Record};
use crate::model::{PartialDate, Status};

/// One dated step on the timeline: an event, or a status change in a
/// record's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineEntry {
    pub date: PartialDate,
    /// The record the entry belongs to (the event itself, or the record
    /// whose status changed).
    pub record: usize,
    /// `Some(i)`: the entry is `records[record].history[i]`.
    pub change: Option<usize>,
}

/// Every event and status change of `records`, in date order.
pub(super) fn timeline(records: &[Record]) -> Vec<TimelineEntry> {
    // A status step that an event of the same day and kind already tells
    // (the signature event of an agreement) is not listed a second time.
    let told: std::collections::HashSet<(usize, PartialDate, Status)> = records
        .iter()
        .filter_map(|r| Some((r.date?, r.event_kind?.step()?, &r.links)))
        .flat_map(|(date, status, links)| links.iter().map(move |l| (l.target, date, status)))
        .collect();
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        if r.kind == Kind::Event {
            if let Some(date) = r.date {
                out.push(TimelineEntry {
                    date,
                    record: i,
                    change: None,
                });
            }
        }
        for (c, h) in r.history.iter().enumerate() {
            if told.contains(&(i, h.date, h.status)) {
                continue;
            }
            out.push(TimelineEntry {
                date: h.date,
                record: i,
                change: Some(c),
            });
        }
    }
    out.sort_by_key(|e| e.date.sort_key());
    out
}
