import { describe, expect, it } from 'vitest';
import type { Schedule, Weekday } from '../bindings';
import {
  availabilityAt,
  describeNow,
  endsNextDay,
  findOverlap,
  nextInterval,
  normalizeSchedule,
  parseTime,
  resolveZone,
  validateSchedule,
  wallClock,
} from './availability';

type Days = Partial<Record<Weekday, [string, string][]>>;
const hours = (days: Days, enabled = true): Schedule =>
  normalizeSchedule({
    enabled,
    days: Object.fromEntries(
      Object.entries(days).map(([day, list]) => [day, list!.map(([start, end]) => ({ start, end }))]),
    ),
  });

const WARSAW = 'Europe/Warsaw'; // UTC+2 in June 2024; 2024-06-03 is a Monday.
const now = (s: Schedule, zone: string, iso: string) => describeNow(availabilityAt(s, zone, new Date(iso)), zone);

describe('parseTime', () => {
  it('reads HH:MM like the agent, 24:00 only as an end', () => {
    expect(parseTime('00:00', false)).toBe(0);
    expect(parseTime('23:59', false)).toBe(1439);
    expect(parseTime('24:00', true)).toBe(1440);
    expect(parseTime('24:00', false)).toBeNull();
    for (const bad of ['9:00', '12:60', '24:01', '25:00', 'ab:cd', '', '09:00:00', '１２:00']) {
      expect(parseTime(bad, true)).toBeNull();
    }
  });
});

describe('normalizeSchedule', () => {
  it('fills the defaults, orders the days Monday first and drops empty days', () => {
    expect(normalizeSchedule(undefined)).toEqual({
      enabled: false,
      days: {},
      block_outside: { desktop: true, sound: true, email: false, push: true },
      auto_status: false,
    });
    const s = normalizeSchedule({
      enabled: true,
      days: { sun: [{ end: '12:00', start: '10:00' }], tue: [], mon: [{ start: '09:00', end: '17:00' }] },
    });
    expect(Object.keys(s.days)).toEqual(['mon', 'sun']);
    expect(JSON.stringify(s.days.sun)).toBe('[{"start":"10:00","end":"12:00"}]');
  });
});

describe('validateSchedule', () => {
  it('accepts good hours, overnight intervals, 24:00 ends and touching intervals', () => {
    expect(
      validateSchedule(
        hours({ mon: [['09:00', '12:00'], ['12:00', '13:00']], fri: [['18:00', '24:00']], sat: [['22:00', '06:00']] }),
      ),
    ).toEqual({});
  });

  it('names the bad time, the equal start and end, and the overlapping day', () => {
    expect(
      validateSchedule(
        hours({
          tue: [['9:00', '17:00'], ['24:00', '10:00'], ['10:00', '']],
          wed: [['10:00', '10:00']],
          thu: [['09:00', '12:00'], ['11:00', '13:00']],
        }),
      ),
    ).toEqual({
      'tue.0.start': '“9:00” is not a time of day as HH:MM.',
      'tue.1.start': '24:00 can only end an interval.',
      'tue.2.end': 'Enter an end time.',
      'wed.0': 'Start and end must differ.',
      thu: 'Thursday: 09:00–12:00 and 11:00–13:00 overlap.',
    });
  });

  it('finds overlaps of overnight intervals within the day only', () => {
    const interval = (start: string, end: string) => ({ start, end });
    expect(findOverlap([interval('22:00', '06:00'), interval('23:00', '23:30')])).toEqual([0, 1]);
    // 05:00–07:00 is this morning; 22:00–06:00 reaches into tomorrow morning.
    expect(findOverlap([interval('22:00', '06:00'), interval('05:00', '07:00')])).toBeNull();
    expect(findOverlap([interval('13:00', '17:00'), interval('08:00', '10:00'), interval('09:00', '09:30')])).toEqual([
      1, 2,
    ]);
  });
});

describe('endsNextDay and nextInterval', () => {
  it('marks intervals whose end is not after the start', () => {
    expect(endsNextDay({ start: '22:00', end: '06:00' })).toBe(true);
    expect(endsNextDay({ start: '18:00', end: '00:00' })).toBe(true);
    expect(endsNextDay({ start: '18:00', end: '24:00' })).toBe(false);
    expect(endsNextDay({ start: '09:00', end: '17:00' })).toBe(false);
  });

  it('proposes 09:00–17:00, then the hour after the last interval', () => {
    expect(nextInterval([])).toEqual({ start: '09:00', end: '17:00' });
    expect(nextInterval([{ start: '09:00', end: '12:00' }])).toEqual({ start: '12:00', end: '13:00' });
    expect(nextInterval([{ start: '20:00', end: '23:30' }])).toEqual({ start: '23:30', end: '24:00' });
    expect(nextInterval([{ start: '22:00', end: '06:00' }])).toEqual({ start: '', end: '' });
  });
});

describe('wallClock and resolveZone', () => {
  it('reads the weekday and minute of the zone', () => {
    const at = new Date('2024-06-02T23:30:00Z'); // Sunday in UTC
    expect(wallClock(at, 'UTC')).toEqual({ day: 'sun', minute: 23 * 60 + 30 });
    expect(wallClock(at, WARSAW)).toEqual({ day: 'mon', minute: 90 });
    expect(wallClock(at, 'Asia/Kolkata')).toEqual({ day: 'mon', minute: 5 * 60 });
    expect(wallClock(at, 'America/Los_Angeles')).toEqual({ day: 'sun', minute: 16 * 60 + 30 });
  });

  it('falls back to this computer’s zone for an unknown or missing zone', () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(resolveZone('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(resolveZone(undefined)).toBe(here);
    expect(resolveZone('Mars/Olympus_Mons')).toBe(here);
  });
});

describe('availabilityAt / describeNow', () => {
  const office = hours({ mon: [['09:00', '17:00']] });

  it('says hours off, and hours on without intervals', () => {
    expect(now(hours({ mon: [['09:00', '17:00']] }, false), WARSAW, '2024-06-03T20:00:00Z')).toBe('Available at any time');
    expect(now(hours({}), WARSAW, '2024-06-03T10:00:00Z')).toBe('No hours set: Headset holds alerts back all week');
    // Intervals that do not parse cover nothing.
    expect(now(hours({ mon: [['9:00', '17:00']] }), WARSAW, '2024-06-03T10:00:00Z')).toBe(
      'No hours set: Headset holds alerts back all week',
    );
  });

  it('judges plain hours in the agent’s zone, boundaries included', () => {
    expect(now(office, WARSAW, '2024-06-03T08:30:00Z')).toBe('Available now, until 17:00 (Europe/Warsaw)');
    expect(now(office, WARSAW, '2024-06-03T07:00:00Z')).toBe('Available now, until 17:00 (Europe/Warsaw)'); // 09:00
    expect(now(office, WARSAW, '2024-06-03T06:59:00Z')).toBe('Next available: today 09:00 (Europe/Warsaw)');
    expect(now(office, WARSAW, '2024-06-02T10:00:00Z')).toBe('Next available: Monday 09:00 (Europe/Warsaw)');
    // 17:00 is not included: the next start is a week away.
    expect(now(office, WARSAW, '2024-06-03T15:00:00Z')).toBe('Next available: next Monday 09:00 (Europe/Warsaw)');
  });

  it('gives another answer for the same instant in a zone far from UTC', () => {
    const at = '2024-06-03T14:00:00Z';
    expect(now(office, 'UTC', at)).toBe('Available now, until 17:00 (UTC)');
    expect(now(office, 'America/New_York', at)).toBe('Available now, until 17:00 (America/New_York)');
    expect(now(office, 'Asia/Tokyo', at)).toBe('Next available: next Monday 09:00 (Asia/Tokyo)');
    // Sunday 23:30 in UTC is already Monday 08:30 in Tokyo.
    expect(now(office, 'Asia/Tokyo', '2024-06-02T23:30:00Z')).toBe('Next available: today 09:00 (Asia/Tokyo)');
  });

  it('follows an overnight interval into the next morning', () => {
    const night = hours({ mon: [['22:00', '06:00']] });
    expect(now(night, WARSAW, '2024-06-03T21:00:00Z')).toBe('Available now, until Tuesday 06:00 (Europe/Warsaw)');
    expect(now(night, WARSAW, '2024-06-04T01:00:00Z')).toBe('Available now, until 06:00 (Europe/Warsaw)');
    expect(now(night, WARSAW, '2024-06-04T04:00:00Z')).toBe('Next available: Monday 22:00 (Europe/Warsaw)');
    // An equal start and end runs a full day.
    const fullDay = hours({ wed: [['09:00', '09:00']] });
    expect(now(fullDay, 'UTC', '2024-06-06T08:59:00Z')).toBe('Available now, until 09:00 (UTC)');
  });

  it('ends 24:00 at midnight and joins it with the next day’s early hours', () => {
    const evening = hours({ fri: [['18:00', '24:00']] });
    expect(now(evening, WARSAW, '2024-06-07T21:59:00Z')).toBe('Available now, until midnight (Europe/Warsaw)');
    expect(now(evening, WARSAW, '2024-06-07T22:00:00Z')).toBe('Next available: Friday 18:00 (Europe/Warsaw)');
    const late = hours({ fri: [['18:00', '24:00']], sat: [['00:00', '02:00']] });
    expect(now(late, WARSAW, '2024-06-07T20:00:00Z')).toBe('Available now, until Saturday 02:00 (Europe/Warsaw)');
  });

  it('says round the clock when every minute is covered', () => {
    const all = hours(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])));
    expect(availabilityAt(all, WARSAW, new Date('2024-06-05T12:00:00Z'))).toEqual({ kind: 'available', until: null });
    expect(now(all, WARSAW, '2024-06-05T12:00:00Z')).toBe('Available now, round the clock (Europe/Warsaw)');
  });
});
