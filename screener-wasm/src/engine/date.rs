//! Civil dates, small enough for the browser's wasm (no chrono, no time zone).
//!
//! [`Date`] is always a real calendar day. [`PartialDate`] is what a person may answer: a day
//! (`2024-03-14`) or only a month (`2024-03`) when they do not remember the day. A month-only date
//! stands for every day of that month; conditions compare it as a range (see `condition`).
//!
//! Arithmetic goes through a day count since 1970-01-01 (Howard Hinnant's `days_from_civil`).
//! Adding months or years keeps the day of the month and clamps it to the month's end
//! (2024-02-29 + 1 year = 2025-02-28), like the calendar people use for legal deadlines.

use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar day in the proleptic Gregorian calendar. Invariant: month 1..=12 and the day
/// exists in that month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// An answer to a date question: a day, or a whole month when the day is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    year: i32,
    month: u8,
    day: Option<u8>,
}

impl Date {
    /// The day, if it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses `YYYY-MM-DD` (four-digit year).
    pub fn parse(text: &str) -> Option<Date> {
        let p = PartialDate::parse(text)?;
        Date::new(p.year, p.month.into(), p.day?.into())
    }

    /// The year, e.g. 2025.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month.into()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day.into()
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let m = i64::from(self.month);
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Moves by whole days (negative: back).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Moves by whole months, clamping the day to the end of the target month.
    pub fn add_months(self, months: i64) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = index.div_euclid(12) as i32;
        let month = index.rem_euclid(12) as u32 + 1;
        let day = u32::from(self.day).min(days_in_month(year, month));
        Date {
            year,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Moves by whole years, clamping 29 February to 28 February in common years.
    pub fn add_years(self, years: i64) -> Date {
        self.add_months(years * 12)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }
}

impl PartialDate {
    /// Parses `YYYY-MM` or `YYYY-MM-DD` (four-digit year).
    pub fn parse(text: &str) -> Option<PartialDate> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
        };
        if !(b.len() == 7 || b.len() == 10) || b[4] != b'-' {
            return None;
        }
        let year = digits(0..4)? as i32;
        let month = digits(5..7)?;
        let day = if b.len() == 10 {
            if b[7] != b'-' {
                return None;
            }
            Some(digits(8..10)?)
        } else {
            None
        };
        Date::new(year, month, day.unwrap_or(1))?;
        Some(PartialDate {
            year,
            month: month as u8,
            day: day.map(|d| d as u8),
        })
    }

    /// The first day the answer can mean.
    pub fn first(self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: self.day.unwrap_or(1),
        }
    }

    /// The last day the answer can mean.
    pub fn last(self) -> Date {
        let end = days_in_month(self.year, self.month.into()) as u8;
        Date {
            year: self.year,
            month: self.month,
            day: self.day.unwrap_or(end),
        }
    }

    /// True for `YYYY-MM`.
    pub fn is_month_only(self) -> bool {
        self.day.is_none()
    }
}

impl From<Date> for PartialDate {
    fn from(d: Date) -> Self {
        PartialDate {
            year: d.year,
            month: d.month,
            day: Some(d.day),
        }
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Writes `n` with at least `width` digits. Hand-written because the formatting machinery's
/// padding code is a noticeable part of a small wasm module.
fn push_padded(out: &mut String, n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = i.min(buf.len() - width);
    out.extend(buf[start..].iter().map(|&b| char::from(b)));
}

fn render(year: i32, month: u8, day: Option<u8>) -> String {
    let mut s = String::with_capacity(10);
    if year < 0 {
        s.push('-');
    }
    push_padded(&mut s, year.unsigned_abs(), 4);
    s.push('-');
    push_padded(&mut s, month.into(), 2);
    if let Some(day) = day {
        s.push('-');
        push_padded(&mut s, day.into(), 2);
    }
    s
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self.year, self.month, Some(self.day)))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self.year, self.month, self.day))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&render(self.year, self.month, Some(self.day)))
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&render(self.year, self.month, self.day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_days_and_months() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("2024-1-01").is_none());
        assert!(Date::parse("2024-03").is_none(), "a Date needs a day");
        let m = PartialDate::parse("2024-02").unwrap();
        assert!(m.is_month_only());
        assert_eq!(m.first(), d("2024-02-01"));
        assert_eq!(m.last(), d("2024-02-29"));
        assert_eq!(m.to_string(), "2024-02");
        assert!(PartialDate::parse("2024/02").is_none());
        assert!(PartialDate::parse("24-02-01").is_none());
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        assert_eq!(d("1969-12-31").to_days(), -1);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn arithmetic_clamps_to_month_end() {
        assert_eq!(d("2024-02-29").add_years(1), d("2025-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2024-03-31").add_months(-1), d("2024-02-29"));
        assert_eq!(d("2024-12-15").add_months(1), d("2025-01-15"));
        assert_eq!(d("2025-01-15").add_months(-13), d("2023-12-15"));
        assert_eq!(d("2024-12-31").add_days(1), d("2025-01-01"));
        assert_eq!(d("2025-03-01").add_days(-1), d("2025-02-28"));
        assert_eq!(d("2025-01-01").add_days(180), d("2025-06-30"));
        assert_eq!(d("2025-01-01").days_until(d("2026-01-01")), 365);
        assert_eq!(d("2026-01-01").days_until(d("2025-01-01")), -365);
    }

    #[test]
    fn renders_with_padding() {
        assert_eq!(Date::new(987, 1, 2).unwrap().to_string(), "0987-01-02");
        assert_eq!(
            serde_json::to_string(&d("2025-07-04")).unwrap(),
            "\"2025-07-04\""
        );
    }
}
