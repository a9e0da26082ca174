import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('../../agent', async (original) => ({
  ...(await original<typeof import('../../agent')>()),
  request: vi.fn(),
}));

import { request } from '../../agent';
import type { AgentInfo, HeadsetSettings, InboxInfo, IpcError, Profile, Request, Response, SegmentInfo } from '../../bindings';
import { EditTracker } from '../edits.svelte';
import { AccountData } from './AccountData.svelte';
import ChannelsSection from './ChannelsSection.svelte';
import SegmentsSection from './SegmentsSection.svelte';
import TeamSection from './TeamSection.svelte';
import { deferred, profile } from '../../../test/fixtures';
import { signedIn } from '../../../test/store';

const requestMock = vi.mocked(request);

const INBOXES: InboxInfo[] = [
  { id: 3, name: 'Website', channel_type: 'Channel::WebWidget' },
  { id: 7, name: 'Support email', channel_type: 'Channel::Email' },
];
const SEGMENTS: SegmentInfo[] = [
  { id: 11, name: 'VIP customers', filter_type: 'contact' },
  { id: 12, name: 'Trial users', filter_type: 'contact' },
  { id: 21, name: 'Enterprise', filter_type: 'company' },
  { id: 13, name: 'Churned', filter_type: 'contact' },
];
const AGENTS: AgentInfo[] = [
  { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', role: 'administrator', availability: 'online', avatar_url: '' },
  { id: 2, name: 'Bob Builder', email: 'bob@example.com', role: 'agent', availability: 'busy', avatar_url: '' },
  { id: 3, name: 'Cy Twombly', email: 'cy@example.com', role: 'agent', availability: 'offline', avatar_url: '' },
];
const lists = (over: Partial<Extract<Response, { type: 'account' }>> = {}): Response => ({
  type: 'account',
  inboxes: INBOXES,
  segments: SEGMENTS,
  agents: AGENTS,
  ...over,
});
const queued = (id: number): Response => ({ type: 'edit_queued', id });

type Answer = Response | IpcError | ((req: Request) => Response | Promise<Response>);
const isError = (a: Answer): a is IpcError => typeof a === 'object' && 'code' in a && 'message' in a;

/** The agent: answers each request type as told; the account lists by default. */
function agent(handlers: Partial<Record<Request['type'], Answer>> = {}) {
  const all: Partial<Record<Request['type'], Answer>> = { get_account: lists(), edit: queued(1), ...handlers };
  requestMock.mockImplementation(async (req: Request) => {
    const answer = all[req.type];
    if (answer === undefined) throw { code: 'protocol', message: `unexpected ${req.type}` };
    if (typeof answer === 'function') return answer(req);
    if (isError(answer)) throw answer;
    return answer;
  });
}

const sent = (type: Request['type']) => requestMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);
const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => screen.getByTestId(id) as T;
const text = (id: string) => byId(id).textContent?.replace(/\s+/g, ' ').trim();

const withHeadset = (headset: Partial<HeadsetSettings>, over: Partial<Profile> = {}): Profile => ({
  ...profile,
  ...over,
  headset: { ...profile.headset, ...headset },
});

function showSegments(p: Profile = profile, account = new AccountData()) {
  signedIn(p);
  return render(SegmentsSection, { tracker: new EditTracker(), account });
}
function showChannels(p: Profile = profile, account = new AccountData()) {
  signedIn(p);
  return render(ChannelsSection, { tracker: new EditTracker(), account });
}
function showTeam(p: Profile = profile, account = new AccountData(), active = true) {
  signedIn(p);
  return render(TeamSection, { account, active });
}

beforeEach(() => {
  requestMock.mockReset();
});

describe('Account data', () => {
  it('is asked for once, whichever sections show it', async () => {
    agent();
    const account = new AccountData();
    showSegments(profile, account);
    showChannels(profile, account);
    showTeam(profile, account);
    await screen.findByTestId('segment-11');
    await screen.findByTestId('channel-3-enabled');
    await screen.findByTestId('agent-2');
    expect(sent('get_account')).toHaveLength(1);
  });

  it('is asked for only once a section is first shown, and not again', async () => {
    agent();
    const view = showTeam(profile, new AccountData(), false);
    expect(screen.getByTestId('team-loading').textContent).toBe('Loading…');
    expect(requestMock).not.toHaveBeenCalled();

    await view.rerender({ active: true });
    await screen.findByTestId('agent-2');
    await view.rerender({ active: false });
    await view.rerender({ active: true });
    expect(sent('get_account')).toHaveLength(1);
  });

  it('says it is loading, then why it could not load, and tries again', async () => {
    const first = deferred<Response>();
    let calls = 0;
    agent({
      get_account: () => {
        calls += 1;
        return calls === 1 ? first.promise : Promise.resolve(lists());
      },
    });
    showSegments();
    const loading = screen.getByTestId('segments-loading');
    expect(loading.textContent).toBe('Loading…');
    expect(loading.getAttribute('role')).toBe('status');

    first.reject({ code: 'unreachable', message: 'The server cannot be reached.' });
    const error = await screen.findByTestId('segments-load-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The server cannot be reached.');
    expect(screen.queryByTestId('segments-loading')).toBeNull();
    expect(screen.queryByTestId('save-segments')).toBeNull();

    await fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('segment-11');
    expect(screen.queryByTestId('segments-load-error')).toBeNull();
    expect(sent('get_account')).toHaveLength(2);
  });

  it('shows the loading and error states in the channels and team sections too', async () => {
    agent({ get_account: { code: 'server', message: 'The server had a problem.' } });
    const account = new AccountData();
    showChannels(profile, account);
    showTeam(profile, account);
    expect(screen.getByTestId('channels-loading').textContent).toBe('Loading…');
    expect(screen.getByTestId('team-loading').textContent).toBe('Loading…');
    expect((await screen.findByTestId('channels-load-error')).textContent).toContain('The server had a problem.');
    expect(screen.getByTestId('team-load-error').textContent).toContain('The server had a problem.');

    agent();
    await fireEvent.click(within(byId('team-load-error')).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('channel-3-enabled');
    expect(screen.getByTestId('agent-2')).toBeTruthy();
  });
});

describe('Segments section', () => {
  it('groups the segments by type and says how many are shown', async () => {
    agent();
    showSegments(withHeadset({ visible_segments: { contact: [12], company: [] } }));
    expect(screen.getByRole('heading', { level: 2, name: 'Segments' })).toBeTruthy();
    await screen.findByTestId('segment-11');

    const contact = within(screen.getByRole('group', { name: 'Contact segments' }));
    const company = within(screen.getByRole('group', { name: 'Company segments' }));
    expect(contact.getAllByRole('checkbox').map((c) => c.dataset.testid)).toEqual(['segment-11', 'segment-12', 'segment-13']);
    expect(company.getAllByRole('checkbox').map((c) => c.dataset.testid)).toEqual(['segment-21']);
    expect((contact.getByLabelText('Trial users') as HTMLInputElement).checked).toBe(true);
    expect((contact.getByLabelText('VIP customers') as HTMLInputElement).checked).toBe(false);

    expect(text('segments-contact-shown')).toBe('Showing 1 of 3');
    expect(text('segments-company-shown')).toBe('Showing all');
    await fireEvent.click(byId('segment-21'));
    expect(text('segments-company-shown')).toBe('Showing 1 of 1');
    await fireEvent.click(byId('segment-12'));
    expect(text('segments-contact-shown')).toBe('Showing all');
  });

  it('sends exactly the whole visible_segments object, ids in the list’s order', async () => {
    agent();
    showSegments(withHeadset({ visible_segments: { contact: [13], company: [21] } }));
    await screen.findByTestId('segment-11');
    expect(byId<HTMLButtonElement>('save-segments').disabled).toBe(true);

    await fireEvent.click(byId('segment-11'));
    await fireEvent.click(byId('segment-21'));
    await fireEvent.click(byId('save-segments'));
    expect(sent('edit')).toEqual([
      {
        type: 'edit',
        edit: { type: 'headset', changes: { visible_segments: { contact: [11, 13], company: [] } } },
      },
    ]);
  });

  it('says when a type has no segments', async () => {
    agent({ get_account: lists({ segments: SEGMENTS.filter((s) => s.filter_type === 'contact') }) });
    showSegments();
    await screen.findByTestId('segment-11');
    expect(text('segments-company-empty')).toBe('No company segments yet. Create them in the web dashboard.');
    expect(screen.queryByTestId('segments-company-shown')).toBeNull();
  });

  it('keeps deleted segments out, says so, and drops them on the next save', async () => {
    agent();
    showSegments(withHeadset({ visible_segments: { contact: [99, 12], company: [] } }));
    await screen.findByTestId('segment-11');
    expect(text('segments-contact-shown')).toBe('Showing 1 of 3');
    expect(text('segments-contact-gone')).toBe(
      'One contact segment you chose no longer exists; it will be dropped when you save.',
    );
    expect(screen.queryByTestId('segments-company-gone')).toBeNull();

    await fireEvent.click(byId('segment-13'));
    await fireEvent.click(byId('save-segments'));
    expect(sent('edit')).toEqual([
      {
        type: 'edit',
        edit: { type: 'headset', changes: { visible_segments: { contact: [12, 13], company: [] } } },
      },
    ]);
  });

  it('shows no note about deleted segments when there are none', async () => {
    agent();
    showSegments(withHeadset({ visible_segments: { contact: [11], company: [21] } }));
    await screen.findByTestId('segment-11');
    expect(screen.queryByTestId('segments-contact-gone')).toBeNull();
    expect(screen.queryByTestId('segments-company-gone')).toBeNull();
  });
});

describe('Channels section', () => {
  const enabled = (id: number) => byId(`channel-${id}-enabled`);
  const capacity = (id: number) => byId(`channel-${id}-capacity`);

  it('shows each inbox with its saved preference, or the default', async () => {
    agent();
    showChannels(withHeadset({ channels: { '7': { enabled: false, capacity: 5 } } }));
    expect(screen.getByRole('heading', { level: 2, name: 'Channels' })).toBeTruthy();
    await screen.findByTestId('channel-3-enabled');

    const website = within(screen.getByRole('group', { name: 'Website' }));
    expect(website.getByText('WebWidget')).toBeTruthy();
    expect(website.getByRole('switch', { name: 'Take conversations' })).toBe(enabled(3));
    expect(enabled(3).checked).toBe(true);
    expect(capacity(3).value).toBe('0');
    expect(capacity(3).disabled).toBe(false);
    expect(website.getByLabelText('At most')).toBe(capacity(3));

    expect(within(screen.getByRole('group', { name: 'Support email' })).getByText('Email')).toBeTruthy();
    expect(enabled(7).checked).toBe(false);
    expect(capacity(7).value).toBe('5');
    expect(capacity(7).disabled).toBe(true);
    expect(document.getElementById(capacity(3).getAttribute('aria-describedby')!)!.textContent).toContain('0 = no limit');
    expect(byId<HTMLButtonElement>('save-channels').disabled).toBe(true);
  });

  it('refuses a capacity of 51 before sending, with the message on that row', async () => {
    agent();
    showChannels();
    await screen.findByTestId('channel-3-enabled');
    await fireEvent.input(capacity(7), { target: { value: '51' } });
    await fireEvent.click(byId('save-channels'));

    expect(requestMock).toHaveBeenCalledTimes(1); // get_account only
    const error = byId('channel-7-capacity-error');
    expect(error.textContent?.trim()).toBe('Enter a whole number between 0 and 50.');
    expect(within(screen.getByRole('group', { name: 'Support email' })).getByTestId('channel-7-capacity-error')).toBe(error);
    expect(capacity(7).getAttribute('aria-invalid')).toBe('true');
    expect(capacity(7).getAttribute('aria-describedby')).toContain(error.id);
    expect(capacity(3).getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByTestId('channel-3-capacity-error')).toBeNull();

    // Fixing the number takes the message away.
    await fireEvent.input(capacity(7), { target: { value: '50' } });
    expect(screen.queryByTestId('channel-7-capacity-error')).toBeNull();
  });

  it('refuses a capacity that is not a whole number', async () => {
    agent();
    showChannels();
    await screen.findByTestId('channel-3-enabled');
    await fireEvent.input(capacity(3), { target: { value: '2.5' } });
    await fireEvent.click(byId('save-channels'));
    expect(sent('edit')).toHaveLength(0);
    expect(byId('channel-3-capacity-error').textContent?.trim()).toBe('Enter a whole number between 0 and 50.');
  });

  it('sends the whole channels object keyed by inbox id', async () => {
    agent();
    showChannels(withHeadset({ channels: { '7': { enabled: false, capacity: 5 } } }));
    await screen.findByTestId('channel-3-enabled');
    await fireEvent.input(capacity(3), { target: { value: '12' } });
    await fireEvent.click(enabled(7));
    expect(capacity(7).disabled).toBe(false);
    await fireEvent.click(byId('save-channels'));
    expect(sent('edit')).toEqual([
      {
        type: 'edit',
        edit: {
          type: 'headset',
          changes: {
            channels: { '3': { enabled: true, capacity: 12 }, '7': { enabled: true, capacity: 5 } },
          },
        },
      },
    ]);
  });

  it('shows the server’s refusal on the row it is about', async () => {
    agent({
      edit: { code: 'invalid', message: 'must be between 0 and 50', field: 'ui_settings.headset.channels.3.capacity' },
    });
    showChannels();
    await screen.findByTestId('channel-3-enabled');
    await fireEvent.input(capacity(3), { target: { value: '9' } });
    await fireEvent.click(byId('save-channels'));
    expect((await screen.findByTestId('channel-3-capacity-error')).textContent?.trim()).toBe('must be between 0 and 50');
    expect(text('status-channels')).toBe('Not saved: see the highlighted field.');
  });
});

describe('Team section', () => {
  const role = (id: number) => byId<HTMLSelectElement>(`role-${id}`);
  const admin = withHeadset({}, { role: 'administrator' });

  it('lists the agents with their status and role', async () => {
    agent();
    showTeam();
    expect(screen.getByRole('heading', { level: 2, name: 'Team' })).toBeTruthy();
    await screen.findByTestId('agent-2');

    const table = screen.getByRole('table', { name: 'Team' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Email', 'Status', 'Role']);
    const ada = within(byId('agent-1'));
    expect(ada.getByText('Ada Lovelace')).toBeTruthy();
    expect(ada.getByTestId('agent-you').textContent).toBe('You');
    expect(ada.getByText('ada@example.com')).toBeTruthy();
    expect(within(byId('agent-2')).queryByTestId('agent-you')).toBeNull();

    expect(text('agent-1-status')).toBe('Online');
    expect(text('agent-2-status')).toBe('Busy');
    expect(text('agent-3-status')).toBe('Offline');
    expect(byId('agent-2-status').querySelector('.dot.busy')).toBeTruthy();
  });

  it('shows an agent the roles as text, and no selects', async () => {
    agent();
    showTeam();
    await screen.findByTestId('agent-2');
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(text('role-1-text')).toBe('Administrator');
    expect(text('role-2-text')).toBe('Agent');
    expect(text('team-roles-note')).toBe('Only administrators can change roles.');
  });

  it('lets an administrator change a role, and shows the new one', async () => {
    const answer = deferred<Response>();
    agent({ set_agent_role: () => answer.promise });
    showTeam(admin);
    await screen.findByTestId('agent-2');
    expect(screen.queryByTestId('team-roles-note')).toBeNull();
    expect(role(2).value).toBe('agent');
    expect(role(2).getAttribute('aria-label')).toBe('Role of Bob Builder');

    await fireEvent.change(role(2), { target: { value: 'administrator' } });
    expect(sent('set_agent_role')).toEqual([{ type: 'set_agent_role', agent_id: 2, role: 'administrator' }]);
    expect(role(2).disabled).toBe(true);
    expect(role(2).getAttribute('aria-busy')).toBe('true');
    expect(within(byId('agent-2')).getByRole('status').textContent).toBe('Saving…');
    expect(role(3).disabled).toBe(false);

    answer.resolve(lists({ agents: AGENTS.map((a) => (a.id === 2 ? { ...a, role: 'administrator' } : a)) }));
    await vi.waitFor(() => expect(role(2).disabled).toBe(false));
    expect(role(2).value).toBe('administrator');
    expect(text('team-note')).toBe('Bob Builder is now an administrator.');
  });

  it('shows a refusal on the row and puts the select back', async () => {
    agent({ set_agent_role: { code: 'unauthorized', message: 'Only administrators can change roles.' } });
    showTeam(admin);
    await screen.findByTestId('agent-3');
    await fireEvent.change(role(3), { target: { value: 'administrator' } });

    const error = await screen.findByTestId('role-3-error');
    expect(error.textContent?.trim()).toBe('Only administrators can change roles.');
    expect(within(byId('agent-3')).getByTestId('role-3-error')).toBe(error);
    await vi.waitFor(() => expect(role(3).disabled).toBe(false));
    expect(role(3).value).toBe('agent');
    expect(role(3).getAttribute('aria-describedby')).toBe(error.id);
    expect(screen.queryByTestId('role-2-error')).toBeNull();
  });

  it('does not let an administrator demote themselves', async () => {
    agent();
    showTeam(admin);
    await screen.findByTestId('agent-1');
    expect(role(1).value).toBe('administrator');
    expect(role(1).disabled).toBe(true);
    expect(role(1).title).toContain('You can’t change your own role');
  });
});
