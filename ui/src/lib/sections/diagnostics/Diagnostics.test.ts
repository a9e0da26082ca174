import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('../../agent', async (original) => ({
  ...(await original<typeof import('../../agent')>()),
  request: vi.fn(),
}));

import { request } from '../../agent';
import type { Check, DecisionRecord, IpcError, Request, Response } from '../../bindings';
import DiagnosticsSection from './DiagnosticsSection.svelte';
import { REASONS, decisionTime, newestFirst, reasonText } from './format';
import { t } from '../../i18n/i18n.svelte';
import { checks, decision, deferred } from '../../../test/fixtures';

const requestMock = vi.mocked(request);

type Answer = Response | IpcError | ((req: Request) => Response | Promise<Response>);
type Handlers = Partial<Record<Request['type'], Answer>>;

const isError = (a: Answer): a is IpcError => typeof a === 'object' && 'code' in a && 'message' in a;
const diagnosis = (list: Check[]): Response => ({ type: 'diagnosis', checks: list });
const decisions = (items: DecisionRecord[]): Response => ({ type: 'decisions', items });

/** The agent: answers each request type as told (by default, a healthy computer and no events). */
function agent(handlers: Handlers = {}) {
  const all: Handlers = { diagnose: diagnosis(checks), get_decisions: decisions([]), ...handlers };
  requestMock.mockImplementation(async (req: Request) => {
    const answer = all[req.type];
    if (answer === undefined) throw { code: 'protocol', message: `unexpected ${req.type}` };
    if (typeof answer === 'function') return answer(req);
    if (isError(answer)) throw answer;
    return answer;
  });
}

const sent = (type: Request['type']) => requestMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);
const text = (id: string) => screen.getByTestId(id).textContent?.replace(/\s+/g, ' ').trim();
const rows = () => screen.getAllByTestId('decision-row');
const cell = (row: HTMLElement, id: string) => within(row).getByTestId(id).textContent?.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  requestMock.mockReset();
});

describe('Diagnostics section', () => {
  it('has its heading and two parts, and asks for both once shown', async () => {
    agent();
    const view = render(DiagnosticsSection, { active: false });
    expect(screen.getByRole('heading', { level: 2, name: 'Diagnostics' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Health' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Why was I (not) notified?' })).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();

    await view.rerender({ active: true });
    await screen.findByTestId('health-checks');
    await screen.findByTestId('decisions-empty');
    expect(sent('diagnose')).toHaveLength(1);
    expect(sent('get_decisions')).toHaveLength(1);
    // Shown again later: no new requests.
    await view.rerender({ active: false });
    await view.rerender({ active: true });
    expect(requestMock).toHaveBeenCalledTimes(2);
  });
});

describe('Health', () => {
  it('shows each check with its label, status and the agent’s detail', async () => {
    agent();
    render(DiagnosticsSection);
    expect(text('health-loading')).toBe('Checking…');
    await screen.findByTestId('health-checks');

    const labels = screen.getAllByTestId('check-name').map((e) => e.textContent);
    expect(labels).toEqual([
      'Secure storage (keychain)',
      'Desktop notifications',
      'Sound output',
      'Server',
      'Live updates',
      'Do Not Disturb',
    ]);
    const server = screen.getByTestId('check-server');
    expect(server.dataset.ok).toBe('true');
    expect(cell(server, 'check-status')).toBe('OK');
    expect(cell(server, 'check-detail')).toBe('signed in to https://chat.example.com as ada@example.com');
    expect(text('health-summary')).toBe('Everything is working.');
  });

  it('marks a failing check as a problem and keeps an unknown check’s own name', async () => {
    agent({
      diagnose: diagnosis([
        ...checks.filter((c) => c.name !== 'realtime'),
        { name: 'realtime', ok: false, detail: 'connection refused; retrying in 8 s' },
        { name: 'calendar', ok: false, detail: 'not linked' },
      ]),
    });
    render(DiagnosticsSection);
    await screen.findByTestId('health-checks');

    const realtime = screen.getByTestId('check-realtime');
    expect(realtime.dataset.ok).toBe('false');
    expect(realtime.classList.contains('problem')).toBe(true);
    expect(cell(realtime, 'check-name')).toBe('Live updates');
    expect(cell(realtime, 'check-status')).toBe('Problem');
    expect(cell(realtime, 'check-detail')).toBe('connection refused; retrying in 8 s');
    expect(cell(screen.getByTestId('check-calendar'), 'check-name')).toBe('calendar');
    expect(cell(screen.getByTestId('check-keychain'), 'check-status')).toBe('OK');
    expect(text('health-summary')).toBe('2 problems found.');
  });

  it('checks again on request, saying so while it waits', async () => {
    const second = deferred<Response>();
    let calls = 0;
    agent({
      diagnose: () => (++calls === 1 ? diagnosis(checks) : second.promise),
    });
    render(DiagnosticsSection);
    await screen.findByTestId('health-checks');

    const again = screen.getByTestId('health-check-again') as HTMLButtonElement;
    expect(again.textContent?.trim()).toBe('Check again');
    await fireEvent.click(again);
    expect(sent('diagnose')).toHaveLength(2);
    expect(again.disabled).toBe(true);
    expect(text('health-summary')).toBe('Checking…');
    expect(screen.getByTestId('health-checks').getAttribute('aria-busy')).toBe('true');

    second.resolve(diagnosis([{ name: 'audio', ok: false, detail: 'no audio output device' }]));
    await vi.waitFor(() => expect(text('health-summary')).toBe('1 problem found.'));
    expect(again.disabled).toBe(false);
    expect(screen.getAllByTestId('check-name').map((e) => e.textContent)).toEqual(['Sound output']);
  });

  it('says why the checks could not be run, and tries again', async () => {
    let calls = 0;
    agent({
      diagnose: () => {
        if (++calls === 1) throw { code: 'agent_unavailable', message: 'The Headset agent is not running.' };
        return diagnosis(checks);
      },
    });
    render(DiagnosticsSection);
    const error = await screen.findByTestId('health-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The Headset agent is not running.');

    await fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('health-checks');
    expect(screen.queryByTestId('health-error')).toBeNull();
  });

  it('says so when the agent reports no checks', async () => {
    agent({ diagnose: diagnosis([]) });
    render(DiagnosticsSection);
    expect((await screen.findByTestId('health-none')).textContent).toBe('The agent reported no checks.');
  });
});

describe('Why was I (not) notified?', () => {
  // The agent keeps its log oldest first.
  const LOG: DecisionRecord[] = [
    decision({ at: '2024-06-03T08:00:00Z', conversation: 7 }),
    decision({
      at: '2024-06-03T08:01:00Z',
      conversation: 8,
      notify: { yes: false, reason: 'outside_hours' },
      sound: { yes: false, reason: 'busy' },
    }),
    decision({
      at: '2024-06-03T08:02:00Z',
      event: 'reminder',
      conversation: null,
      notify: { yes: false, reason: 'not_notifiable' },
      sound: { yes: true, reason: 'alert' },
    }),
    decision({
      at: '2024-06-03T08:03:00Z',
      event: 'conversation.created',
      conversation: 9,
      notify: { yes: false, reason: 'digest' },
      sound: { yes: false, reason: 'not_notifiable' },
    }),
  ];

  it('lists the decisions newest first, with the time, event, conversation and reasons', async () => {
    agent({ get_decisions: decisions(LOG) });
    render(DiagnosticsSection);
    await screen.findByTestId('decisions-table');

    expect(rows().map((r) => cell(r, 'decision-conversation'))).toEqual(['#9', '', '#8', '#7']);
    const [created, reminder, held, rang] = rows();
    expect(cell(created, 'decision-event')).toBe('conversation.created');
    expect(cell(reminder, 'decision-event')).toBe('reminder');

    const time = within(created).getByTestId('decision-time');
    expect(time.getAttribute('datetime')).toBe('2024-06-03T08:03:00Z');
    expect(time.textContent).toBe(decisionTime('2024-06-03T08:03:00Z'));
    expect(time.textContent).toContain('2024');

    expect(cell(held, 'notify-answer')).toBe('No');
    expect(cell(held, 'notify-reason')).toBe('Outside your availability hours');
    expect(cell(held, 'sound-answer')).toBe('No');
    expect(cell(held, 'sound-reason')).toBe('You were busy');
    expect(cell(created, 'notify-reason')).toBe('Held for the digest');
    expect(cell(reminder, 'notify-reason')).toBe('This kind of event never alerts on its own');
    expect(cell(reminder, 'sound-answer')).toBe('Yes');
    expect(cell(rang, 'notify-answer')).toBe('Yes');
    expect(cell(rang, 'notify-reason')).toBe('Allowed by your settings');
  });

  it('shows only what was held back when asked', async () => {
    agent({ get_decisions: decisions(LOG) });
    render(DiagnosticsSection);
    await screen.findByTestId('decisions-table');
    expect(rows()).toHaveLength(4);

    const filter = screen.getByRole('checkbox', { name: 'Only held back' }) as HTMLInputElement;
    await fireEvent.click(filter);
    expect(filter.checked).toBe(true);
    // Neither a notification nor a sound: the held message and the new conversation.
    expect(rows().map((r) => cell(r, 'decision-conversation'))).toEqual(['#9', '#8']);

    await fireEvent.click(filter);
    expect(rows()).toHaveLength(4);
  });

  it('says when nothing was held back, and when there is nothing at all', async () => {
    agent({ get_decisions: decisions([decision()]) });
    render(DiagnosticsSection);
    await screen.findByTestId('decisions-table');
    await fireEvent.click(screen.getByTestId('decisions-only-held'));
    expect(screen.queryByTestId('decisions-table')).toBeNull();
    expect(text('decisions-empty')).toBe('Nothing was held back.');
  });

  it('says when there are no decisions yet', async () => {
    agent();
    render(DiagnosticsSection);
    expect((await screen.findByTestId('decisions-empty')).textContent?.trim()).toBe(
      'No events yet. They appear here as they arrive.',
    );
  });

  it('asks again on Refresh', async () => {
    let calls = 0;
    agent({
      get_decisions: () => decisions(++calls === 1 ? [] : [decision({ notify: { yes: false, reason: 'snoozed' } })]),
    });
    render(DiagnosticsSection);
    await screen.findByTestId('decisions-empty');

    await fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByTestId('decisions-table');
    expect(sent('get_decisions')).toHaveLength(2);
    expect(cell(rows()[0], 'notify-reason')).toBe('Alerts were snoozed');
  });

  it('says why the log could not be had, and tries again', async () => {
    let calls = 0;
    agent({
      get_decisions: () => {
        if (++calls === 1) throw { code: 'agent_unavailable', message: 'The Headset agent is not running.' };
        return decisions([decision()]);
      },
    });
    render(DiagnosticsSection);
    const error = await screen.findByTestId('decisions-error');
    expect(error.textContent).toContain('The Headset agent is not running.');
    await fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('decisions-table');
  });
});

describe('Diagnostics words', () => {
  it('explains every reason the agent gives in its own sentence', () => {
    const texts = REASONS.map(reasonText);
    for (const [i, reason] of REASONS.entries()) {
      expect(texts[i], reason).not.toBe(reason);
      expect(texts[i], reason).not.toContain('decisions-reason');
    }
    expect(new Set(texts).size).toBe(REASONS.length);
    expect(reasonText('os_dnd')).toBe('Your computer was set to Do Not Disturb');
    expect(reasonText('counted')).toBe('Only counted as unread');
    // A reason from a newer agent is shown as it is.
    expect(reasonText('moon_phase')).toBe('moon_phase');
    expect(t('health-check-do-not-disturb')).toBe('Do Not Disturb');
  });

  it('orders newest first, the later of equal times first, unreadable times last', () => {
    const a = decision({ at: '2024-06-03T08:00:00Z', event: 'a' });
    const b = decision({ at: 'not a time', event: 'b' });
    const c = decision({ at: '2024-06-03T09:00:00+01:00', event: 'c' });
    const d = decision({ at: '2024-06-03T08:30:00Z', event: 'd' });
    expect(newestFirst([a, b, c, d]).map((x) => x.event)).toEqual(['d', 'c', 'a', 'b']);
    expect(decisionTime('not a time')).toBe('not a time');
  });
});
