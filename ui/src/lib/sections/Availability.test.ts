import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import type { Profile, Response, Schedule } from '../bindings';
import AvailabilitySection from './AvailabilitySection.svelte';
import Settings from './Settings.svelte';
import { EditTracker } from './edits.svelte';
import { profile } from '../../test/fixtures';
import { signedIn } from '../../test/store';

const requestMock = vi.mocked(request);
const queued = (id: number): Response => ({ type: 'edit_queued', id });
const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => screen.getByTestId(id) as T;
const save = () => byId<HTMLButtonElement>('save-availability');
const nowLine = () => screen.getByTestId('availability-now').textContent?.trim();

const BLOCK = { desktop: true, sound: true, email: false, push: true };
const OFFICE: Schedule = {
  enabled: true,
  days: { mon: [{ start: '09:00', end: '17:00' }], fri: [{ start: '22:00', end: '06:00' }] },
  block_outside: BLOCK,
  auto_status: false,
};
// Monday 2024-06-03, 10:30 in Warsaw.
const MONDAY_MORNING = new Date('2024-06-03T08:30:00Z');

/** `null`: nothing saved. */
function show(availability: Schedule | null = OFFICE, timezone: string | null = 'Europe/Warsaw', at = MONDAY_MORNING) {
  const tracker = new EditTracker();
  const clock = vi.fn(() => at);
  const p: Profile = {
    ...profile,
    headset: { ...profile.headset, availability: availability ?? undefined, timezone: timezone ?? undefined },
  };
  signedIn(p);
  const view = render(AvailabilitySection, { tracker, clock });
  return { tracker, clock, view };
}

const sentSchedule = () => {
  expect(requestMock).toHaveBeenCalledTimes(1);
  const [call] = requestMock.mock.calls[0];
  expect(call).toMatchObject({ type: 'edit', edit: { type: 'headset' } });
  const edit = (call as Extract<typeof call, { type: 'edit' }>).edit as { changes: Record<string, unknown> };
  expect(Object.keys(edit.changes)).toEqual(['availability']);
  return edit.changes.availability as Schedule;
};

beforeEach(() => requestMock.mockReset());
afterEach(() => vi.useRealTimers());

describe('Availability section', () => {
  it('shows the saved hours, labelled, with the overnight hint and where the agent stands now', () => {
    show();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Availability');
    expect(byId('availability-enabled').checked).toBe(true);
    expect(byId('interval-mon-0-start').value).toBe('09:00');
    expect(byId('interval-mon-0-end').value).toBe('17:00');
    expect(byId('interval-mon-0-start').getAttribute('aria-label')).toBe('Monday, interval 1, start');
    expect(byId('interval-fri-0-end').getAttribute('aria-label')).toBe('Friday, interval 1, end');
    expect(screen.queryByTestId('interval-mon-0-next-day')).toBeNull();
    const hint = screen.getByTestId('interval-fri-0-next-day');
    expect(hint.textContent?.trim()).toBe('ends the next day');
    expect(byId('interval-fri-0-end').getAttribute('aria-describedby')).toContain(hint.id);
    // Days are listed Monday first.
    const days = [...document.querySelectorAll('[data-testid^="day-"][role=group]')].map((d) => d.getAttribute('data-testid'));
    expect(days).toEqual(['day-mon', 'day-tue', 'day-wed', 'day-thu', 'day-fri', 'day-sat', 'day-sun']);
    expect(screen.getByTestId('availability-now').getAttribute('role')).toBe('status');
    expect(nowLine()).toBe('Available now, until 17:00 (Europe/Warsaw)');
    expect(byId('block-desktop').checked).toBe(true);
    expect(byId('block-email').checked).toBe(false);
    expect(byId('availability-auto_status').checked).toBe(false);
    expect(save().disabled).toBe(true);
  });

  it('explains hours off and uses defaults when nothing is saved', () => {
    show(null, null);
    expect(byId('availability-enabled').checked).toBe(false);
    expect(screen.getByText('Headset alerts you at any time.')).toBeTruthy();
    expect(nowLine()).toBe('Available at any time');
    expect(byId('block-push').checked).toBe(true);
  });

  it('updates the line when the draft changes and every 30 s', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { clock } = show({ ...OFFICE, days: {} });
    expect(nowLine()).toBe('No hours set: Headset holds alerts back all week');

    await fireEvent.click(byId('add-mon'));
    expect(nowLine()).toBe('Available now, until 17:00 (Europe/Warsaw)');

    clock.mockReturnValue(new Date('2024-06-03T15:00:00Z')); // 17:00 in Warsaw
    await vi.advanceTimersByTimeAsync(30_000);
    expect(nowLine()).toBe('Next available: next Monday 09:00 (Europe/Warsaw)');

    await fireEvent.click(byId('availability-enabled'));
    expect(nowLine()).toBe('Available at any time');
  });

  it('adds, edits, removes and copies intervals, then sends the whole schedule once', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show();
    await fireEvent.click(byId('add-mon'));
    // The new interval follows the last one, and takes the focus.
    expect(byId('interval-mon-1-start').value).toBe('17:00');
    expect(byId('interval-mon-1-end').value).toBe('18:00');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('interval-mon-1-start')));
    await fireEvent.input(byId('interval-mon-1-start'), { target: { value: '18:00' } });
    await fireEvent.input(byId('interval-mon-1-end'), { target: { value: '20:00' } });
    await fireEvent.click(byId('copy-mon'));
    for (const day of ['tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
      expect(byId(`interval-${day}-1-end`).value).toBe('20:00');
    }
    await fireEvent.click(byId('remove-sun-0'));
    await fireEvent.click(byId('remove-sun-0'));
    expect(screen.queryByTestId('interval-sun-0-start')).toBeNull();
    await fireEvent.click(byId('block-email'));
    await fireEvent.click(byId('availability-auto_status'));

    await fireEvent.click(save());
    const week = [
      { start: '09:00', end: '17:00' },
      { start: '18:00', end: '20:00' },
    ];
    expect(sentSchedule()).toEqual({
      enabled: true,
      days: { mon: week, tue: week, wed: week, thu: week, fri: week, sat: week },
      block_outside: { desktop: true, sound: true, email: true, push: true },
      auto_status: true,
    });
  });

  it('keeps midnight as an end as 24:00', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({ ...OFFICE, days: { sat: [{ start: '18:00', end: '24:00' }] } });
    expect(byId('interval-sat-0-end').value).toBe('00:00');
    expect(screen.queryByTestId('interval-sat-0-next-day')).toBeNull();
    await fireEvent.input(byId('interval-sat-0-start'), { target: { value: '19:00' } });
    await fireEvent.click(save());
    expect(sentSchedule().days).toEqual({ sat: [{ start: '19:00', end: '24:00' }] });
  });

  it('sends nothing when a change is undone', async () => {
    show();
    await fireEvent.click(byId('availability-enabled'));
    expect(save().disabled).toBe(false);
    await fireEvent.click(byId('availability-enabled'));
    expect(save().disabled).toBe(true);
    await fireEvent.submit(byId('availability-enabled').form!);
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('refuses an equal start and end, shown on the interval', async () => {
    show();
    await fireEvent.input(byId('interval-mon-0-end'), { target: { value: '09:00' } });
    expect(screen.getByTestId('interval-mon-0-next-day')).toBeTruthy();
    await fireEvent.click(save());
    expect(requestMock).not.toHaveBeenCalled();
    const error = screen.getByTestId('interval-mon-0-error');
    expect(error.textContent?.trim()).toBe('Start and end must differ.');
    expect(byId('interval-mon-0-end').getAttribute('aria-invalid')).toBe('true');
    expect(byId('interval-mon-0-end').getAttribute('aria-describedby')).toContain(error.id);
    expect(byId('interval-fri-0-end').getAttribute('aria-invalid')).toBe('false');
    await vi.waitFor(() => expect(document.activeElement).toBe(byId('interval-mon-0-start')));

    // Fixed: the message goes at once.
    await fireEvent.input(byId('interval-mon-0-end'), { target: { value: '12:00' } });
    expect(screen.queryByTestId('interval-mon-0-error')).toBeNull();
  });

  it('refuses overlapping intervals with a message naming the day', async () => {
    show();
    await fireEvent.click(byId('add-mon'));
    await fireEvent.input(byId('interval-mon-1-start'), { target: { value: '16:00' } });
    await fireEvent.click(save());
    expect(requestMock).not.toHaveBeenCalled();
    const error = screen.getByTestId('day-mon-error');
    expect(error.textContent?.trim()).toBe('Monday: 09:00–17:00 and 16:00–18:00 overlap.');
    for (const i of [0, 1]) {
      expect(byId(`interval-mon-${i}-start`).getAttribute('aria-describedby')).toContain(error.id);
      expect(byId(`interval-mon-${i}-start`).getAttribute('aria-invalid')).toBe('true');
    }
  });

  it('refuses a saved time that is not HH:MM, and an empty time', async () => {
    show({ ...OFFICE, days: { tue: [{ start: '9:00', end: '17:00' }] } });
    await fireEvent.click(byId('add-wed'));
    await fireEvent.input(byId('interval-wed-0-end'), { target: { value: '' } });
    await fireEvent.click(save());
    expect(requestMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('interval-tue-0-start-error').textContent?.trim()).toBe(
      '“9:00” is not a time of day as HH:MM.',
    );
    expect(screen.getByTestId('interval-wed-0-end-error').textContent?.trim()).toBe('Enter an end time.');
    expect(byId('interval-wed-0-end').getAttribute('aria-describedby')).toBe('interval-wed-0-end-error');
  });

  it('shows the agent’s refusal of one time on that time', async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: '“17:00” is not allowed here',
      field: 'ui_settings.headset.availability.days.mon[0].end',
    });
    show();
    await fireEvent.input(byId('interval-mon-0-end'), { target: { value: '17:30' } });
    await fireEvent.click(save());
    const error = await screen.findByTestId('interval-mon-0-end-error');
    expect(error.textContent?.trim()).toBe('“17:00” is not allowed here');
    expect(screen.getByTestId('status-availability').textContent?.trim()).toBe('Not saved: see the highlighted field.');
    expect(byId('interval-mon-0-end').getAttribute('aria-describedby')).toContain(error.id);
    // Changed again: the message no longer applies.
    await fireEvent.input(byId('interval-mon-0-end'), { target: { value: '16:30' } });
    expect(screen.queryByTestId('interval-mon-0-end-error')).toBeNull();
  });
});

describe('Availability in the settings window', () => {
  it('is a section after Notifications', async () => {
    signedIn(profile, { launch_at_login: true, connection: { state: 'connected' } });
    render(Settings, { tracker: new EditTracker() });
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent?.trim());
    expect(tabs.indexOf('Availability')).toBe(tabs.indexOf('Notifications') + 1);
    await fireEvent.click(screen.getByTestId('nav-availability'));
    const panel = screen.getByTestId('availability-now').closest('[role=tabpanel]')!;
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(panel.querySelector('h2')?.textContent).toBe('Availability');
    // The notifications section still renders in its own panel.
    expect(screen.getByTestId('save-notifications')).toBeTruthy();
  });
});
