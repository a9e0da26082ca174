import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import SignIn from './SignIn.svelte';
import { answer, deferred, profile, state } from '../test/fixtures';
import type { Response } from './bindings';

const requestMock = vi.mocked(request);
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

async function fill(email: string, password: string) {
  await fireEvent.input(input('email'), { target: { value: email } });
  await fireEvent.input(input('password'), { target: { value: password } });
}

beforeEach(() => requestMock.mockReset());

describe('SignIn', () => {
  it('prefills the last server, or the local default', () => {
    render(SignIn, { server: 'https://chat.example.com', onstate: vi.fn() });
    expect(input('server').value).toBe('https://chat.example.com');
  });

  it('offers the local server when none was used yet', () => {
    render(SignIn, { server: null, onstate: vi.fn() });
    expect(input('server').value).toBe('http://127.0.0.1:3000');
  });

  it('sends the form, waits visibly, and forgets the password at once', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    const onstate = vi.fn();
    render(SignIn, { server: null, onstate });
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
    await vi.waitFor(() => expect(onstate).toHaveBeenCalledWith(signedIn));
    expect(button.disabled).toBe(false);
  });

  it("shows the server's message and marks the field it is about", async () => {
    requestMock.mockRejectedValueOnce({
      code: 'invalid',
      message: 'Enter a server address like https://chat.example.com.',
      field: 'server',
    });
    render(SignIn, { server: 'chat', onstate: vi.fn() });
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
    render(SignIn, { server: null, onstate: vi.fn() });
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
    render(SignIn, { server: null, onstate: vi.fn() });
    await fireEvent.submit(screen.getByTestId('signin-form'));
    expect((await screen.findByTestId('error')).textContent).toBe(shown);
  });
});
