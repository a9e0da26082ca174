import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import type { NotificationFlags, Profile, Response } from '../bindings';
import Settings from './Settings.svelte';
import { EditTracker } from './edits.svelte';
import { answer, deferred, inSales, profile, state, twoAccounts } from '../../test/fixtures';
import { given, stored } from '../../test/store';

const requestMock = vi.mocked(request);
const queued = (id: number): Response => ({ type: 'edit_queued', id });
const field = (name: string) => screen.getByTestId(`field-${name}`) as HTMLInputElement;
const save = (section: string) => screen.getByTestId(`save-${section}`) as HTMLButtonElement;
const status = (section: string) => screen.getByTestId(`status-${section}`).textContent?.trim();

function show(over: Partial<Profile> = {}, flags: NotificationFlags = state().notification_flags, volume = 100) {
  const tracker = new EditTracker();
  const shown = given({
    profile: { ...profile, ...over },
    notification_flags: flags,
    launch_at_login: true,
    connection: { state: 'connected' },
    unread: 0,
    volume,
    network: { proxy: 'http://proxy.example.com:3128' },
  });
  const view = render(Settings, { tracker });
  /** The agent's next state: this one with another profile. */
  const then = (next: Profile) => given({ ...shown, profile: next });
  return { tracker, view, shown, then };
}

// A block: a function returned from beforeEach would be called as its cleanup.
beforeEach(() => {
  requestMock.mockReset();
});

describe('Settings layout', () => {
  it('opens on the general section and moves between sections with the keyboard', async () => {
    show();
    expect(screen.getByTestId('nav-general').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('connection').textContent).toBe('Connected');
    expect(screen.getByTestId('field-name').closest('[role=tabpanel]')!.hasAttribute('hidden')).toBe(true);

    await fireEvent.keyDown(screen.getByTestId('nav-general'), { key: 'ArrowDown' });
    expect(screen.getByTestId('nav-profile').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('nav-profile'));
    expect(screen.getByTestId('field-name').closest('[role=tabpanel]')!.hasAttribute('hidden')).toBe(false);

    await fireEvent.keyDown(screen.getByTestId('nav-profile'), { key: 'End' });
    const last = screen.getAllByRole('tab').at(-1)!;
    expect(last.getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(last, { key: 'ArrowDown' });
    expect(screen.getByTestId('nav-general').getAttribute('aria-selected')).toBe('true');
  });

  it('shows who is signed in once, in the header above every section', async () => {
    show();
    const header = screen.getByTestId('profile');
    expect(header.closest('[role=tabpanel]')).toBeNull();
    expect(screen.getAllByTestId('profile-name')).toHaveLength(1);
    expect(screen.getByTestId('profile-name').textContent).toBe('Ada Lovelace');
    expect(screen.getByTestId('header-email').textContent).toBe('ada@example.com');
    expect(within(header).getByTestId('status-online')).toBeTruthy();
    // Still there in another section.
    await fireEvent.click(screen.getByTestId('nav-security'));
    expect(screen.getByTestId('profile').hasAttribute('hidden')).toBe(false);
  });

  it('ends with the Diagnostics section, which asks the agent only once opened', async () => {
    requestMock.mockImplementation(async (req) =>
      req.type === 'diagnose' ? { type: 'diagnosis', checks: [] } : { type: 'decisions', items: [] },
    );
    show();
    expect(screen.getAllByRole('tab').at(-1)!.textContent?.trim()).toBe('Diagnostics');
    expect(requestMock).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('nav-diagnostics'));
    expect(screen.getByTestId('diagnostics').closest('[role=tabpanel]')!.hasAttribute('hidden')).toBe(false);
    await screen.findByTestId('decisions-empty');
    expect(requestMock.mock.calls.map(([r]) => r.type).sort()).toEqual(['diagnose', 'get_decisions']);
  });

  it('shows this computer’s connection settings just before Diagnostics', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile, network: {} })));
    show();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.at(-2)).toBe(screen.getByTestId('nav-network'));
    expect(tabs.at(-2)!.textContent?.trim()).toBe('Connection');
    await fireEvent.click(screen.getByTestId('nav-network'));
    const panel = screen.getByTestId('network').closest('[role=tabpanel]')!;
    expect(panel.id).toBe('panel-network');
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(within(panel as HTMLElement).getByRole('heading', { name: 'Connection' })).toBeTruthy();
    expect((document.getElementById('network-proxy') as HTMLInputElement).value).toBe('http://proxy.example.com:3128');

    await fireEvent.input(document.getElementById('network-proxy')!, { target: { value: '' } });
    await fireEvent.click(document.getElementById('network-save')!);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_network', network: {} });
    await vi.waitFor(() => expect(stored()).toEqual(state({ profile, network: {} })));
  });

  it('goes to the notification settings from the header’s menu', async () => {
    show();
    await fireEvent.click(screen.getByTestId('profile-menu-button'));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Notifications' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByTestId('nav-notifications').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('field-alerts').closest('[role=tabpanel]')!.hasAttribute('hidden')).toBe(false);
    // The keyboard goes on from the section it opened.
    expect(document.activeElement).toBe(screen.getByTestId('nav-notifications'));
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('keeps the account’s lists when a save brings a new profile of the same account', async () => {
    const segment = { id: 5, name: 'VIP customers', filter_type: 'contact' as const };
    requestMock.mockImplementation(async (req) => {
      if (req.type === 'get_account') return { type: 'account', inboxes: [], segments: [segment], agents: [] };
      throw { code: 'protocol', message: `unexpected ${req.type}` };
    });
    const { shown, then } = show();
    await fireEvent.click(screen.getByTestId('nav-segments'));
    await vi.waitFor(() => expect(screen.getByTestId('segment-5')).toBeTruthy());

    // A save answers with the same account's profile, as a new object.
    const same = shown.profile!;
    then({ ...same, headset: { ...same.headset } });
    expect(screen.getByTestId('segment-5')).toBeTruthy();
    expect(screen.queryByTestId('segments-loading')).toBeNull();
    expect(requestMock.mock.calls.filter(([r]) => r.type === 'get_account')).toHaveLength(1);
  });

  it('shows the other account’s settings once the user switches to it, in the same section', async () => {
    requestMock.mockImplementation(async (req) => {
      if (req.type === 'get_account') return { type: 'account', inboxes: [], segments: [], agents: [] };
      if (req.type === 'set_active_account') return answer(state({ profile: inSales }));
      throw { code: 'protocol', message: `unexpected ${req.type}` };
    });
    show({ ...twoAccounts, headset: { ...twoAccounts.headset, title: 'Support lead' } });
    await fireEvent.click(screen.getByTestId('nav-profile'));
    expect(field('title').value).toBe('Support lead');
    await fireEvent.click(screen.getByTestId('nav-team'));
    await vi.waitFor(() => expect(requestMock).toHaveBeenCalledWith({ type: 'get_account' }));
    expect(screen.getByTestId('active-account-name').textContent).toBe('Acme Support');

    await fireEvent.click(screen.getByTestId('profile-menu-button'));
    await fireEvent.click(screen.getByTestId('account-2'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_active_account', account_id: 2 });
    // The answer is the other account's state: the window shows it at once.
    await vi.waitFor(() => expect(stored()).toEqual(state({ profile: inSales })));
    await vi.waitFor(() => expect(screen.getByTestId('active-account-name').textContent).toBe('Acme Sales'));
    expect(screen.getByTestId('nav-team').getAttribute('aria-selected')).toBe('true');
    // The account's lists are asked for again, and the forms hold the other account's values.
    await vi.waitFor(() => expect(requestMock.mock.calls.filter(([r]) => r.type === 'get_account')).toHaveLength(2));
    expect(field('title').value).toBe('');
  });
});

describe('Profile section', () => {
  it('sends exactly the changed fields, split between the profile and headset settings', async () => {
    requestMock.mockResolvedValueOnce(queued(1)).mockResolvedValueOnce(queued(2));
    show({ display_name: 'Ada' });
    expect(save('profile').disabled).toBe(true);

    await fireEvent.input(field('phone_number'), { target: { value: '+48 600 700 800' } });
    await fireEvent.input(field('title'), { target: { value: 'Support lead' } });
    // Changed, then changed back: not a change.
    await fireEvent.input(field('display_name'), { target: { value: 'Ada L.' } });
    await fireEvent.input(field('display_name'), { target: { value: 'Ada' } });
    expect(document.getElementById('field-title-count')!.textContent?.trim()).toBe('12/100');
    expect(save('profile').disabled).toBe(false);

    await fireEvent.submit(field('title').form!);
    expect(requestMock).toHaveBeenCalledTimes(2);
    expect(requestMock).toHaveBeenNthCalledWith(1, {
      type: 'edit',
      edit: { type: 'profile', phone_number: '+48 600 700 800' },
    });
    expect(requestMock).toHaveBeenNthCalledWith(2, {
      type: 'edit',
      edit: { type: 'headset', changes: { title: 'Support lead' } },
    });
  });

  it('clears a field with an empty string', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({ message_signature: 'Ada from Acme' });
    await fireEvent.input(field('message_signature'), { target: { value: '' } });
    await fireEvent.click(save('profile'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: { type: 'profile', message_signature: '' },
    });
  });

  it('shows a refused field’s message on that field and keeps what was typed', async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: 'Enter the phone number in international format, for example +48 600 700 800.',
      field: 'phone_number',
    });
    show();
    // Passes the check made here (7–15 digits), but the agent refuses it.
    await fireEvent.input(field('phone_number'), { target: { value: '+48 600 700 80' } });
    await fireEvent.click(save('profile'));

    const error = await screen.findByTestId('field-phone_number-error');
    expect(error.textContent).toBe('Enter the phone number in international format, for example +48 600 700 800.');
    expect(field('phone_number').value).toBe('+48 600 700 80');
    expect(field('phone_number').getAttribute('aria-invalid')).toBe('true');
    expect(field('phone_number').getAttribute('aria-describedby')).toContain(error.id);
    expect(field('name').getAttribute('aria-invalid')).toBe('false');
    expect(save('profile').disabled).toBe(false);
  });

  it('shows a refusal pushed later on the field (ui_settings.headset.title)', async () => {
    requestMock.mockResolvedValueOnce(queued(7));
    const { tracker } = show();
    await fireEvent.input(field('title'), { target: { value: 'Lead' } });
    await fireEvent.click(save('profile'));
    await vi.waitFor(() => expect(status('profile')).toBe('Saving…'));

    tracker.record(7, {
      status: 'refused',
      error: { code: 'invalid', message: 'That title is not allowed.', field: 'ui_settings.headset.title' },
    });
    expect((await screen.findByTestId('field-title-error')).textContent).toBe('That title is not allowed.');
    expect(field('title').value).toBe('Lead');
    expect(save('profile').disabled).toBe(false);
  });

  it('refuses an empty name before sending', async () => {
    show();
    await fireEvent.input(field('name'), { target: { value: '   ' } });
    await fireEvent.click(save('profile'));
    expect(requestMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-name-error').textContent).toBe('Enter your name.');
  });

  it('goes from saving to waiting for the server to saved', async () => {
    const answer = deferred<Response>();
    requestMock.mockReturnValueOnce(answer.promise);
    const { tracker, then } = show();
    await fireEvent.input(field('name'), { target: { value: 'Ada King' } });
    await fireEvent.click(save('profile'));
    expect(status('profile')).toBe('Saving…');
    expect(save('profile').disabled).toBe(true);

    answer.resolve(queued(3));
    await vi.waitFor(() => expect(requestMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(save('profile').disabled).toBe(true));
    expect(status('profile')).toBe('Saving…');

    tracker.record(3, { status: 'pending', reason: 'server unreachable', retry_in_seconds: 30 });
    await vi.waitFor(() => expect(status('profile')).toContain('Waiting for the server…'));
    expect(status('profile')).toContain('Saved on this computer — will sync when the server is reachable');
    expect(field('name').value).toBe('Ada King');
    // On its way: not a change to save again.
    expect(save('profile').disabled).toBe(true);

    tracker.record(3, { status: 'saved' });
    then({ ...profile, name: 'Ada King' });
    await vi.waitFor(() => expect(status('profile')).toBe('Your profile has been updated successfully'));
    expect(field('name').value).toBe('Ada King');
    expect(save('profile').disabled).toBe(true);
  });
});

describe('Social links section', () => {
  it('blocks an http:// link before sending', async () => {
    show();
    await fireEvent.input(field('github'), { target: { value: 'http://github.com/ada' } });
    await fireEvent.click(save('social'));
    expect(requestMock).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-github-error').textContent).toBe('“http://github.com/ada” is not an https:// address');
    expect(field('github').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the whole social_links object', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({ headset: { ...profile.headset, social_links: { linkedin: 'https://linkedin.com/in/ada' } } });
    await fireEvent.input(field('github'), { target: { value: ' https://github.com/ada ' } });
    await fireEvent.click(save('social'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: {
        type: 'headset',
        changes: { social_links: { linkedin: 'https://linkedin.com/in/ada', github: 'https://github.com/ada' } },
      },
    });
  });

  it('shows the server’s message about one link on that link', async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: '“https://” is not an https:// address',
      field: 'ui_settings.headset.social_links.website',
    });
    show();
    await fireEvent.input(field('website'), { target: { value: 'https://example.com' } });
    await fireEvent.click(save('social'));
    expect((await screen.findByTestId('field-website-error')).textContent).toBe('“https://” is not an https:// address');
    expect(field('website').value).toBe('https://example.com');
  });
});

describe('Language & region section', () => {
  it('offers the languages by their own names and sends null for the account default', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({ locale: 'ja' });
    const select = field('locale') as unknown as HTMLSelectElement;
    expect(select.value).toBe('ja');
    const names = [...select.options].map((o) => o.textContent);
    expect(names).toContain('日本語');
    expect(names).toContain('العربية');
    expect(names).toContain('繁體中文');
    expect(names).toContain('Tiếng Việt');
    expect(select.options).toHaveLength(19);

    await fireEvent.change(select, { target: { value: '' } });
    await fireEvent.click(save('region'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'edit', edit: { type: 'locale', locale: null } });
  });

  it('filters time zones and sends the chosen zone and currency', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show();
    await fireEvent.input(screen.getByTestId('field-timezone-filter'), { target: { value: 'warsaw' } });
    const zones = field('timezone') as unknown as HTMLSelectElement;
    expect([...zones.options].filter((o) => !o.disabled).map((o) => o.value)).toEqual(['Europe/Warsaw']);
    await fireEvent.change(zones, { target: { value: 'Europe/Warsaw' } });
    await fireEvent.change(field('currency'), { target: { value: 'EUR' } });
    await fireEvent.click(save('region'));
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { timezone: 'Europe/Warsaw', currency: 'EUR' } },
    });
  });
});

describe('Notifications section', () => {
  it('shows the account’s flags and sends both lists', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({}, { email: ['email_conversation_assignment'], push: ['push_conversation_mention'] });
    expect(field('email_conversation_assignment').checked).toBe(true);
    expect(field('push_conversation_mention').checked).toBe(true);
    expect(field('push_conversation_assignment').checked).toBe(false);
    expect(save('notifications').disabled).toBe(true);

    await fireEvent.click(field('push_conversation_assignment'));
    await fireEvent.click(field('email_conversation_assignment'));
    await fireEvent.click(field('email_sla_missed_resolution'));
    await fireEvent.click(save('notifications'));
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: {
        type: 'notification_flags',
        email: ['email_sla_missed_resolution'],
        push: ['push_conversation_assignment', 'push_conversation_mention'],
      },
    });
  });

  it('sends the whole audio object and the frequency as one headset edit', async () => {
    requestMock.mockResolvedValueOnce(queued(1));
    show({
      headset: { ...profile.headset, audio: { alerts: 'mine', tone: 'ding', repeat_while_unread: false } },
    });
    expect((field('alerts') as unknown as HTMLSelectElement).value).toBe('assigned');
    await fireEvent.change(field('tone'), { target: { value: 'bell' } });
    await fireEvent.change(field('notification_frequency'), { target: { value: 'digest_15m' } });
    await fireEvent.click(save('notifications'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: {
        type: 'headset',
        changes: {
          // The whole object is sent, without the volume (this computer's own).
          audio: { alerts: 'assigned', tone: 'bell', repeat_while_unread: false },
          notification_frequency: 'digest_15m',
        },
      },
    });
  });

  const withAudio = (audio: Partial<NonNullable<Profile['headset']['audio']>> = {}) => ({
    headset: {
      ...profile.headset,
      audio: { alerts: 'assigned', tone: 'ding' as const, repeat_while_unread: true, ...audio },
    },
  });

  it('shows this computer’s volume as a labelled percentage slider and sets it on release, not as an edit', async () => {
    const next = state({ profile, volume: 65 });
    requestMock.mockResolvedValueOnce(answer(next));
    show(withAudio());
    const slider = screen.getByLabelText('Volume') as HTMLInputElement;
    expect(slider).toBe(field('volume'));
    expect([slider.type, slider.min, slider.max, slider.step]).toEqual(['range', '0', '100', '5']);
    expect(slider.value).toBe('100');
    expect(screen.getByTestId('volume-value').textContent).toBe('100%');
    expect(slider.getAttribute('aria-valuetext')).toBe('100%');
    const hint = screen.getByTestId('volume-hint');
    expect(hint.textContent).toBe('On this computer only');
    expect(slider.getAttribute('aria-describedby')).toBe(hint.id);

    // Moving shows the value at once and asks nothing yet.
    await fireEvent.input(slider, { target: { value: '65' } });
    expect(screen.getByTestId('volume-value').textContent).toBe('65%');
    expect(slider.getAttribute('aria-valuetext')).toBe('65%');
    expect(requestMock).not.toHaveBeenCalled();

    // The release sets it on this computer; the form has nothing to save.
    await fireEvent.change(slider);
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_volume', volume: 65 });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    expect(save('notifications').disabled).toBe(true);
    expect(status('notifications')).toBe('');
  });

  it('follows the agent’s volume', async () => {
    const { shown } = show(withAudio(), undefined, 40);
    expect(field('volume').value).toBe('40');
    expect(screen.getByTestId('volume-value').textContent).toBe('40%');
    given({ ...shown, volume: 70 });
    expect(field('volume').value).toBe('70');
    expect(screen.getByTestId('volume-value').textContent).toBe('70%');
  });

  it('saves the other audio fields without the volume', async () => {
    const { shown } = show(withAudio(), undefined, 40);
    // The agent answers with its state: the same profile, the new volume.
    requestMock.mockResolvedValueOnce(answer({ ...shown, volume: 55 }));
    requestMock.mockResolvedValueOnce(queued(1));
    await fireEvent.input(field('volume'), { target: { value: '55' } });
    await fireEvent.change(field('volume'));
    await fireEvent.click(field('repeat_while_unread'));
    await fireEvent.click(save('notifications'));
    expect(requestMock).toHaveBeenCalledTimes(2);
    expect(requestMock).toHaveBeenNthCalledWith(1, { type: 'set_volume', volume: 55 });
    expect(requestMock).toHaveBeenNthCalledWith(2, {
      type: 'edit',
      edit: {
        type: 'headset',
        changes: { audio: { alerts: 'assigned', tone: 'ding', repeat_while_unread: false } },
      },
    });
  });

  it('says why the volume could not be set, and puts the slider back', async () => {
    requestMock.mockRejectedValueOnce({ code: 'io', message: 'The volume could not be saved.' });
    const { shown } = show(withAudio(), undefined, 80);
    await fireEvent.input(field('volume'), { target: { value: '50' } });
    await fireEvent.change(field('volume'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_volume', volume: 50 });

    const error = await screen.findByTestId('volume-error');
    expect(error.textContent).toBe('The volume could not be saved.');
    expect(error.getAttribute('role')).toBe('alert');
    expect(field('volume').getAttribute('aria-describedby')).toBe(`volume-hint ${error.id}`);
    expect(field('volume').value).toBe('80');
    expect(screen.getByTestId('volume-value').textContent).toBe('80%');
    expect(stored()).toBe(shown);
    // Not the form's error.
    expect(save('notifications').disabled).toBe(true);

    // The next try clears it.
    requestMock.mockResolvedValueOnce(answer(state({ profile, volume: 60 })));
    await fireEvent.input(field('volume'), { target: { value: '60' } });
    await fireEvent.change(field('volume'));
    await vi.waitFor(() => expect(screen.queryByTestId('volume-error')).toBeNull());
    expect(field('volume').getAttribute('aria-describedby')).toBe('volume-hint');
  });

  it('disables the tone, volume and Test sound when no sound is played', () => {
    show();
    expect((field('tone') as unknown as HTMLSelectElement).disabled).toBe(true);
    expect(field('volume').disabled).toBe(true);
    expect((screen.getByTestId('test-sound') as HTMLButtonElement).disabled).toBe(true);
  });

  describe('Test sound', () => {
    const button = () => screen.getByRole('button', { name: 'Test sound' }) as HTMLButtonElement;

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('plays the chosen tone at the slider’s volume, unsaved, then rests for a moment', async () => {
      requestMock.mockResolvedValue({ type: 'done' });
      show(withAudio(), undefined, 80);
      await fireEvent.click(screen.getByTestId('nav-notifications'));
      await fireEvent.change(field('tone'), { target: { value: 'chime' } });
      // Where the slider is, even before its release.
      await fireEvent.input(field('volume'), { target: { value: '35' } });
      await fireEvent.click(button());
      expect(requestMock).toHaveBeenCalledTimes(1);
      expect(requestMock).toHaveBeenCalledWith({ type: 'test_sound', tone: 'chime', volume: 35 });
      // Nothing is saved by a test, and the form still has its changes to save.
      expect(save('notifications').disabled).toBe(false);

      // A second click right away does nothing; the button keeps the focus meanwhile.
      expect(button().getAttribute('aria-disabled')).toBe('true');
      expect(button().disabled).toBe(false);
      await fireEvent.click(button());
      expect(requestMock).toHaveBeenCalledTimes(1);

      vi.advanceTimersByTime(1500);
      await vi.waitFor(() => expect(button().getAttribute('aria-disabled')).toBe('false'));
      await fireEvent.click(button());
      expect(requestMock).toHaveBeenCalledTimes(2);
    });

    it('uses the saved tone and the agent’s volume when nothing was changed', async () => {
      requestMock.mockResolvedValue({ type: 'done' });
      show(withAudio({ tone: 'magic' }), undefined, 20);
      await fireEvent.click(screen.getByTestId('nav-notifications'));
      await fireEvent.click(button());
      expect(requestMock).toHaveBeenCalledWith({ type: 'test_sound', tone: 'magic', volume: 20 });
    });

    it('says why the sound could not be played', async () => {
      requestMock.mockRejectedValueOnce({ code: 'io', message: 'No audio output device was found.' });
      show(withAudio());
      await fireEvent.click(screen.getByTestId('nav-notifications'));
      await fireEvent.click(button());
      const error = await screen.findByRole('alert');
      expect(error.textContent?.trim()).toBe('No audio output device was found.');
      expect(button().getAttribute('aria-describedby')).toBe(error.id);

      // The next try clears it.
      requestMock.mockResolvedValueOnce({ type: 'done' });
      vi.advanceTimersByTime(1500);
      await vi.waitFor(() => expect(button().getAttribute('aria-disabled')).toBe('false'));
      await fireEvent.click(button());
      expect(requestMock).toHaveBeenCalledTimes(2);
      await vi.waitFor(() => expect(screen.queryByTestId('test-sound-error')).toBeNull());
    });
  });
});

describe('General section: start at login', () => {
  it('shows the agent’s answer on the switch and asks the agent to change it', async () => {
    const next = state({ profile, launch_at_login: false });
    requestMock.mockResolvedValueOnce({ type: 'state', state: next });
    show();
    const toggle = screen.getByRole('switch', { name: 'Start Headset when I log in' }) as HTMLInputElement;
    expect(toggle.closest('[role=tabpanel]')!.id).toBe('panel-general');
    expect(toggle.checked).toBe(true);

    await fireEvent.click(toggle);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_launch_at_login', enabled: false });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(toggle.checked).toBe(false));
  });
});
