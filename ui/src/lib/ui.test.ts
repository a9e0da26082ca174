import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { AgentState, IpcError, Profile } from './bindings';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  requestState: vi.fn(),
}));

import { requestState, toIpcError } from './agent';
import { agent } from './store.svelte';
import SignIn from './SignIn.svelte';
import StatusSwitcher from './StatusSwitcher.svelte';
import Avatar from './Avatar.svelte';

const mocked = vi.mocked(requestState);

const profile: Profile = {
  id: 1,
  name: 'Ada Lovelace',
  display_name: null,
  email: 'ada@example.com',
  avatar_url: '',
  role: 'agent',
  account_id: 1,
  account_name: 'Acme',
  availability: 'online',
};

function stateWith(p: Profile | null): AgentState {
  return { server: 'http://127.0.0.1:3000/', profile: p, notice: null };
}

afterEach(() => {
  cleanup();
  mocked.mockReset();
  agent.state = null;
});

describe('toIpcError', () => {
  it('keeps an IpcError from the agent', () => {
    const e: IpcError = { code: 'unreachable', message: 'Cannot reach the server', field: 'server' };
    expect(toIpcError(e)).toEqual(e);
  });
  it('never shows a raw dump', () => {
    expect(toIpcError('{"code":1}').message).toBe('Something went wrong. Please try again.');
    expect(toIpcError({ weird: true }).message).toBe('Something went wrong. Please try again.');
    expect(toIpcError(undefined).message).toBe('Something went wrong. Please try again.');
    expect(toIpcError(new Error('socket closed')).message).toBe('socket closed');
  });
});

describe('SignIn', () => {
  it('shows the server message and forgets the typed password', async () => {
    mocked.mockRejectedValueOnce({
      code: 'invalid_credentials',
      message: 'Invalid login credentials. Please try again.',
    });
    render(SignIn, { props: { server: null } });
    const server = screen.getByTestId('server') as HTMLInputElement;
    expect(server.value).toBe('http://127.0.0.1:3000');
    await fireEvent.input(screen.getByTestId('email'), { target: { value: 'ada@example.com' } });
    await fireEvent.input(screen.getByTestId('password'), { target: { value: 'secret pw' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));

    expect(mocked).toHaveBeenCalledWith({
      type: 'sign_in',
      server: 'http://127.0.0.1:3000',
      email: 'ada@example.com',
      password: 'secret pw',
    });
    expect((screen.getByTestId('password') as HTMLInputElement).value).toBe('');
    expect((await screen.findByTestId('error')).textContent).toBe(
      'Invalid login credentials. Please try again.',
    );
  });

  it('marks the field an error is about', async () => {
    mocked.mockRejectedValueOnce({ code: 'invalid', message: 'server: bad address', field: 'server' });
    render(SignIn, { props: { server: 'chat.example.com' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    await screen.findByTestId('error');
    expect(screen.getByTestId('server').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('email').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the new state when the agent signs in', async () => {
    mocked.mockResolvedValueOnce(stateWith(profile));
    render(SignIn, { props: { server: null } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    await tick();
    expect(agent.state?.profile?.name).toBe('Ada Lovelace');
  });
});

describe('StatusSwitcher', () => {
  const radio = (name: string) => screen.getByTestId(`status-${name}`) as HTMLInputElement;

  it('keeps the confirmed status checked when a change is refused', async () => {
    mocked.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach the server.' });
    render(StatusSwitcher, { props: { current: 'online' } });
    await fireEvent.click(radio('busy'));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Cannot reach the server.');
    expect(radio('online').checked).toBe(true);
    expect(radio('busy').checked).toBe(false);
  });

  it('checks a new status only when the state brings it', async () => {
    let answer: (s: AgentState) => void = () => {};
    mocked.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const view = render(StatusSwitcher, { props: { current: 'online' } });
    await fireEvent.click(radio('busy'));
    expect(mocked).toHaveBeenCalledWith({ type: 'set_availability', availability: 'busy' });
    expect(radio('online').checked).toBe(true);
    expect(radio('busy').getAttribute('aria-busy')).toBe('true');

    answer(stateWith({ ...profile, availability: 'busy' }));
    await tick();
    expect(agent.state?.profile?.availability).toBe('busy');
    await view.rerender({ current: 'busy' });
    expect(radio('busy').checked).toBe(true);
    expect(radio('online').checked).toBe(false);
  });
});

describe('Avatar', () => {
  it('falls back to initials without a picture', () => {
    render(Avatar, { props: { url: '', name: 'Ada  Lovelace King' } });
    expect(screen.getByTestId('initials').textContent).toBe('AL');
  });
});
