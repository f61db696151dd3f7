//! Dates: the generator counts days from 1970-01-01 and turns them into
//! partial dates and French and English phrases.

use std::fmt::Write as _;

use accords::model::{MONTHS_EN as MONTHS, MONTHS_FR as MOIS, PartialDate};
use time::{Date, Month};

/// The Julian day number of a calendar date.
const fn julian(year: i32, month: Month, day: u8) -> i32 {
    match Date::from_calendar_date(year, month, day) {
        Ok(date) => date.to_julian_day(),
        Err(_) => panic!("not a date"),
    }
}

/// The generator's day 0, 1970-01-01, as a Julian day number.
const EPOCH: i32 = julian(1970, Month::January, 1);

/// A calendar date as days since 1970-01-01.
const fn days(year: i32, month: Month, day: u8) -> i32 {
    julian(year, month, day) - EPOCH
}

pub(crate) const MIN_DAY: i32 = days(1950, Month::January, 1);
pub(crate) const MAX_DAY: i32 = days(2026, Month::December, 31);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prec {
    Day,
    Month,
    Year,
}

/// Day `day` (since 1970-01-01) as a date of precision `prec`.
pub(crate) fn date_at(day: i32, prec: Prec) -> PartialDate {
    let date = Date::from_julian_day(day + EPOCH).expect("a day within time's range");
    PartialDate {
        year: date.year(),
        month: (prec != Prec::Year).then_some(u8::from(date.month())),
        day: (prec == Prec::Day).then_some(date.day()),
    }
}

pub(crate) type Key = (i32, u8, u8);

pub(crate) fn key(d: &PartialDate) -> Key {
    d.sort_key()
}

/// "le 1er mars 1998", "en mars 1998", "en 1998".
pub(crate) fn on_fr(d: &PartialDate, out: &mut String) {
    out.clear();
    let y = d.year;
    let _ = match (d.month, d.day) {
        (Some(m), Some(1)) => write!(out, "le 1er {} {y}", MOIS[m as usize - 1]),
        (Some(m), Some(day)) => write!(out, "le {day} {} {y}", MOIS[m as usize - 1]),
        (Some(m), None) => write!(out, "en {} {y}", MOIS[m as usize - 1]),
        _ => write!(out, "en {y}"),
    };
}

/// "on 1 March 1998", "in March 1998", "in 1998".
pub(crate) fn on_en(d: &PartialDate, out: &mut String) {
    out.clear();
    let y = d.year;
    let _ = match (d.month, d.day) {
        (Some(m), Some(day)) => write!(out, "on {day} {} {y}", MONTHS[m as usize - 1]),
        (Some(m), None) => write!(out, "in {} {y}", MONTHS[m as usize - 1]),
        _ => write!(out, "in {y}"),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(day: i32) -> (i32, Option<u8>, Option<u8>) {
        let d = date_at(day, Prec::Day);
        (d.year, d.month, d.day)
    }

    /// The day numbers the generator has always used, so that a seed still
    /// gives the same dataset.
    #[test]
    fn days_since_1970() {
        assert_eq!((MIN_DAY, MAX_DAY), (-7305, 20_818));
        assert_eq!(days(2024, Month::February, 29), 19_782);
        assert_eq!(ymd(0), (1970, Some(1), Some(1)));
        assert_eq!(ymd(MIN_DAY), (1950, Some(1), Some(1)));
        assert_eq!(ymd(MIN_DAY + 59), (1950, Some(3), Some(1)));
        assert_eq!(ymd(11_016), (2000, Some(2), Some(29)));
        assert_eq!(ymd(MAX_DAY), (2026, Some(12), Some(31)));
        let month = date_at(19_782, Prec::Month);
        assert_eq!((month.year, month.month, month.day), (2024, Some(2), None));
    }
}
