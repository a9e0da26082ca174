import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import ProfileSummary from './ProfileSummary.svelte';
import { answer, profile, state } from '../test/fixtures';

const requestMock = vi.mocked(request);

beforeEach(() => requestMock.mockReset());

describe('ProfileSummary', () => {
  it('shows who is signed in', () => {
    render(ProfileSummary, {
      profile: { ...profile, display_name: 'Ada', role: 'administrator' },
      onstate: vi.fn(),
    });
    expect(screen.getByTestId('profile-name').textContent).toBe('Ada Lovelace');
    // The name is isolated in its own element (dir="auto") inside the sentence.
    expect(screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === 'Shown to customers as Ada')).toBeTruthy();
    expect(screen.getByTestId('profile-email').textContent).toBe('ada@example.com');
    expect(screen.getByTestId('profile-role').textContent).toBe('Administrator');
    expect(screen.getByText('Acme Support')).toBeTruthy();
    expect((screen.getByTestId('status-online') as HTMLInputElement).checked).toBe(true);
  });

  it('says how the live connection stands and how much is unread', () => {
    render(ProfileSummary, {
      profile,
      connection: { state: 'reconnecting', reason: 'no ping from the server for 6 s', retry_in_seconds: 4 },
      unread: 3,
      onstate: vi.fn(),
    });
    expect(screen.getByTestId('connection').textContent).toBe(
      'Reconnecting in 4 s (no ping from the server for 6 s)',
    );
    expect(screen.getByTestId('unread').textContent).toBe('3');
  });

  it('signs out and hands the new state up', async () => {
    const signedOut = state();
    requestMock.mockResolvedValueOnce(answer(signedOut));
    const onstate = vi.fn();
    render(ProfileSummary, { profile, onstate });
    await fireEvent.click(screen.getByTestId('sign-out'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'sign_out' });
    await vi.waitFor(() => expect(onstate).toHaveBeenCalledWith(signedOut));
  });

  it('says why signing out failed', async () => {
    requestMock.mockRejectedValueOnce('The keychain is locked.');
    render(ProfileSummary, { profile, onstate: vi.fn() });
    await fireEvent.click(screen.getByTestId('sign-out'));
    expect((await screen.findByTestId('error')).textContent).toBe('The keychain is locked.');
    expect((screen.getByTestId('sign-out') as HTMLButtonElement).disabled).toBe(false);
  });
});
