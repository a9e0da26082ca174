import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Event } from './lib/bindings';

vi.mock('./lib/agent', async (original) => ({
  ...(await original<typeof import('./lib/agent')>()),
  request: vi.fn(),
  onAgentEvent: vi.fn(),
}));

import { onAgentEvent, request } from './lib/agent';
import App from './App.svelte';
import { answer, profile, state } from './test/fixtures';

const requestMock = vi.mocked(request);
let push: (event: Event) => void;

beforeEach(() => {
  requestMock.mockReset();
  vi.mocked(onAgentEvent).mockReset().mockImplementation(async (handler) => {
    push = handler;
    return () => {};
  });
});

describe('App', () => {
  it('asks for the state and shows the sign-in form with the last server', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ server: 'https://chat.example.com' })));
    render(App);
    expect(requestMock).toHaveBeenCalledWith({ type: 'get_state' });
    await screen.findByTestId('signin-form');
    expect((screen.getByTestId('server') as HTMLInputElement).value).toBe('https://chat.example.com');
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('replaces what it shows with each pushed state, notice included', async () => {
    requestMock.mockResolvedValueOnce(answer(state()));
    render(App);
    await screen.findByTestId('signin-form');

    push({
      type: 'state',
      state: state({ profile, notice: { code: 'keychain', message: 'No keychain: you will sign in again.' } }),
    });
    await screen.findByTestId('profile');
    expect(screen.queryByTestId('signin-form')).toBeNull();
    expect(screen.getByTestId('notice').textContent).toBe('No keychain: you will sign in again.');

    push({ type: 'focus_window' });
    push({ type: 'state', state: state({ profile: { ...profile, availability: 'offline' } }) });
    await vi.waitFor(() =>
      expect((screen.getByTestId('status-offline') as HTMLInputElement).checked).toBe(true),
    );
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('explains a failed start and can try again', async () => {
    requestMock.mockRejectedValueOnce({ code: 'agent_unavailable', message: 'The Headset agent is not running.' });
    render(App);
    expect((await screen.findByTestId('error')).textContent).toBe('The Headset agent is not running.');

    requestMock.mockResolvedValueOnce(answer(state({ profile })));
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('profile');
  });
});
