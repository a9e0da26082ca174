import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import type { AgentState, AudioPrefs, Profile, Response } from '../bindings';
import NotificationsSection from './NotificationsSection.svelte';
import { EditTracker } from './edits.svelte';
import { answer, deferred, file, profile, state } from '../../test/fixtures';
import { signedIn, stored } from '../../test/store';

const requestMock = vi.mocked(request);
const MB = 1024 * 1024;

function show(over: Partial<Profile> = {}, customSound: string | null = null, audio: Partial<AudioPrefs> = {}) {
  const tracker = new EditTracker();
  const who: Profile = {
    ...profile,
    headset: { ...profile.headset, audio: { alerts: 'assigned', tone: 'ding' as const, repeat_while_unread: false, ...audio } },
    ...over,
  };
  const shown = signedIn(who, { custom_sound: customSound, volume: 40 });
  const view = render(NotificationsSection, { tracker });
  /** The agent's next state: this one, changed. */
  const then = (change: Partial<AgentState>) => signedIn(change.profile ?? who, { ...shown, ...change });
  return { tracker, view, who, shown, then };
}

const chooser = () => screen.getByLabelText(/Custom sound/) as HTMLInputElement;
async function choose(picked: File) {
  const input = chooser();
  Object.defineProperty(input, 'files', { value: [picked], configurable: true });
  await fireEvent.change(input);
}
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim());

beforeEach(() => requestMock.mockReset());

describe('Custom sound', () => {
  it('offers a file chooser for audio files, labelled and explained', () => {
    show();
    const input = chooser();
    expect(input.type).toBe('file');
    expect(input.accept).toBe('audio/wav,audio/mpeg,audio/ogg,audio/flac,.wav,.mp3,.ogg,.flac');
    expect(input.id).toBe('field-custom-sound');
    // Its second label is the button the person sees.
    expect([...input.labels!].map((l) => l.textContent?.trim())).toEqual(['Custom sound', 'Choose a sound…']);
    expect(describedBy(input)).toEqual([
      'Play a sound of your own on this computer instead of the tone.',
      'WAV, MP3, Ogg or FLAC, up to 1 MB.',
    ]);
    expect(screen.queryByTestId('custom-sound-test')).toBeNull();
    expect(screen.queryByTestId('custom-sound-remove')).toBeNull();
  });

  it('sends the chosen file whole, as base64, and shows the state the agent answers with', async () => {
    const bytes = new Uint8Array([82, 73, 70, 70, 0, 1, 2, 250, 255]);
    const next = state({ profile, custom_sound: 'ding-dong.wav' });
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show();
    await choose(file('ding-dong.wav', 'audio/wav', bytes));

    await vi.waitFor(() => expect(requestMock).toHaveBeenCalledTimes(1));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'set_custom_sound',
      name: 'ding-dong.wav',
      // The bytes above, base64 (RIFF, 0 1 2 250 255).
      data_base64: 'UklGRgABAvr/',
    });
    expect(screen.getByTestId('custom-sound-status').textContent?.trim()).toBe('Saving…');

    pending.resolve(answer(next));
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(screen.getByTestId('custom-sound-status').textContent?.trim()).toBe(''));

    // The agent's state names the sound.
    expect(screen.getByTestId('custom-sound-about').textContent?.trim()).toBe(
      'Plays ding-dong.wav on this computer instead of the tone.',
    );
    expect(screen.getByText('ding-dong.wav', { selector: 'span[dir="auto"]' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Test the custom sound' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the custom sound' })).toBeTruthy();
    expect([...chooser().labels!].map((l) => l.textContent?.trim())).toEqual(['Custom sound', 'Choose another…']);
  });

  it('accepts a file of exactly 1 MB, known by its extension when it has no type', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile, custom_sound: 'bell.flac' })));
    show();
    await choose(file('bell.flac', '', MB));
    await vi.waitFor(() => expect(requestMock).toHaveBeenCalledTimes(1));
    expect(requestMock.mock.calls[0][0]).toMatchObject({ type: 'set_custom_sound', name: 'bell.flac' });
  });

  it('refuses a file over 1 MB without sending it', async () => {
    show();
    await choose(file('long.mp3', 'audio/mpeg', MB + 1));
    const error = screen.getByTestId('custom-sound-error');
    expect(error.textContent?.trim()).toBe('This sound is larger than 1 MB. Choose a smaller one.');
    expect(error.getAttribute('role')).toBe('alert');
    expect(chooser().getAttribute('aria-invalid')).toBe('true');
    expect(chooser().getAttribute('aria-describedby')).toContain(error.id);
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('refuses a file that is not a sound', async () => {
    show();
    await choose(file('notes.txt', 'text/plain', 10));
    expect(screen.getByTestId('custom-sound-error').textContent?.trim()).toBe('Choose a WAV, MP3, Ogg or FLAC file.');
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('shows the agent’s refusal next to the control', async () => {
    requestMock.mockRejectedValueOnce({ code: 'invalid', message: 'This file is not a sound Headset can play.' });
    const { shown } = show();
    await choose(file('broken.ogg', 'audio/ogg', 100));
    expect((await screen.findByTestId('custom-sound-error')).textContent?.trim()).toBe(
      'This file is not a sound Headset can play.',
    );
    expect(stored()).toBe(shown);
    // The tone's own test has no error.
    expect(screen.queryByTestId('test-sound-error')).toBeNull();
  });

  it('removes the sound and keeps the keyboard on the chooser', async () => {
    const next = state({ profile });
    requestMock.mockResolvedValueOnce(answer(next));
    show({}, 'ding-dong.wav');
    const remove = screen.getByRole('button', { name: 'Remove the custom sound' });
    expect(remove.textContent?.trim()).toBe('Remove');
    remove.focus();
    await fireEvent.click(remove);
    expect(requestMock).toHaveBeenCalledWith({ type: 'remove_custom_sound' });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(screen.queryByTestId('custom-sound-remove')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(chooser()));
  });

  it('says why removing failed', async () => {
    requestMock.mockRejectedValueOnce({ code: 'io', message: 'The sound file could not be deleted.' });
    show({}, 'ding-dong.wav');
    await fireEvent.click(screen.getByTestId('custom-sound-remove'));
    expect((await screen.findByTestId('custom-sound-error')).textContent?.trim()).toBe(
      'The sound file could not be deleted.',
    );
    expect(screen.getByTestId('custom-sound-remove')).toBeTruthy();
  });

  describe('Test', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('plays the custom sound (tone null) at the current volume, shared with the tone’s test', async () => {
      requestMock.mockResolvedValue({ type: 'done' });
      show({}, 'ding-dong.wav');
      // The tone's Test sound and this Test are the one Test sound pair: no second button.
      expect(screen.getAllByRole('button', { name: /test/i }).map((b) => b.textContent?.trim())).toEqual([
        'Test sound',
        'Test',
      ]);
      await fireEvent.input(screen.getByTestId('field-volume'), { target: { value: '65' } });
      await fireEvent.click(screen.getByRole('button', { name: 'Test the custom sound' }));
      expect(requestMock).toHaveBeenCalledWith({ type: 'test_sound', tone: null, volume: 65 });

      // Both rest a moment after a click.
      expect(screen.getByTestId('test-sound').getAttribute('aria-disabled')).toBe('true');
      await fireEvent.click(screen.getByTestId('test-sound'));
      expect(requestMock).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1500);
      await vi.waitFor(() => expect(screen.getByTestId('custom-sound-test').getAttribute('aria-disabled')).toBe('false'));
      await fireEvent.click(screen.getByTestId('test-sound'));
      expect(requestMock).toHaveBeenLastCalledWith({ type: 'test_sound', tone: 'ding', volume: 65 });
    });

    it('shows why the custom sound could not be played next to it', async () => {
      requestMock.mockRejectedValueOnce({ code: 'io', message: 'The sound file is missing.' });
      show({}, 'ding-dong.wav');
      const test = screen.getByTestId('custom-sound-test');
      await fireEvent.click(test);
      const error = await screen.findByTestId('custom-sound-test-error');
      expect(error.textContent?.trim()).toBe('The sound file is missing.');
      expect(test.getAttribute('aria-describedby')).toBe(error.id);
      expect(screen.queryByTestId('test-sound-error')).toBeNull();
    });

    it('is off while no sound is played', () => {
      show({}, 'ding-dong.wav', { alerts: 'none' });
      expect((screen.getByTestId('custom-sound-test') as HTMLButtonElement).disabled).toBe(true);
    });
  });
});

describe('Volume', () => {
  const slider = () => screen.getByTestId('field-volume') as HTMLInputElement;
  const value = () => screen.getByTestId('volume-value').textContent;

  it('keeps the slider where it was put until the agent answers, then shows the agent’s value', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    const { shown } = show();
    const next = { ...shown, volume: 65 };
    expect(slider().value).toBe('40');
    await fireEvent.input(slider(), { target: { value: '65' } });
    await fireEvent.change(slider());
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_volume', volume: 65 });
    expect(slider().value).toBe('65');
    expect(value()).toBe('65%');

    pending.resolve(answer(next));
    await vi.waitFor(() => expect(stored()).toEqual(next));
    expect(slider().value).toBe('65');
    expect(value()).toBe('65%');
    // Nothing for the Save button.
    expect((screen.getByTestId('save-notifications') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps a newer position when an older request fails', async () => {
    const first = deferred<Response>();
    const second = deferred<Response>();
    requestMock.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    show();
    await fireEvent.input(slider(), { target: { value: '65' } });
    await fireEvent.change(slider());
    await fireEvent.input(slider(), { target: { value: '90' } });
    await fireEvent.change(slider());
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'set_volume', volume: 90 });

    first.reject({ code: 'io', message: 'The volume could not be saved.' });
    await Promise.resolve();
    await vi.waitFor(() => expect(slider().value).toBe('90'));
    expect(screen.queryByTestId('volume-error')).toBeNull();

    second.reject({ code: 'io', message: 'The volume could not be saved.' });
    expect((await screen.findByTestId('volume-error')).textContent).toBe('The volume could not be saved.');
    // Back to the agent's value.
    expect(slider().value).toBe('40');
    expect(value()).toBe('40%');
  });
});

describe('The web dashboard’s own sounds', () => {
  const text = () => screen.getByTestId('dashboard-sounds-text').textContent?.trim();
  const status = () => screen.getByTestId('status-dashboard-sounds').textContent?.trim();
  const silenceButton = () => screen.queryByRole('button', { name: 'Silence the dashboard' });

  it('says the dashboard is silent when it is', () => {
    show({ dashboard_alerts: 'none' });
    expect(text()).toBe('The web dashboard is silent; only Headset rings.');
    expect(silenceButton()).toBeNull();
  });

  it.each([
    ['assigned+unassigned', 'conversations assigned to you and unassigned conversations'],
    ['mine', 'conversations assigned to you'],
    ['mine+assigned', 'conversations assigned to you'],
    ['assigned+notme', 'conversations assigned to you and conversations assigned to others'],
    ['all', 'all conversations'],
    ['assigned+notme+unassigned+all', 'all conversations'],
  ])('says what the dashboard plays sounds for (%s)', (alerts, words) => {
    show({ dashboard_alerts: alerts });
    expect(text()).toBe(`The web dashboard also plays sounds (for ${words}).`);
    expect(silenceButton()).toBeTruthy();
  });

  it('silences it with an edit, tracked until the server has it', async () => {
    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 9 });
    const { tracker, who, then } = show({ dashboard_alerts: 'assigned+unassigned' });
    expect(status()).toBe('');
    silenceButton()!.focus();
    await fireEvent.click(silenceButton()!);
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({ type: 'edit', edit: { type: 'dashboard_sounds', alerts: 'none' } });
    await vi.waitFor(() => expect(status()).toBe('Saving…'));

    tracker.record(9, { status: 'pending', reason: 'offline', retry_in_seconds: 10 });
    await vi.waitFor(() => expect(status()).toBe('Waiting for the server…'));
    // Already on its way: another click sends nothing.
    await fireEvent.click(silenceButton()!);
    expect(requestMock).toHaveBeenCalledTimes(1);

    tracker.record(9, { status: 'saved' });
    then({ profile: { ...who, dashboard_alerts: 'none' } });
    await vi.waitFor(() => expect(text()).toBe('The web dashboard is silent; only Headset rings.'));
    expect(status()).toBe('Your profile has been updated successfully');
    expect(silenceButton()).toBeNull();
    // The keyboard is not dropped with the button.
    expect(document.activeElement).toBe(screen.getByTestId('dashboard-sounds-text'));
    // The other settings have nothing to save.
    expect((screen.getByTestId('save-notifications') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refusal and can try again', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach chat.example.com.' });
    show({ dashboard_alerts: 'all' });
    await fireEvent.click(silenceButton()!);
    const error = await screen.findByTestId('dashboard-sounds-error');
    expect(error.textContent?.trim()).toBe('Cannot reach chat.example.com.');
    expect(silenceButton()!.getAttribute('aria-describedby')).toContain(error.id);

    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 2 });
    await fireEvent.click(silenceButton()!);
    expect(requestMock).toHaveBeenCalledTimes(2);
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'edit', edit: { type: 'dashboard_sounds', alerts: 'none' } });
    await vi.waitFor(() => expect(screen.queryByTestId('dashboard-sounds-error')).toBeNull());
  });
});

describe('The two parts', () => {
  const synced = () => screen.getByRole('form', { name: 'Synced with your account' });
  const computer = () => screen.getByRole('region', { name: 'Sound on this computer' });

  it('puts the synced settings and this computer’s sound apart, each under its heading', () => {
    show();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Notifications');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Synced with your account',
      'Sound on this computer',
    ]);
    const SYNCED = [
      'field-alerts',
      'field-tone',
      'field-repeat_while_unread',
      'dashboard-sounds',
      'field-notification_frequency',
      'field-email_conversation_creation',
      'save-notifications',
      'status-notifications',
    ];
    for (const id of SYNCED) expect(synced().contains(screen.getByTestId(id)), id).toBe(true);
    for (const id of ['field-volume', 'volume-value', 'test-sound', 'field-custom-sound']) {
      expect(computer().contains(screen.getByTestId(id)), id).toBe(true);
    }
    // This computer's sound is set at once: it has no Save button.
    expect(within(computer()).queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('tests the tone chosen in the synced settings, and is off while they say never', async () => {
    requestMock.mockResolvedValue({ type: 'done' });
    show();
    await fireEvent.change(screen.getByTestId('field-tone'), { target: { value: 'bell' } });
    await fireEvent.click(screen.getByTestId('test-sound'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'test_sound', tone: 'bell', volume: 40 });

    await fireEvent.change(screen.getByTestId('field-alerts'), { target: { value: 'none' } });
    expect((screen.getByTestId('test-sound') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('field-volume') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows what a state pushed later says, in both parts', async () => {
    const { who, then } = show();
    const audio = { alerts: 'all', tone: 'chime' as const, repeat_while_unread: true };
    then({
      volume: 70,
      custom_sound: 'gong.ogg',
      notification_flags: { email: [], push: ['push_conversation_mention'] },
      profile: { ...who, headset: { ...who.headset, audio } },
    });
    expect((screen.getByTestId('field-volume') as HTMLInputElement).value).toBe('70');
    expect(screen.getByTestId('custom-sound-about').textContent?.trim()).toBe(
      'Plays gong.ogg on this computer instead of the tone.',
    );
    expect((screen.getByTestId('field-tone') as HTMLSelectElement).value).toBe('chime');
    expect((screen.getByTestId('field-push_conversation_mention') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('field-email_conversation_assignment') as HTMLInputElement).checked).toBe(false);
  });
});
