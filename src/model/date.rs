//! [`PartialDate`]: a date reduced to a year or a month when the sources
//! give no more, and the month names.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Month names, January first, for search and generated prose.
pub const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO 8601 calendar date, possibly reduced to a month or a year
/// ("2025-10-30", "2023-04", "1966") when the sources give no more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(s: &str) -> Result<PartialDate, String> {
        let bad = || format!("invalid date \"{s}\": expected YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.is_empty() || parts.len() > 3 || !digits(parts[0], 4) {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let mut date = PartialDate {
            year,
            month: None,
            day: None,
        };
        if let Some(m) = parts.get(1) {
            if !digits(m, 2) {
                return Err(bad());
            }
            let month: u8 = m.parse().map_err(|_| bad())?;
            if !(1..=12).contains(&month) {
                return Err(format!(
                    "impossible date \"{s}\": there is no month {month}"
                ));
            }
            date.month = Some(month);
        }
        if let Some(d) = parts.get(2) {
            if !digits(d, 2) {
                return Err(bad());
            }
            let day: u8 = d.parse().map_err(|_| bad())?;
            let month = time::Month::try_from(date.month.unwrap_or(1)).map_err(|_| bad())?;
            if time::Date::from_calendar_date(year, month, day).is_err() {
                return Err(format!(
                    "impossible date \"{s}\": {} {year} has {} days",
                    month,
                    time::util::days_in_month(month, year)
                ));
            }
            date.day = Some(day);
        }
        Ok(date)
    }

    /// A sort key that puts a month before its first day and a year before
    /// its months.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_three_precisions() {
        assert_eq!(PartialDate::parse("1966").unwrap().to_string(), "1966");
        assert_eq!(
            PartialDate::parse("2023-04").unwrap().to_string(),
            "2023-04"
        );
        assert_eq!(
            PartialDate::parse("2025-10-30").unwrap().to_string(),
            "2025-10-30"
        );
    }

    #[test]
    fn impossible_and_malformed_dates_are_rejected() {
        let e = PartialDate::parse("2025-02-30").unwrap_err();
        assert!(e.contains("February 2025 has 28 days"), "{e}");
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(
            PartialDate::parse("2025-13")
                .unwrap_err()
                .contains("no month 13")
        );
        for bad in [
            "",
            "25-01-01",
            "2025-1-01",
            "2025/01/01",
            "2025-01-01-01",
            "２０２５",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
    }
}
