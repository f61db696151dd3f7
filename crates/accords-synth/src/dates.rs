//! Dates: the generator counts days from 1970-01-01 and turns them into
//! partial dates and French and English phrases.

use std::fmt::Write as _;

use accords::model::{MONTHS_EN as MONTHS, MONTHS_FR as MOIS, PartialDate};

/// Days since 1970-01-01 (H. Hinnant's algorithm).
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

fn civil(day: i32) -> (i32, u8, u8) {
    let z = day + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m as u8, d as u8)
}

pub(crate) const MIN_DAY: i32 = days_from_civil(1950, 1, 1);
pub(crate) const MAX_DAY: i32 = days_from_civil(2026, 12, 31);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prec {
    Day,
    Month,
    Year,
}

pub(crate) fn date_at(day: i32, prec: Prec) -> PartialDate {
    let (year, m, d) = civil(day);
    PartialDate {
        year,
        month: (prec != Prec::Year).then_some(m),
        day: (prec == Prec::Day).then_some(d),
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

    #[test]
    fn calendar_round_trips() {
        for day in [MIN_DAY, MIN_DAY + 59, 0, 11_016, MAX_DAY] {
            let (y, m, d) = civil(day);
            assert_eq!(days_from_civil(y, m as u32, d as u32), day);
        }
        assert_eq!(civil(MIN_DAY), (1950, 1, 1));
        assert_eq!(civil(MAX_DAY), (2026, 12, 31));
        assert_eq!(civil(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }
}
