import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import AwayForm from './AwayForm.svelte';
import { EditTracker } from './edits.svelte';
import { profile } from '../../test/fixtures';

const requestMock = vi.mocked(request);

beforeEach(() => {
  requestMock.mockReset();
});

describe('Away form', () => {
  it('starts from the defaults and sends the whole away object', async () => {
    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 1 });
    render(AwayForm, { profile, tracker: new EditTracker() });
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
    render(AwayForm, {
      profile: { ...profile, headset: { ...profile.headset, away: { on_lock: false, status: 'busy' } } },
      tracker: new EditTracker(),
    });
    expect((screen.getByTestId('away-on_lock') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('away-status') as HTMLSelectElement).disabled).toBe(true);
  });
});
