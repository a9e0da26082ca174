import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import AwayForm from './AwayForm.svelte';
import { EditTracker } from './edits.svelte';
import type { AwayPrefs, Profile } from '../bindings';
import { profile } from '../../test/fixtures';
import { signedIn } from '../../test/store';

const requestMock = vi.mocked(request);
/** The form, for the agent signed in as `who`. */
function show(who: Profile = profile) {
  signedIn(who);
  return render(AwayForm, { tracker: new EditTracker() });
}
const withAway = (away: AwayPrefs) => ({ ...profile, headset: { ...profile.headset, away } });
const idle = () => screen.getByTestId('away-idle') as HTMLInputElement;
const minutes = () => screen.getByTestId('away-idle_minutes') as HTMLInputElement;
/** The words of the idle sentence around the number field. */
const sentence = () => document.getElementById('away-idle-sentence')!.textContent?.replace(/\s+/g, ' ').trim();

beforeEach(() => {
  requestMock.mockReset();
});

describe('Away form', () => {
  it('starts from the defaults and sends the whole away object', async () => {
    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 1 });
    show();
    const onLock = screen.getByTestId('away-on_lock') as HTMLInputElement;
    const status = screen.getByTestId('away-status') as HTMLSelectElement;
    expect(onLock.checked).toBe(true);
    expect(status.value).toBe('busy');

    await fireEvent.change(status, { target: { value: 'offline' } });
    await fireEvent.click(screen.getByTestId('save-away'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { away: { on_lock: true, status: 'offline' } } },
    });
  });

  it('disables the status when the lock is not watched', async () => {
    show({ ...profile, headset: { ...profile.headset, away: { on_lock: false, status: 'busy' } } });
    expect((screen.getByTestId('away-on_lock') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('away-status') as HTMLSelectElement).disabled).toBe(true);
  });

  it('watches for idleness once asked, from 10 minutes', async () => {
    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 1 });
    show();
    expect(idle().checked).toBe(false);
    expect(minutes().disabled).toBe(true);
    expect(minutes().value).toBe('10');
    expect(sentence()).toBe('Also when I am idle for minutes');
    // The checkbox is named by the whole sentence, the number included.
    expect(idle().getAttribute('aria-labelledby')).toBe('away-idle-sentence');
    expect(document.getElementById('away-idle-sentence')!.contains(minutes())).toBe(true);

    await fireEvent.click(idle());
    expect(minutes().disabled).toBe(false);
    await fireEvent.click(screen.getByTestId('save-away'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { away: { on_lock: true, status: 'busy', idle_minutes: 10 } } },
    });
  });

  it('sends the minutes typed, and leaves them out when idle watching is switched off', async () => {
    requestMock.mockResolvedValue({ type: 'edit_queued', id: 1 });
    show(withAway({ on_lock: false, status: 'offline', idle_minutes: 15 }));
    expect(idle().checked).toBe(true);
    expect(minutes().value).toBe('15');
    // Idle watching uses the status too.
    expect((screen.getByTestId('away-status') as HTMLSelectElement).disabled).toBe(false);

    await fireEvent.input(minutes(), { target: { value: '1' } });
    expect(sentence()).toBe('Also when I am idle for minute');
    await fireEvent.input(minutes(), { target: { value: '30' } });
    await fireEvent.click(screen.getByTestId('save-away'));
    expect(requestMock).toHaveBeenLastCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { away: { on_lock: false, status: 'offline', idle_minutes: 30 } } },
    });

    await fireEvent.click(idle());
    expect((screen.getByTestId('away-status') as HTMLSelectElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('save-away'));
    expect(requestMock).toHaveBeenLastCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { away: { on_lock: false, status: 'offline' } } },
    });
  });

  it('refuses minutes outside 1 to 480 before sending, naming the range', async () => {
    requestMock.mockResolvedValue({ type: 'edit_queued', id: 1 });
    show();
    await fireEvent.click(idle());

    for (const value of ['0', '481', '2.5', '']) {
      await fireEvent.input(minutes(), { target: { value } });
      await fireEvent.click(screen.getByTestId('save-away'));
      expect(requestMock).not.toHaveBeenCalled();
      expect(screen.getByTestId('away-idle_minutes-error').textContent).toBe(
        'Enter a whole number of minutes from 1 to 480.',
      );
      expect(minutes().getAttribute('aria-invalid')).toBe('true');
      expect(minutes().getAttribute('aria-describedby')).toContain('away-idle_minutes-error');
    }

    // Typing again takes the message away; a number in range is sent.
    await fireEvent.input(minutes(), { target: { value: '480' } });
    expect(screen.queryByTestId('away-idle_minutes-error')).toBeNull();
    await fireEvent.click(screen.getByTestId('save-away'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'edit',
      edit: { type: 'headset', changes: { away: { on_lock: true, status: 'busy', idle_minutes: 480 } } },
    });
  });

  it('puts back the saved number when idle watching is switched off with one out of range', async () => {
    show(withAway({ on_lock: true, status: 'busy', idle_minutes: 20 }));
    await fireEvent.input(minutes(), { target: { value: '999' } });
    await fireEvent.click(idle());
    expect(minutes().value).toBe('20');
    expect(minutes().disabled).toBe(true);
  });

  it('shows the agent’s refusal of the minutes on the field', async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: 'must be between 1 and 480 minutes',
      field: 'ui_settings.headset.away.idle_minutes',
    });
    show();
    await fireEvent.click(idle());
    await fireEvent.click(screen.getByTestId('save-away'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('away-idle_minutes-error').textContent).toBe('must be between 1 and 480 minutes'),
    );
    expect(screen.getByTestId('status-away').textContent?.trim()).toBe('Not saved: see the highlighted field.');
  });
});
