// Weekly availability hours (`Schedule`) for the "Availability" section: the draft's
// canonical shape, the checks made before saving, and "am I available now?" judged in the
// agent's time zone with the semantics of crates/headset-model/src/schedule.rs:
// - an interval `start..end` on day D covers D `start` up to, not including, D `end`;
// - an end not after its start (`22:00..06:00`, `09:00..09:00`) runs to `end` on D+1;
// - `24:00` is allowed only as an end and means the end of D;
// - hours switched off mean available at any time; intervals that do not parse cover nothing.

import type { BlockOutside, Interval, Schedule, Weekday } from '../bindings';
import { t } from '../i18n/i18n.svelte';

/** Monday first, as the editor lists them (and as the agent orders them). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A weekday's name in the interface language (the message `day-<day>`). */
export const dayName = (day: Weekday): string => t(`day-${day}`);

export const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** What the agent holds back outside the hours when nothing is saved (settings.rs). */
export const DEFAULT_BLOCK_OUTSIDE: BlockOutside = { desktop: true, sound: true, email: false, push: true };

/**
 * The schedule in one canonical shape, so that equal schedules serialize alike: every
 * field present, days in Monday-first order, days without intervals left out.
 */
export function normalizeSchedule(schedule: Partial<Schedule> | null | undefined): Schedule {
  const days: Schedule['days'] = {};
  for (const day of WEEKDAYS) {
    const intervals = schedule?.days?.[day];
    if (intervals && intervals.length > 0) {
      days[day] = intervals.map((i) => ({ start: i.start, end: i.end }));
    }
  }
  const block = schedule?.block_outside;
  return {
    enabled: schedule?.enabled ?? false,
    days,
    block_outside: {
      desktop: block?.desktop ?? DEFAULT_BLOCK_OUTSIDE.desktop,
      sound: block?.sound ?? DEFAULT_BLOCK_OUTSIDE.sound,
      email: block?.email ?? DEFAULT_BLOCK_OUTSIDE.email,
      push: block?.push ?? DEFAULT_BLOCK_OUTSIDE.push,
    },
    auto_status: schedule?.auto_status ?? false,
  };
}

/**
 * Minutes since midnight of `HH:MM` (two ASCII digits each), or null; `24:00` is accepted
 * only as an end. The same rule as `check_time` in settings.rs.
 */
export function parseTime(text: string, isEnd: boolean): number | null {
  const match = /^([0-9]{2}):([0-9]{2})$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute >= 60) return null;
  const total = hour * 60 + minute;
  if (total < DAY_MINUTES) return total;
  return isEnd && total === DAY_MINUTES ? total : null;
}

/** `HH:MM` for minutes since midnight (1440 → `24:00`). */
export function formatTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `(start, end)` in minutes, or null when either does not parse. */
function span(interval: Interval): [number, number] | null {
  const start = parseTime(interval.start, false);
  const end = parseTime(interval.end, true);
  return start === null || end === null ? null : [start, end];
}

/** Whether a valid interval runs past midnight into the next day (its end is not after its start). */
export function endsNextDay(interval: Interval): boolean {
  const s = span(interval);
  return s !== null && s[1] <= s[0];
}

/**
 * The first pair of intervals of one day (indices, in list order) that overlap, or null.
 * An interval covers `[start, end)`, an overnight one up to `end` on the next day, so
 * `09:00–12:00` and `12:00–13:00` touch without overlapping. Intervals that do not parse
 * or whose start equals their end are judged by their own message, not here.
 */
export function findOverlap(intervals: readonly Interval[]): [number, number] | null {
  const ranges: { index: number; start: number; end: number }[] = [];
  intervals.forEach((interval, index) => {
    const s = span(interval);
    if (!s || s[0] === s[1]) return;
    ranges.push({ index, start: s[0], end: s[1] > s[0] ? s[1] : s[1] + DAY_MINUTES });
  });
  ranges.sort((a, b) => a.start - b.start || a.index - b.index);
  // Sorted by start, some pair overlaps exactly when some neighbours do.
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [a, b] = [ranges[i], ranges[i + 1]];
    if (b.start < a.end) return a.index < b.index ? [a.index, b.index] : [b.index, a.index];
  }
  return null;
}

/** Where a message about the schedule belongs: one time, one interval, or one day. */
export const errorKey = {
  time: (day: Weekday, index: number, which: 'start' | 'end') => `${day}.${index}.${which}`,
  interval: (day: Weekday, index: number) => `${day}.${index}`,
  day: (day: Weekday) => day,
};

function timeError(value: string, isEnd: boolean): string | undefined {
  if (parseTime(value, isEnd) !== null) return undefined;
  if (value.trim() === '') return t(isEnd ? 'availability-error-end-empty' : 'availability-error-start-empty');
  if (!isEnd && value === '24:00') return t('availability-error-start-24');
  return t(isEnd ? 'availability-error-end' : 'availability-error-start', { value });
}

const range = (i: Interval) => `${i.start}–${i.end}`;

/**
 * The checks made before saving, keyed by {@link errorKey}: every time is `HH:MM` (24:00
 * only as an end), an interval's start and end differ, and a day's intervals do not overlap.
 */
export function validateSchedule(schedule: Schedule): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const day of WEEKDAYS) {
    const intervals = schedule.days[day] ?? [];
    intervals.forEach((interval, index) => {
      const start = timeError(interval.start, false);
      const end = timeError(interval.end, true);
      if (start) errors[errorKey.time(day, index, 'start')] = start;
      if (end) errors[errorKey.time(day, index, 'end')] = end;
      if (!start && !end && interval.start === interval.end) {
        errors[errorKey.interval(day, index)] = t('availability-error-same');
      }
    });
    const overlap = findOverlap(intervals);
    if (overlap) {
      const [a, b] = overlap;
      errors[errorKey.day(day)] = t('availability-error-overlap', {
        day: dayName(day),
        first: range(intervals[a]),
        second: range(intervals[b]),
      });
    }
  }
  return errors;
}

/** The IANA zone to judge the hours in: the agent's, if the engine knows it, else this computer's. */
export function resolveZone(zone: string | null | undefined): string {
  for (const candidate of [zone, localZone()]) {
    if (!candidate) continue;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: candidate });
      return candidate;
    } catch {
      // Not a zone this engine knows.
    }
  }
  return 'UTC';
}

function localZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock weekday and minute of the day of `at` in `zone`. */
export function wallClock(at: Date, zone: string): { day: Weekday; minute: number } {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = part('weekday').slice(0, 3).toLowerCase() as Weekday;
  // Some engines write midnight as 24 even in a 23-hour cycle.
  const hour = Number(part('hour')) % 24;
  return { day: WEEKDAYS.includes(day) ? day : 'mon', minute: hour * 60 + Number(part('minute')) };
}

/** A moment of the week to come, as a wall-clock weekday and time. */
export type WallTime = {
  day: Weekday;
  /** Minutes since midnight. */
  minute: number;
  /** How many midnights lie between now and then (0: today, 7: the same weekday next week). */
  daysAhead: number;
};

/** Where the agent stands now, by the hours. */
export type NowState =
  /** Hours switched off: available at any time. */
  | { kind: 'any_time' }
  /** Hours on, but no interval: never available. */
  | { kind: 'no_hours' }
  /** Inside the hours, until `until` (null: round the clock). */
  | { kind: 'available'; until: WallTime | null }
  /** Outside the hours, available again at `next`. */
  | { kind: 'unavailable'; next: WallTime };

/** Minute by minute over the week (Monday 00:00 = 0): which wall-clock minutes the hours cover. */
function weekCoverage(schedule: Schedule): Uint8Array {
  const covered = new Uint8Array(WEEK_MINUTES);
  WEEKDAYS.forEach((day, d) => {
    for (const interval of schedule.days[day] ?? []) {
      const s = span(interval);
      if (!s) continue;
      const [start, end] = s;
      const from = d * DAY_MINUTES + start;
      const to = d * DAY_MINUTES + (end > start ? end : end + DAY_MINUTES);
      for (let m = from; m < to; m++) covered[m % WEEK_MINUTES] = 1;
    }
  });
  return covered;
}

/**
 * Whether the agent is available at `at` by `schedule`, judged by the wall-clock time in
 * `zone` (minute resolution), and until when / from when.
 */
export function availabilityAt(schedule: Schedule, zone: string, at: Date): NowState {
  if (!schedule.enabled) return { kind: 'any_time' };
  const covered = weekCoverage(schedule);
  if (!covered.includes(1)) return { kind: 'no_hours' };

  const wall = wallClock(at, zone);
  const here = WEEKDAYS.indexOf(wall.day) * DAY_MINUTES + wall.minute;
  const available = covered[here] === 1;
  for (let step = 1; step <= WEEK_MINUTES; step++) {
    const m = (here + step) % WEEK_MINUTES;
    if ((covered[m] === 1) === available) continue;
    const when: WallTime = {
      day: WEEKDAYS[Math.floor(m / DAY_MINUTES)],
      minute: m % DAY_MINUTES,
      daysAhead: Math.floor((wall.minute + step) / DAY_MINUTES),
    };
    return available ? { kind: 'available', until: when } : { kind: 'unavailable', next: when };
  }
  // Covered all week (an all-uncovered week was handled above).
  return { kind: 'available', until: null };
}

/** The words for a moment ahead, in the message `<prefix>-<time|midnight|today|day|next-week>`. */
function when(prefix: string, at: WallTime, zone: string, today: 'time' | 'today'): string {
  const args = { zone, time: formatTime(at.minute), day: dayName(at.day) };
  if (at.daysAhead === 0) return t(`${prefix}-${today}`, args);
  if (today === 'time' && at.daysAhead === 1 && at.minute === 0) return t(`${prefix}-midnight`, args);
  return t(`${prefix}-${at.daysAhead >= 7 ? 'next-week' : 'day'}`, args);
}

/** The line that tells the agent where they stand now. */
export function describeNow(state: NowState, zone: string): string {
  switch (state.kind) {
    case 'any_time':
      return t('availability-now-any-time');
    case 'no_hours':
      return t('availability-now-no-hours');
    case 'available':
      return state.until
        ? when('availability-now-until', state.until, zone, 'time')
        : t('availability-now-round-the-clock', { zone });
    case 'unavailable':
      return when('availability-next', state.next, zone, 'today');
  }
}

/** A sensible new interval for a day: 09:00–17:00 first, then an hour after the last one. */
export function nextInterval(intervals: readonly Interval[]): Interval {
  const last = intervals.at(-1);
  const end = last ? parseTime(last.end, true) : null;
  if (!last) return { start: '09:00', end: '17:00' };
  if (end === null || endsNextDay(last) || end >= DAY_MINUTES) return { start: '', end: '' };
  return { start: formatTime(end), end: formatTime(Math.min(end + 60, DAY_MINUTES)) };
}
