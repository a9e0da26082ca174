//! Availability hours: is the agent inside their weekly hours at an instant, judged by
//! the wall clock of their time zone?
//!
//! An interval `start..end` on a day covers wall times from `start` up to `end`; an end
//! not after its start runs past midnight into the next day, and `24:00` is the end of the
//! day. Judging by wall time makes DST behave as a person expects: wall times skipped by a
//! spring-forward gap never occur, and the repeated hour of a fold counts twice.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc, Weekday as ChronoWeekday};
use chrono_tz::Tz;

use crate::settings::{Interval, Schedule, Weekday};

fn minutes(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

fn ours(day: ChronoWeekday) -> Weekday {
    match day {
        ChronoWeekday::Mon => Weekday::Mon,
        ChronoWeekday::Tue => Weekday::Tue,
        ChronoWeekday::Wed => Weekday::Wed,
        ChronoWeekday::Thu => Weekday::Thu,
        ChronoWeekday::Fri => Weekday::Fri,
        ChronoWeekday::Sat => Weekday::Sat,
        ChronoWeekday::Sun => Weekday::Sun,
    }
}

/// (start, end) in minutes; `None` for an interval that does not parse.
fn span(interval: &Interval) -> Option<(u32, u32)> {
    Some((minutes(&interval.start)?, minutes(&interval.end)?))
}

/// Inside the hours at `at`? Hours switched off mean always available.
pub fn is_available(schedule: &Schedule, tz: Tz, at: DateTime<Utc>) -> bool {
    if !schedule.enabled {
        return true;
    }
    let local = at.with_timezone(&tz);
    let now = local.hour() * 60 + local.minute();
    let today = schedule.days.get(&ours(local.weekday()));
    let yesterday = schedule.days.get(&ours(local.weekday().pred()));
    let in_today = today.into_iter().flatten().filter_map(span).any(|(s, e)| {
        if e > s {
            s <= now && now < e
        } else {
            now >= s
        }
    });
    // Yesterday's overnight intervals reach into this morning.
    let from_yesterday = yesterday
        .into_iter()
        .flatten()
        .filter_map(span)
        .any(|(s, e)| e <= s && now < e);
    in_today || from_yesterday
}

/// The next instant after `after` at which being available flips, within 8 days.
/// Steps minute by minute: every boundary is on a whole minute of wall time, so this is
/// exact, and 11 520 steps cost well under a millisecond of real work each hour.
pub fn next_change(schedule: &Schedule, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let start = after
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(after);
    let now = is_available(schedule, tz, after);
    (1..=8 * 24 * 60)
        .map(|m| start + Duration::minutes(m))
        .find(|t| is_available(schedule, tz, *t) != now)
}

/// The next start of availability after `after` ("snooze until the next start").
pub fn next_start(schedule: &Schedule, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let first = next_change(schedule, tz, after)?;
    if is_available(schedule, tz, first) {
        Some(first)
    } else {
        next_change(schedule, tz, first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn schedule(days: &[(Weekday, &str, &str)]) -> Schedule {
        let mut s = Schedule {
            enabled: true,
            ..Schedule::default()
        };
        for (day, start, end) in days {
            s.days.entry(*day).or_default().push(Interval {
                start: (*start).into(),
                end: (*end).into(),
            });
        }
        s
    }

    fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .earliest()
            .expect("a wall time that exists")
            .with_timezone(&Utc)
    }

    #[test]
    fn plain_hours_and_off_switch() {
        let tz: Tz = "Europe/Warsaw".parse().unwrap();
        let s = schedule(&[(Weekday::Mon, "09:00", "17:00")]);
        assert!(is_available(&s, tz, at(tz, 2024, 6, 3, 9, 0)));
        assert!(is_available(&s, tz, at(tz, 2024, 6, 3, 16, 59)));
        assert!(!is_available(&s, tz, at(tz, 2024, 6, 3, 17, 0)));
        assert!(!is_available(&s, tz, at(tz, 2024, 6, 4, 10, 0)), "Tuesday");
        let off = Schedule {
            enabled: false,
            ..s.clone()
        };
        assert!(is_available(&off, tz, at(tz, 2024, 6, 4, 10, 0)));
        let empty = schedule(&[]);
        assert!(!is_available(&empty, tz, at(tz, 2024, 6, 3, 10, 0)));
        assert_eq!(next_change(&empty, tz, at(tz, 2024, 6, 3, 10, 0)), None);
    }

    #[test]
    fn overnight_and_midnight_ends() {
        let tz: Tz = "Europe/Warsaw".parse().unwrap();
        let s = schedule(&[
            (Weekday::Sat, "22:00", "06:00"),
            (Weekday::Fri, "18:00", "24:00"),
        ]);
        assert!(
            is_available(&s, tz, at(tz, 2024, 6, 8, 23, 0)),
            "Saturday night"
        );
        assert!(
            is_available(&s, tz, at(tz, 2024, 6, 9, 5, 59)),
            "Sunday early"
        );
        assert!(!is_available(&s, tz, at(tz, 2024, 6, 9, 6, 0)));
        assert!(
            is_available(&s, tz, at(tz, 2024, 6, 7, 23, 59)),
            "until 24:00"
        );
        assert!(
            !is_available(&s, tz, at(tz, 2024, 6, 8, 0, 0)),
            "24:00 ends the day"
        );
    }

    #[test]
    fn new_york_spring_forward_gap_and_fall_back_fold() {
        let tz: Tz = "America/New_York".parse().unwrap();
        // 2024-03-10: 02:00 jumps to 03:00, so 02:30 never happens; the hours begin at the
        // first wall time after it, 03:00.
        let s = schedule(&[(Weekday::Sun, "02:30", "05:00")]);
        let before = Utc.with_ymd_and_hms(2024, 3, 10, 6, 59, 0).unwrap(); // 01:59 EST
        let start = next_change(&s, tz, before).unwrap();
        assert_eq!(start, Utc.with_ymd_and_hms(2024, 3, 10, 7, 0, 0).unwrap()); // 03:00 EDT
        assert_eq!(next_start(&s, tz, before), Some(start));
        // 2024-11-03: 01:30 happens twice; both count.
        let s = schedule(&[(Weekday::Sun, "01:00", "02:00")]);
        let first = Utc.with_ymd_and_hms(2024, 11, 3, 5, 30, 0).unwrap(); // 01:30 EDT
        let second = Utc.with_ymd_and_hms(2024, 11, 3, 6, 30, 0).unwrap(); // 01:30 EST
        assert!(is_available(&s, tz, first) && is_available(&s, tz, second));
        // The fold makes this hour last two: it ends at 02:00 EST.
        assert_eq!(
            next_change(&s, tz, first),
            Some(Utc.with_ymd_and_hms(2024, 11, 3, 7, 0, 0).unwrap())
        );
    }

    #[test]
    fn sao_paulo_day_without_midnight() {
        let tz: Tz = "America/Sao_Paulo".parse().unwrap();
        // 2015-10-18: 00:00 jumped to 01:00. A Sunday shift from 00:00 starts at 01:00.
        let s = schedule(&[(Weekday::Sun, "00:00", "08:00")]);
        let saturday_night = Utc.with_ymd_and_hms(2015, 10, 18, 2, 0, 0).unwrap(); // Sat 23:00
        assert!(!is_available(&s, tz, saturday_night));
        assert_eq!(
            next_change(&s, tz, saturday_night),
            Some(Utc.with_ymd_and_hms(2015, 10, 18, 3, 0, 0).unwrap()) // Sun 01:00 -02
        );
    }

    #[test]
    fn an_overnight_shift_across_a_dst_change() {
        let tz: Tz = "Europe/Warsaw".parse().unwrap();
        // Saturday 2024-10-26 22:00 to Sunday 06:00; the clocks go back at 03:00 on Sunday,
        // so the shift lasts nine real hours.
        let s = schedule(&[(Weekday::Sat, "22:00", "06:00")]);
        let start = at(tz, 2024, 10, 26, 22, 0);
        let end = next_change(&s, tz, start).unwrap();
        assert_eq!(end - start, Duration::hours(9));
    }

    #[test]
    fn next_change_is_the_first_flip_checked_minute_by_minute() {
        let tz: Tz = "Australia/Lord_Howe".parse().unwrap(); // half-hour DST
        let s = schedule(&[
            (Weekday::Sun, "01:45", "02:15"),
            (Weekday::Mon, "09:00", "12:30"),
            (Weekday::Mon, "13:00", "17:00"),
        ]);
        let mut t = Utc.with_ymd_and_hms(2024, 10, 5, 12, 7, 0).unwrap();
        for _ in 0..6 {
            let change = next_change(&s, tz, t).unwrap();
            let was = is_available(&s, tz, t);
            let mut m = t + Duration::minutes(1);
            while m < change {
                assert_eq!(is_available(&s, tz, m), was, "flipped early at {m}");
                m += Duration::minutes(1);
            }
            assert_ne!(is_available(&s, tz, change), was);
            t = change;
        }
    }
}
