import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import SignIn from './SignIn.svelte';
import { answer, deferred, profile, state } from '../test/fixtures';
import { given, stored } from '../test/store';
import type { AgentState, Response } from './bindings';

const requestMock = vi.mocked(request);
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

async function fill(email: string, password: string) {
  await fireEvent.input(input('email'), { target: { value: email } });
  await fireEvent.input(input('password'), { target: { value: password } });
}

/** The sign-in form, the agent's state naming `server` as the one last used. */
function show(server: string | null, over: Partial<AgentState> = {}) {
  const shown = given({ ...over, server });
  render(SignIn);
  return shown;
}

beforeEach(() => requestMock.mockReset());

describe('SignIn', () => {
  it('prefills the last server, or the local default', () => {
    show('https://chat.example.com');
    expect(input('server').value).toBe('https://chat.example.com');
  });

  it('offers the local server when none was used yet', () => {
    show(null);
    expect(input('server').value).toBe('http://127.0.0.1:3000');
  });

  it('sends the form, waits visibly, and forgets the password at once', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show(null);
    await fill('ada@example.com', 'secret pw');
    await fireEvent.click(screen.getByTestId('sign-in'));

    expect(requestMock).toHaveBeenCalledWith({
      type: 'sign_in',
      server: 'http://127.0.0.1:3000',
      email: 'ada@example.com',
      password: 'secret pw',
    });
    expect(input('password').value).toBe('');
    const button = screen.getByTestId('sign-in') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent?.trim()).toBe('Signing in…');

    const signedIn = state({ profile });
    pending.resolve(answer(signedIn));
    await vi.waitFor(() => expect(stored()).toEqual(signedIn));
    expect(button.disabled).toBe(false);
  });

  it("shows the server's message and marks the field it is about", async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: 'Enter a server address like https://chat.example.com.',
      field: 'server',
    });
    show('chat');
    await fill('ada@example.com', 'pw');
    await fireEvent.submit(screen.getByTestId('signin-form'));

    const alert = await screen.findByTestId('error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('Enter a server address like https://chat.example.com.');
    const server = input('server');
    expect(server.getAttribute('aria-invalid')).toBe('true');
    expect(input('email').getAttribute('aria-invalid')).toBe('false');
    // The message under the field is what a screen reader reads for it.
    const hint = document.getElementById(server.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toBe('Enter a server address like https://chat.example.com.');
    expect(document.activeElement).toBe(server);
  });

  it('marks no field for an error about none', async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid_credentials',
      message: 'Invalid login credentials. Please try again.',
    });
    show(null);
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect((await screen.findByTestId('error')).textContent).toBe(
      'Invalid login credentials. Please try again.',
    );
    for (const id of ['server', 'email', 'password']) {
      expect(input(id).getAttribute('aria-invalid')).toBe('false');
    }
  });

  it.each([
    [{ status: 500, body: { nested: true } }, 'Something went wrong. Please try again.'],
    [new Error('The Headset agent is not running.'), 'The Headset agent is not running.'],
  ])('renders a readable message for a rejection that is not an IpcError (%j)', async (thrown, shown) => {
    requestMock.mockRejectedValueOnce(thrown);
    show(null);
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect((await screen.findByTestId('error')).textContent).toBe(shown);
  });

  it('asks for the two-factor code after the password, then signs in', async () => {
    requestMock.mockResolvedValueOnce({ type: 'mfa_required' });
    const shown = show(null);
    await fill('ada@example.com', 'secret pw');
    await fireEvent.submit(screen.getByTestId('signin-form'));
    await vi.waitFor(() => expect(screen.getByTestId('mfa-code')).toBeTruthy());
    expect(screen.queryByTestId('password')).toBeNull();
    expect(stored()).toBe(shown);

    const signedIn = state({ profile });
    requestMock.mockResolvedValueOnce(answer(signedIn));
    await fireEvent.input(input('mfa-code'), { target: { value: ' 123456 ' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'sign_in_code', code: '123456', backup: false });
    expect(input('mfa-code').value).toBe('');
    await vi.waitFor(() => expect(stored()).toEqual(signedIn));
  });

  it('marks a wrong code, and starts over when the step expired', async () => {
    requestMock.mockResolvedValueOnce({ type: 'mfa_required' });
    show(null);
    await fill('ada@example.com', 'secret pw');
    await fireEvent.submit(screen.getByTestId('signin-form'));
    await vi.waitFor(() => expect(screen.getByTestId('mfa-code')).toBeTruthy());

    requestMock.mockRejectedValueOnce({ code: 'invalid', message: 'Invalid code.', field: 'code' });
    await fireEvent.click(input('mfa-backup'));
    await fireEvent.input(input('mfa-code'), { target: { value: 'abcde-fghij' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'sign_in_code', code: 'abcde-fghij', backup: true });
    await vi.waitFor(() => expect(input('mfa-code').getAttribute('aria-invalid')).toBe('true'));

    requestMock.mockRejectedValueOnce({ code: 'invalid_credentials', message: 'The sign-in has expired.' });
    await fireEvent.input(input('mfa-code'), { target: { value: '654321' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    await vi.waitFor(() => expect(screen.getByTestId('password')).toBeTruthy());
    expect(screen.getByTestId('error').textContent).toBe('The sign-in has expired.');
  });

  it('signs in with an access token for accounts without a password', async () => {
    const signedIn = state({ profile });
    requestMock.mockResolvedValueOnce(answer(signedIn));
    show('https://chat.example.com');
    await fireEvent.click(screen.getByTestId('use-token'));
    expect(screen.queryByTestId('password')).toBeNull();
    await fireEvent.input(input('token'), { target: { value: 'tok-123' } });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect(requestMock).toHaveBeenCalledWith({
      type: 'sign_in_with_token',
      server: 'https://chat.example.com',
      token: 'tok-123',
    });
    expect(input('token').value).toBe('');
    await vi.waitFor(() => expect(stored()).toEqual(signedIn));
  });
});

describe('SignIn: forgot password', () => {
  const forgot = () => screen.getByRole('button', { name: 'Forgot password?' });
  const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

  it('is offered with the password only', async () => {
    show(null);
    expect(forgot()).toBeTruthy();
    await fireEvent.click(screen.getByTestId('use-token'));
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull();
  });

  it('opens a reset form with the email already filled in', async () => {
    show('https://chat.example.com');
    await fill('ada@example.com', 'not it');
    await fireEvent.click(forgot());

    expect(heading()).toBe('Reset your password');
    expect(input('email').value).toBe('ada@example.com');
    expect(document.activeElement).toBe(input('email'));
    expect(screen.queryByTestId('password')).toBeNull();
    expect(input('server').value).toBe('https://chat.example.com');
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeTruthy();
  });

  it('asks the server for a link and says the same whether or not the account exists', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    const shown = show('https://chat.example.com');
    await fireEvent.input(input('email'), { target: { value: ' ada@example.com ' } });
    await fireEvent.click(forgot());
    await fireEvent.submit(screen.getByTestId('signin-form'));

    expect(requestMock).toHaveBeenCalledWith({
      type: 'request_password_reset',
      server: 'https://chat.example.com',
      email: 'ada@example.com',
    });
    const send = screen.getByTestId('send-reset') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(send.textContent?.trim()).toBe('Sending…');

    pending.resolve({ type: 'done' });
    const sent = await screen.findByTestId('reset-sent');
    expect(sent.textContent?.trim()).toBe('If an account exists for ada@example.com, we sent a link to reset the password.');
    expect(sent.closest('[role=status]')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stored()).toBe(shown);
    expect(send.disabled).toBe(false);
  });

  it('asks for the email before sending', async () => {
    show(null);
    await fireEvent.click(forgot());
    await fireEvent.click(screen.getByTestId('send-reset'));
    expect(requestMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Enter the email address of your account.');
    expect(input('email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('email'));
  });

  it('shows the agent’s errors: an unreachable server, an email it refuses', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach chat.example.com.' });
    show('https://chat.example.com');
    await fireEvent.input(input('email'), { target: { value: 'ada@example.com' } });
    await fireEvent.click(forgot());
    await fireEvent.click(screen.getByTestId('send-reset'));
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach chat.example.com.');
    expect(screen.queryByTestId('reset-sent')).toBeNull();

    requestMock.mockRejectedValueOnce({ code: 'invalid', message: 'Enter a valid email address.', field: 'email' });
    await fireEvent.input(input('email'), { target: { value: 'ada@' } });
    await fireEvent.click(screen.getByTestId('send-reset'));
    await vi.waitFor(() => expect(input('email').getAttribute('aria-invalid')).toBe('true'));
    const hint = document.getElementById(input('email').getAttribute('aria-describedby')!);
    expect(hint?.textContent).toBe('Enter a valid email address.');
    expect(document.activeElement).toBe(input('email'));
  });

  it('goes back to signing in, where it was opened', async () => {
    show(null);
    await fireEvent.input(input('email'), { target: { value: 'ada@example.com' } });
    await fireEvent.click(forgot());
    await fireEvent.click(screen.getByRole('button', { name: 'Back to sign in' }));
    expect(heading()).toBe('Sign in to Headset');
    expect(input('email').value).toBe('ada@example.com');
    expect(input('password').value).toBe('');
    await vi.waitFor(() => expect(document.activeElement).toBe(forgot()));
  });
});

describe('SignIn: connection settings', () => {
  const toggle = () => screen.getByRole('button', { name: 'Connection settings' });
  const region = () => screen.getByTestId('signin-network');

  it('keeps the connection settings closed until asked, then shows the form with this computer’s settings', async () => {
    show('https://chat.example.com', {
      network: { ca_file: '/etc/ssl/company.pem', proxy: 'http://proxy.example.com:3128' },
    });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-controls')).toBe(region().id);
    expect(region().hidden).toBe(true);
    expect(screen.queryByRole('region', { name: 'Connection settings' })).toBeNull();

    await fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(region().hidden).toBe(false);
    expect(screen.getByRole('region', { name: 'Connection settings' })).toBe(region());
    expect((screen.getByLabelText('Extra CA certificate (PEM file path)') as HTMLInputElement).value).toBe(
      '/etc/ssl/company.pem',
    );
    expect((screen.getByLabelText('HTTP proxy') as HTMLInputElement).value).toBe('http://proxy.example.com:3128');
    // Its own form, not part of signing in.
    expect(region().closest('form')).toBeNull();
    expect(input('network-ca-file').form).not.toBe(screen.getByTestId('signin-form'));

    await fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(region().hidden).toBe(true);
  });

  it('saves the settings before signing in, and takes the state', async () => {
    const next = state({ network: { proxy: 'http://proxy.example.com:3128' } });
    requestMock.mockResolvedValueOnce(answer(next));
    show('https://chat.example.com');
    await fireEvent.click(toggle());
    await fireEvent.input(input('network-proxy'), { target: { value: ' http://proxy.example.com:3128 ' } });
    await fireEvent.click(screen.getByTestId('network-save'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_network', network: { proxy: 'http://proxy.example.com:3128' } });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    // The sign-in form is untouched.
    expect(input('server').value).toBe('https://chat.example.com');
  });
});
