//! Weekly availability hours ([`Schedule`]) judged in the agent's IANA time zone: is the
//! agent available at an instant, and when does that next change?
//!
//! An interval `start..end` on day D covers the wall-clock times from D `start` up to,
//! not including, D `end`; an end not after its start (`22:00..06:00`, `09:00..09:00`)
//! runs past midnight to `end` on D+1, and `24:00` is the end of D. Intervals that do not
//! parse cover nothing (validation happens in `settings`; nothing here panics).
//!
//! Everything is decided by the *local wall-clock time* of an instant, because that is how
//! a person reads "Mon 09:00-17:00". At DST changes this means:
//! - spring-forward gap: skipped wall times never occur, so a boundary inside the gap
//!   takes effect at the first instant after it (02:30 in New York on 2024-03-10 is 03:00
//!   EDT), and an interval wholly inside the gap never happens that day;
//! - fall-back fold: the repeated wall times occur twice and are judged alike both times,
//!   so `01:00..02:00` lasts two real hours, and `01:30..03:00` starts at the first 01:30,
//!   stops when the clock goes back to 01:00 and starts again at the second 01:30.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Timelike, Utc, Weekday as ChronoWeekday,
};
use chrono_tz::{GapInfo, Tz};

use crate::settings::{Interval, Schedule, Weekday};

/// How far [`next_change`] and [`next_start`] look ahead. A weekly schedule repeats, so a
/// week and a day holds the next change, unless a DST gap swallows a whole interval (then
/// the change can be up to two weeks away and these report `None`; callers re-evaluate
/// well before eight days pass anyway).
pub const HORIZON: Duration = Duration::days(8);

const DAY_MINUTES: u32 = 24 * 60;

/// Whether the agent is inside their hours at `at`, judged by its wall-clock time in `tz`.
/// Hours switched off (`enabled: false`) mean always available.
pub fn is_available(schedule: &Schedule, tz: Tz, at: DateTime<Utc>) -> bool {
    !schedule.enabled || covers(schedule, at.with_timezone(&tz).naive_local())
}

/// The first instant strictly after `after` at which [`is_available`] flips, or `None` if
/// it does not flip within [`HORIZON`] (hours switched off, no hours, or round the clock).
pub fn next_change(schedule: &Schedule, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    flips(schedule, tz, after).first().map(|&(at, _)| at)
}

/// The first instant strictly after `after` at which availability begins (for "snooze
/// until the next start"), or `None` if none does within [`HORIZON`]. Hours switched off
/// never begin: the agent is available throughout.
pub fn next_start(schedule: &Schedule, tz: Tz, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    flips(schedule, tz, after)
        .into_iter()
        .find_map(|(at, available)| available.then_some(at))
}

/// Minutes since midnight of `HH:MM` (two digits each, as `settings` validates); `24:00`
/// is accepted only as an end.
fn minutes(text: &str, is_end: bool) -> Option<u32> {
    let &[h1, h2, b':', m1, m2] = text.as_bytes() else {
        return None;
    };
    let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
    let (hour, minute) = (digit(h1)? * 10 + digit(h2)?, digit(m1)? * 10 + digit(m2)?);
    let total = hour * 60 + minute;
    (minute < 60 && (total < DAY_MINUTES || is_end && total == DAY_MINUTES)).then_some(total)
}

/// `(start, end)` in minutes; `end <= start` means it ends on the next day.
fn span(interval: &Interval) -> Option<(u32, u32)> {
    Some((
        minutes(&interval.start, false)?,
        minutes(&interval.end, true)?,
    ))
}

fn spans(schedule: &Schedule, day: ChronoWeekday) -> impl Iterator<Item = (u32, u32)> + '_ {
    let day = match day {
        ChronoWeekday::Mon => Weekday::Mon,
        ChronoWeekday::Tue => Weekday::Tue,
        ChronoWeekday::Wed => Weekday::Wed,
        ChronoWeekday::Thu => Weekday::Thu,
        ChronoWeekday::Fri => Weekday::Fri,
        ChronoWeekday::Sat => Weekday::Sat,
        ChronoWeekday::Sun => Weekday::Sun,
    };
    schedule
        .days
        .get(&day)
        .into_iter()
        .flatten()
        .filter_map(span)
}

/// Whether the hours cover a wall-clock time (ignoring `enabled`).
fn covers(schedule: &Schedule, wall: NaiveDateTime) -> bool {
    // Boundaries are whole minutes, so the minute of the wall time decides.
    let now = wall.hour() * 60 + wall.minute();
    let day = wall.weekday();
    spans(schedule, day).any(|(start, end)| start <= now && (now < end || end <= start))
        // Yesterday's overnight intervals reach into this morning.
        || spans(schedule, day.pred()).any(|(start, end)| end <= start && now < end)
}

/// The flips of availability in `(after, after + HORIZON]`, in order, each with the
/// availability it flips to.
///
/// Availability is `covers(wall(t))`, so it can only change at an instant whose wall time
/// is an interval boundary, or where the offset changes and the wall clock jumps. Those
/// candidates are computed from the intervals, and checking availability at each one in
/// order (it is constant from one candidate to the next) keeps only the real flips:
/// adjoining or overlapping intervals produce candidates that flip nothing.
fn flips(schedule: &Schedule, tz: Tz, after: DateTime<Utc>) -> Vec<(DateTime<Utc>, bool)> {
    let mut flips = Vec::new();
    if !schedule.enabled {
        return flips;
    }
    let Some(until) = after.checked_add_signed(HORIZON) else {
        return flips;
    };
    let mut state = is_available(schedule, tz, after);
    for at in candidates(schedule, tz, after, until) {
        let now = is_available(schedule, tz, at);
        if now != state {
            flips.push((at, now));
            state = now;
        }
    }
    flips
}

/// Every instant in `(after, until]` at which availability might change, sorted.
fn candidates(
    schedule: &Schedule,
    tz: Tz,
    after: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<DateTime<Utc>> {
    let mut out = Vec::new();
    // Wall dates from two days before `after` (a fold can move the clock back, and an
    // overnight interval starts the day before) to two past the horizon (a gap can move
    // it forward).
    let Some(first) = after
        .with_timezone(&tz)
        .date_naive()
        .checked_sub_days(chrono::Days::new(2))
    else {
        return out;
    };
    let days = HORIZON.num_days() as usize + 5;
    for date in first.iter_days().take(days) {
        for (start, end) in spans(schedule, date.weekday()) {
            let end_date = if end > start {
                Some(date)
            } else {
                date.succ_opt()
            };
            let walls = [wall_time(Some(date), start), wall_time(end_date, end)];
            for wall in walls.into_iter().flatten() {
                resolve(tz, wall, &mut out);
            }
        }
    }
    out.retain(|at| after < *at && *at <= until);
    out.sort_unstable();
    out.dedup();
    out
}

fn wall_time(date: Option<NaiveDate>, minutes: u32) -> Option<NaiveDateTime> {
    date?
        .and_time(NaiveTime::MIN)
        .checked_add_signed(Duration::minutes(minutes.into()))
}

/// Pushes the instants at which the wall clock reaches `wall`:
/// - once: that instant;
/// - twice (a fold): both, and the instant the clock goes back between them, where the
///   wall time jumps back across `wall` (and everything else in the fold);
/// - never (a gap): the first instant after the gap, the first whose wall time is past
///   `wall`.
fn resolve(tz: Tz, wall: NaiveDateTime, out: &mut Vec<DateTime<Utc>>) {
    match tz.from_local_datetime(&wall) {
        LocalResult::Single(at) => out.push(at.to_utc()),
        LocalResult::Ambiguous(one, other) => {
            let (earlier, later) = (one.min(other).to_utc(), one.max(other).to_utc());
            out.extend([earlier, later]);
            out.extend(offset_change(tz, earlier, later));
        }
        LocalResult::None => out.extend(
            GapInfo::new(&wall, &tz)
                .and_then(|gap| gap.end)
                .map(|at| at.to_utc()),
        ),
    }
}

/// The instant in `(earlier, later]` at which the offset of `tz` changes, assuming it
/// changes once there (true of the few hours a fold spans); offsets change on whole
/// seconds, so bisecting the seconds finds it exactly.
fn offset_change(tz: Tz, earlier: DateTime<Utc>, later: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let offset = |seconds: i64| {
        DateTime::from_timestamp(seconds, 0)
            .map(|at| tz.offset_from_utc_datetime(&at.naive_utc()).fix())
    };
    let (mut low, mut high) = (earlier.timestamp(), later.timestamp());
    let before = offset(low);
    if offset(high) == before {
        return None;
    }
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if offset(middle) == before {
            low = middle;
        } else {
            high = middle;
        }
    }
    DateTime::from_timestamp(high, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn schedule(days: &[(Weekday, &str, &str)]) -> Schedule {
        let mut schedule = Schedule {
            enabled: true,
            ..Schedule::default()
        };
        for (day, start, end) in days {
            schedule.days.entry(*day).or_default().push(Interval {
                start: (*start).into(),
                end: (*end).into(),
            });
        }
        schedule
    }

    fn zone(name: &str) -> Tz {
        name.parse().unwrap()
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    /// A wall time that occurs exactly once in `tz`.
    fn local(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("a wall time that occurs once")
            .to_utc()
    }

    /// Successive flips from `from`, as (instant, availability after it).
    fn walk(s: &Schedule, tz: Tz, from: DateTime<Utc>, count: usize) -> Vec<(DateTime<Utc>, bool)> {
        let mut at = from;
        let mut out = Vec::new();
        for _ in 0..count {
            let Some(next) = next_change(s, tz, at) else {
                break;
            };
            out.push((next, is_available(s, tz, next)));
            at = next;
        }
        out
    }

    #[test]
    fn schedule_plain_hours() {
        let tz = zone("Europe/Warsaw");
        let s = schedule(&[(Weekday::Mon, "09:00", "17:00")]);
        assert!(!is_available(&s, tz, local(tz, 2024, 6, 3, 8, 59)));
        assert!(is_available(&s, tz, local(tz, 2024, 6, 3, 9, 0)));
        assert!(is_available(&s, tz, local(tz, 2024, 6, 3, 16, 59)));
        assert!(!is_available(&s, tz, local(tz, 2024, 6, 3, 17, 0)));
        assert!(
            !is_available(&s, tz, local(tz, 2024, 6, 4, 10, 0)),
            "Tuesday"
        );
        let sunday = local(tz, 2024, 6, 2, 12, 0);
        assert_eq!(
            next_change(&s, tz, sunday),
            Some(local(tz, 2024, 6, 3, 9, 0))
        );
        // Strictly after: at the start itself, the next change is the end.
        let nine = local(tz, 2024, 6, 3, 9, 0);
        assert_eq!(
            next_change(&s, tz, nine),
            Some(local(tz, 2024, 6, 3, 17, 0))
        );
        assert_eq!(next_start(&s, tz, nine), Some(local(tz, 2024, 6, 10, 9, 0)));
    }

    #[test]
    fn schedule_switched_off_is_always_available() {
        let tz = zone("America/New_York");
        let mut s = schedule(&[(Weekday::Mon, "09:00", "17:00")]);
        s.enabled = false;
        for at in [
            utc(2024, 6, 2, 3, 0),
            utc(2024, 6, 3, 14, 0),
            utc(2024, 3, 10, 7, 0),
        ] {
            assert!(is_available(&s, tz, at));
            assert_eq!(next_change(&s, tz, at), None);
            assert_eq!(next_start(&s, tz, at), None);
        }
    }

    #[test]
    fn schedule_empty_is_never_available() {
        let tz = zone("Asia/Kolkata");
        let empty = schedule(&[]);
        let no_intervals = Schedule {
            enabled: true,
            days: [(Weekday::Tue, Vec::new()), (Weekday::Sun, Vec::new())].into(),
            ..Schedule::default()
        };
        for s in [empty, no_intervals] {
            for hour in 0..24 {
                assert!(!is_available(&s, tz, utc(2024, 6, 4, hour, 0)));
            }
            assert_eq!(next_change(&s, tz, utc(2024, 6, 4, 0, 0)), None);
            assert_eq!(next_start(&s, tz, utc(2024, 6, 4, 0, 0)), None);
        }
    }

    #[test]
    fn schedule_round_the_clock_never_changes() {
        let tz = zone("Europe/London");
        let days = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        let s = schedule(&days.map(|day| (day, "00:00", "24:00")));
        // Across the 2024-03-31 spring-forward.
        let at = utc(2024, 3, 28, 12, 0);
        assert!(is_available(&s, tz, at));
        assert_eq!(next_change(&s, tz, at), None);
        // Drop one day and it changes at that day's start.
        let s = schedule(
            &days[..6]
                .iter()
                .map(|&d| (d, "00:00", "24:00"))
                .collect::<Vec<_>>(),
        );
        assert_eq!(next_change(&s, tz, at), Some(local(tz, 2024, 3, 31, 0, 0)));
    }

    #[test]
    fn schedule_unparsable_intervals_cover_nothing() {
        let tz = zone("Europe/Warsaw");
        let bad = [
            ("9:00", "17:00"),
            ("24:00", "01:00"),
            ("10:00", "24:01"),
            ("12:60", "13:00"),
            ("ab:cd", "12:00"),
            ("", ""),
            ("\u{ff11}\u{ff12}:00", "13:00"),
            ("10:00", "25:00"),
        ];
        let s = schedule(&bad.map(|(a, b)| (Weekday::Mon, a, b)));
        for hour in 0..24 {
            assert!(!is_available(&s, tz, local(tz, 2024, 6, 3, hour, 30)));
        }
        assert_eq!(next_change(&s, tz, local(tz, 2024, 6, 2, 0, 0)), None);
        // One good interval among them still counts.
        let mut s = s;
        s.days.get_mut(&Weekday::Mon).unwrap().push(Interval {
            start: "10:00".into(),
            end: "11:00".into(),
        });
        assert!(is_available(&s, tz, local(tz, 2024, 6, 3, 10, 30)));
        assert!(!is_available(&s, tz, local(tz, 2024, 6, 3, 11, 30)));
    }

    #[test]
    fn schedule_24_00_and_overnight_ends() {
        let tz = zone("Europe/Warsaw");
        let s = schedule(&[(Weekday::Fri, "18:00", "24:00")]);
        assert!(is_available(&s, tz, local(tz, 2024, 6, 7, 23, 59)));
        assert!(
            !is_available(&s, tz, local(tz, 2024, 6, 8, 0, 0)),
            "24:00 ends Friday"
        );
        let friday = local(tz, 2024, 6, 7, 18, 0);
        assert_eq!(
            next_change(&s, tz, friday),
            Some(local(tz, 2024, 6, 8, 0, 0))
        );
        // An end of 00:00 is not after the start: it runs to the next midnight too.
        let same = schedule(&[(Weekday::Fri, "18:00", "00:00")]);
        assert_eq!(
            next_change(&same, tz, friday),
            Some(local(tz, 2024, 6, 8, 0, 0))
        );

        // Saturday night into Sunday morning.
        let s = schedule(&[(Weekday::Sat, "22:00", "06:00")]);
        assert!(!is_available(&s, tz, local(tz, 2024, 6, 8, 21, 59)));
        assert!(is_available(&s, tz, local(tz, 2024, 6, 8, 23, 0)));
        assert!(is_available(&s, tz, local(tz, 2024, 6, 9, 5, 59)));
        assert!(!is_available(&s, tz, local(tz, 2024, 6, 9, 6, 0)));
        assert!(
            !is_available(&s, tz, local(tz, 2024, 6, 8, 5, 0)),
            "not Saturday morning"
        );

        // An end equal to the start is a full 24 hours.
        let s = schedule(&[(Weekday::Mon, "09:00", "09:00")]);
        let monday = local(tz, 2024, 6, 3, 9, 0);
        assert!(is_available(&s, tz, monday));
        assert!(is_available(&s, tz, local(tz, 2024, 6, 4, 8, 59)));
        assert_eq!(
            next_change(&s, tz, monday),
            Some(local(tz, 2024, 6, 4, 9, 0))
        );

        // Adjoining intervals are one stretch: no flip at midnight.
        let s = schedule(&[
            (Weekday::Mon, "22:00", "24:00"),
            (Weekday::Tue, "00:00", "06:00"),
        ]);
        let late = local(tz, 2024, 6, 3, 23, 0);
        assert_eq!(next_change(&s, tz, late), Some(local(tz, 2024, 6, 4, 6, 0)));
    }

    #[test]
    fn schedule_new_york_spring_forward_gap() {
        let tz = zone("America/New_York");
        // 2024-03-10 (Sunday): 02:00 EST (07:00Z) jumps to 03:00 EDT, so 02:30 never
        // happens; the hours begin at the first instant past it, 03:00 EDT.
        let s = schedule(&[(Weekday::Sun, "02:30", "05:00")]);
        let before = utc(2024, 3, 10, 6, 59); // 01:59 EST
        assert!(!is_available(&s, tz, before));
        assert_eq!(
            walk(&s, tz, before, 2),
            [
                (utc(2024, 3, 10, 7, 0), true),
                (utc(2024, 3, 10, 9, 0), false)
            ]
        );
        assert_eq!(next_start(&s, tz, before), Some(utc(2024, 3, 10, 7, 0)));

        // An overnight interval ending inside the gap ends when the gap does.
        let s = schedule(&[(Weekday::Sat, "22:00", "02:15")]);
        assert!(is_available(&s, tz, utc(2024, 3, 10, 6, 59)));
        assert!(!is_available(&s, tz, utc(2024, 3, 10, 7, 0)));
        assert_eq!(
            next_change(&s, tz, utc(2024, 3, 10, 5, 0)),
            Some(utc(2024, 3, 10, 7, 0))
        );

        // An interval wholly inside the gap does not happen that day; the next start is
        // a week later (02:00 EDT on 2024-03-17 is 06:00Z).
        let s = schedule(&[(Weekday::Sun, "02:00", "02:45")]);
        let saturday = utc(2024, 3, 9, 12, 0);
        assert!(!is_available(&s, tz, utc(2024, 3, 10, 7, 0)));
        assert_eq!(next_change(&s, tz, saturday), Some(utc(2024, 3, 17, 6, 0)));
        assert_eq!(next_start(&s, tz, saturday), Some(utc(2024, 3, 17, 6, 0)));
    }

    #[test]
    fn schedule_new_york_fall_back_fold() {
        let tz = zone("America/New_York");
        // 2024-11-03 (Sunday): 02:00 EDT (06:00Z) goes back to 01:00 EST, so 01:30 happens
        // at 05:30Z and again at 06:30Z; both count.
        let s = schedule(&[(Weekday::Sun, "01:00", "02:00")]);
        let (first, second) = (utc(2024, 11, 3, 5, 30), utc(2024, 11, 3, 6, 30));
        assert!(is_available(&s, tz, first) && is_available(&s, tz, second));
        // The repeated hour makes the interval last two real hours, with no flip between.
        assert_eq!(
            walk(&s, tz, utc(2024, 11, 3, 4, 0), 2),
            [
                (utc(2024, 11, 3, 5, 0), true),
                (utc(2024, 11, 3, 7, 0), false)
            ]
        );

        // Starting inside the fold: at the first 01:30, off again when the clock goes back
        // to 01:00, and on again at the second 01:30, until 03:00 EST.
        let s = schedule(&[(Weekday::Sun, "01:30", "03:00")]);
        let midnight = utc(2024, 11, 3, 4, 0); // 00:00 EDT
        assert_eq!(
            walk(&s, tz, midnight, 4),
            [
                (utc(2024, 11, 3, 5, 30), true),
                (utc(2024, 11, 3, 6, 0), false),
                (utc(2024, 11, 3, 6, 30), true),
                (utc(2024, 11, 3, 8, 0), false),
            ]
        );
        assert_eq!(next_start(&s, tz, midnight), Some(first));
        assert_eq!(next_start(&s, tz, utc(2024, 11, 3, 5, 45)), Some(second));
    }

    #[test]
    fn schedule_sao_paulo_day_without_midnight() {
        let tz = zone("America/Sao_Paulo");
        // 2015-10-18 (Sunday): 00:00 -03 (03:00Z) jumped to 01:00 -02; the day had no
        // midnight. A Sunday shift from 00:00 starts at 01:00 -02.
        let saturday_night = utc(2015, 10, 18, 2, 0); // Sat 23:00 -03
        let s = schedule(&[(Weekday::Sun, "00:00", "08:00")]);
        assert!(!is_available(&s, tz, saturday_night));
        assert_eq!(
            walk(&s, tz, saturday_night, 2),
            [
                (utc(2015, 10, 18, 3, 0), true),
                (utc(2015, 10, 18, 10, 0), false)
            ]
        );
        // Saturday hours ending at 24:00, or past midnight inside the gap, end at the gap.
        for end in ["24:00", "00:30"] {
            let s = schedule(&[(Weekday::Sat, "18:00", end)]);
            assert!(is_available(&s, tz, utc(2015, 10, 18, 2, 59)), "{end}");
            assert!(!is_available(&s, tz, utc(2015, 10, 18, 3, 0)), "{end}");
            assert_eq!(
                next_change(&s, tz, saturday_night),
                Some(utc(2015, 10, 18, 3, 0))
            );
        }
    }

    #[test]
    fn schedule_overnight_shift_across_dst() {
        // Saturday 22:00 to Sunday 06:00 lasts nine real hours when the clocks go back
        // that night and seven when they go forward.
        let s = schedule(&[(Weekday::Sat, "22:00", "06:00")]);
        let warsaw = zone("Europe/Warsaw");
        for (day, hours) in [((2024, 10, 26), 9), ((2024, 3, 30), 7), ((2024, 6, 8), 8)] {
            let start = local(warsaw, day.0, day.1, day.2, 22, 0);
            let end = next_change(&s, warsaw, start).unwrap();
            assert_eq!(end - start, Duration::hours(hours), "{day:?}");
            assert_eq!(
                next_change(&s, warsaw, start - Duration::hours(1)),
                Some(start)
            );
        }
        let new_york = zone("America/New_York");
        let start = utc(2024, 3, 10, 3, 0); // Sat 22:00 EST
        assert_eq!(
            next_change(&s, new_york, start),
            Some(utc(2024, 3, 10, 10, 0))
        );
    }

    // ---- property tests -------------------------------------------------------------

    const ZONES: [&str; 15] = [
        "America/New_York",
        "Europe/Warsaw",
        "Australia/Lord_Howe",
        "Asia/Kolkata",
        "America/Sao_Paulo",
        "Pacific/Chatham",
        "Europe/London",
        "Asia/Tehran",
        "America/Santiago",
        "America/St_Johns",
        "America/Havana",
        "Africa/Casablanca",
        "Pacific/Apia",
        "Asia/Kathmandu",
        "Europe/Dublin",
    ];

    const DAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    fn hhmm(minutes: u32) -> String {
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    /// On a 15- or 1-minute grid; some end at 24:00, some equal their start (24 hours),
    /// and about half of the rest run past midnight.
    fn interval() -> impl Strategy<Value = Interval> {
        (any::<bool>(), 0u32..1440, 0u32..1440, 0u8..8).prop_map(|(fine, start, end, kind)| {
            let grid = |m: u32| if fine { m } else { m / 15 * 15 };
            let end = match kind {
                0 => "24:00".to_owned(),
                1 => hhmm(grid(start)),
                _ => hhmm(grid(end)),
            };
            Interval {
                start: hhmm(grid(start)),
                end,
            }
        })
    }

    fn any_schedule() -> impl Strategy<Value = Schedule> {
        (
            prop::bool::weighted(0.95),
            prop::collection::vec(prop::collection::vec(interval(), 0..=3), 7),
        )
            .prop_map(|(enabled, days)| Schedule {
                enabled,
                days: DAYS.into_iter().zip(days).collect(),
                ..Schedule::default()
            })
    }

    /// An instant in 2015-2030: uniform, or (to exercise DST) within three days before
    /// to one day after (often within two hours of) one of the zone's offset changes that
    /// year, on a whole minute;
    /// with the offset change it is near.
    fn instant(
        tz: Tz,
        year: i32,
        second: u32,
        near_change: Option<(usize, i64)>,
    ) -> (DateTime<Utc>, Option<DateTime<Utc>>) {
        let start = utc(year, 1, 1, 0, 0);
        let uniform = start + Duration::seconds(second.into());
        let Some((which, minutes)) = near_change else {
            return (uniform, None);
        };
        let offset = |at: DateTime<Utc>| tz.offset_from_utc_datetime(&at.naive_utc()).fix();
        let mut changes = Vec::new();
        let mut at = start;
        while at.year() == year {
            let next = at + Duration::hours(1);
            if offset(next) != offset(at) {
                // Bisect to the second.
                let (mut low, mut high) = (at, next);
                while high - low > Duration::seconds(1) {
                    let middle = low + (high - low) / 2;
                    if offset(middle) == offset(low) {
                        low = middle;
                    } else {
                        high = middle;
                    }
                }
                changes.push(high);
            }
            at = next;
        }
        match changes.len() {
            0 => (uniform, None),
            n => {
                let change = changes[which % n];
                (change + Duration::minutes(minutes), Some(change))
            }
        }
    }

    /// The hours expanded minute by minute into a week of wall-clock minutes, written from
    /// the definition alone.
    fn week_table(s: &Schedule) -> Vec<bool> {
        let parse = |t: &str| {
            let (h, m) = t.split_once(':').unwrap();
            h.parse::<usize>().unwrap() * 60 + m.parse::<usize>().unwrap()
        };
        let mut week = vec![false; 7 * 1440];
        for (index, day) in DAYS.iter().enumerate() {
            for iv in s.days.get(day).into_iter().flatten() {
                let (start, end) = (parse(&iv.start), parse(&iv.end));
                let length = if end > start {
                    end - start
                } else {
                    end + 1440 - start
                };
                for minute in start..start + length {
                    week[(index * 1440 + minute) % (7 * 1440)] = true;
                }
            }
        }
        week
    }

    fn brute_available(s: &Schedule, week: &[bool], tz: Tz, at: DateTime<Utc>) -> bool {
        let wall = at.with_timezone(&tz);
        let day = wall.weekday().num_days_from_monday() as usize;
        !s.enabled || week[day * 1440 + (wall.hour() * 60 + wall.minute()) as usize]
    }

    /// Checks `is_available` against the brute force at a few hundred instants spread
    /// over a little more than a week from `at`.
    fn check_is_available(s: &Schedule, tz: Tz, at: DateTime<Utc>) -> Result<(), TestCaseError> {
        let week = week_table(s);
        for step in 0..300 {
            let t = at + Duration::minutes(step * 37);
            prop_assert_eq!(
                is_available(s, tz, t),
                brute_available(s, &week, tz, t),
                "at {} ({})",
                t,
                t.with_timezone(&tz)
            );
        }
        Ok(())
    }

    /// Checks that `next_change` is a flip and that none comes before it.
    fn check_next_change(s: &Schedule, tz: Tz, after: DateTime<Utc>) -> Result<(), TestCaseError> {
        let was = is_available(s, tz, after);
        let change = next_change(s, tz, after);
        let end = change.unwrap_or(after + HORIZON);
        if let Some(t) = change {
            prop_assert!(after < t && t <= after + HORIZON, "{} after {}", t, after);
            prop_assert_ne!(is_available(s, tz, t), was, "no flip at {}", t);
            let just_before = t - Duration::seconds(1);
            if just_before > after {
                prop_assert_eq!(is_available(s, tz, just_before), was, "before {}", t);
            }
        }
        // Constant on every whole minute in between (boundaries and offset changes fall
        // on whole minutes in these years).
        let mut m = after.with_second(0).unwrap() + Duration::minutes(1);
        while m < end {
            prop_assert_eq!(is_available(s, tz, m), was, "flipped earlier, at {}", m);
            m += Duration::minutes(1);
        }
        Ok(())
    }

    /// `Some` always, or with probability `p`.
    fn sometimes<S: Strategy + 'static>(
        always: bool,
        p: f64,
        inner: S,
    ) -> BoxedStrategy<Option<S::Value>> {
        if always {
            inner.prop_map(Some).boxed()
        } else {
            prop::option::weighted(p, inner).boxed()
        }
    }

    prop_compose! {
        /// A zone, a schedule and an instant. `focus` puts the instant within three hours
        /// of an offset change and always adds an interval around it.
        fn case(focus: bool)(
            zone in prop::sample::select(ZONES.as_slice()),
            schedule in any_schedule(),
            year in 2015i32..=2030,
            second in 0u32..365 * 86_400,
            near in sometimes(
                focus,
                0.6,
                (
                    0usize..8,
                    if focus {
                        (-180i64..=180).boxed()
                    } else {
                        prop_oneof![-3 * 1440i64..=1440, -120i64..=120].boxed()
                    },
                ),
            ),
            around in sometimes(focus, 0.7, (-90i64..=90, -90i64..=90)),
        ) -> (Tz, Schedule, DateTime<Utc>) {
            let tz = zone.parse::<Tz>().unwrap();
            let (at, change) = instant(tz, year, second, near);
            let mut schedule = schedule;
            // Random intervals seldom have a boundary inside a gap or fold, so add one
            // whose ends lie within 90 minutes of the wall clock at the offset change.
            if let (Some(change), Some((from, to))) = (change, around) {
                let wall = (change - Duration::seconds(1)).with_timezone(&tz);
                let minute = i64::from(wall.hour() * 60 + wall.minute());
                let day = DAYS[wall.weekday().num_days_from_monday() as usize];
                if focus {
                    // Alone on its day, so its own boundaries decide the flips.
                    schedule.days.remove(&day);
                }
                schedule.days.entry(day).or_default().push(Interval {
                    start: hhmm((minute + from).clamp(0, 1439) as u32),
                    end: hhmm((minute + to).clamp(0, 1440) as u32),
                });
            }
            (tz, schedule, at)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn schedule_is_available_matches_brute_force((tz, s, at) in case(false)) {
            check_is_available(&s, tz, at)?;
        }

        #[test]
        fn schedule_next_change_is_the_first_flip((tz, s, after) in case(false)) {
            check_next_change(&s, tz, after)?;
        }

        #[test]
        fn schedule_next_start_is_the_first_flip_on((tz, s, after) in case(false)) {
            // The first flip to available, found by following next_change.
            let mut expected = None;
            let mut at = after;
            while let Some(t) = next_change(&s, tz, at).filter(|t| *t <= after + HORIZON) {
                if is_available(&s, tz, t) {
                    expected = Some(t);
                    break;
                }
                at = t;
            }
            prop_assert_eq!(next_start(&s, tz, after), expected);
        }
    }

    proptest! {
        // Cheap cases, and a boundary inside a fold needs `after` in a narrow window
        // before the clock goes back to be caught, so run more of them.
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn schedule_next_change_around_offset_changes((tz, s, after) in case(true)) {
            check_is_available(&s, tz, after - Duration::hours(3))?;
            check_next_change(&s, tz, after)?;
        }
    }
}
