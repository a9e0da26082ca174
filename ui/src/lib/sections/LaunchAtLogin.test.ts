import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import LaunchAtLogin from './LaunchAtLogin.svelte';
import LaunchAtLoginBanner from './LaunchAtLoginBanner.svelte';
import { answer, deferred, profile, state } from '../../test/fixtures';
import { signedIn, stored } from '../../test/store';
import type { Response } from '../bindings';

const requestMock = vi.mocked(request);

beforeEach(() => {
  requestMock.mockReset();
});

describe('Start at login switch', () => {
  const toggle = () => screen.getByRole('switch', { name: 'Start Headset when I log in' }) as HTMLInputElement;

  it('is off until asked, and sends the wanted value', async () => {
    const next = state({ profile, launch_at_login: true });
    requestMock.mockResolvedValueOnce(answer(next));
    signedIn(profile, { launch_at_login: null });
    render(LaunchAtLogin);
    expect(toggle().checked).toBe(false);

    await fireEvent.click(toggle());
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_launch_at_login', enabled: true });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(toggle().checked).toBe(true));
  });

  it('moves only when the agent’s state says so', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    signedIn(profile, { launch_at_login: true });
    render(LaunchAtLogin);
    expect(toggle().checked).toBe(true);

    await fireEvent.click(toggle());
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_launch_at_login', enabled: false });
    expect(toggle().checked).toBe(true);
    expect(toggle().getAttribute('aria-busy')).toBe('true');
    // No second request while the first is on its way.
    await fireEvent.click(toggle());
    expect(requestMock).toHaveBeenCalledTimes(1);

    const next = state({ profile, launch_at_login: false });
    pending.resolve(answer(next));
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(toggle().checked).toBe(false));
    expect(toggle().getAttribute('aria-busy')).toBe('false');
  });

  it('says why the change failed and stays as it was', async () => {
    requestMock.mockRejectedValueOnce({ code: 'protocol', message: 'could not change the start at login: denied' });
    const shown = signedIn(profile, { launch_at_login: false });
    render(LaunchAtLogin);
    await fireEvent.click(toggle());

    const error = await screen.findByTestId('launch-at-login-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('could not change the start at login: denied');
    expect(toggle().checked).toBe(false);
    expect(toggle().getAttribute('aria-describedby')).toBe(error.id);
    expect(stored()).toBe(shown);
  });
});

describe('Start at login banner', () => {
  const question = 'Start Headset when you log in, so alerts keep coming?';

  it.each([[true], [false]])('is not shown once the agent has an answer (%s)', (value) => {
    signedIn(profile, { launch_at_login: value });
    render(LaunchAtLoginBanner);
    expect(screen.queryByTestId('launch-banner')).toBeNull();
  });

  it.each([
    ['Yes', true],
    ['Not now', false],
  ])('asks while there is no answer; “%s” answers %s and hides it', async (button, enabled) => {
    const next = state({ profile, launch_at_login: enabled });
    requestMock.mockResolvedValueOnce(answer(next));
    signedIn(profile, { launch_at_login: null });
    render(LaunchAtLoginBanner);
    const banner = screen.getByRole('region', { name: question });
    expect(banner).toBe(screen.getByTestId('launch-banner'));

    await fireEvent.click(screen.getByRole('button', { name: button }));
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_launch_at_login', enabled });
    await vi.waitFor(() => expect(stored()).toEqual(next));
    // Answered: gone, and not asked again whatever a late state says.
    await vi.waitFor(() => expect(screen.queryByTestId('launch-banner')).toBeNull());
    signedIn(profile, { launch_at_login: null });
    expect(screen.queryByTestId('launch-banner')).toBeNull();
  });

  it('keeps the question and says why when the answer could not be kept', async () => {
    requestMock.mockRejectedValueOnce({ code: 'agent_unavailable', message: 'The Headset agent is not running.' });
    const shown = signedIn(profile, { launch_at_login: null });
    render(LaunchAtLoginBanner);
    await fireEvent.click(screen.getByTestId('launch-banner-yes'));

    expect((await screen.findByRole('alert')).textContent).toBe('The Headset agent is not running.');
    expect(screen.getByTestId('launch-banner')).toBeTruthy();
    expect(stored()).toBe(shown);
    // The buttons work again, to try once more.
    expect(screen.getByTestId('launch-banner-yes').getAttribute('aria-disabled')).toBe('false');
    expect(screen.getByTestId('launch-banner-not-now').getAttribute('aria-disabled')).toBe('false');
  });

  it('answers only once while a request is on its way', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    signedIn(profile, { launch_at_login: null });
    render(LaunchAtLoginBanner);
    await fireEvent.click(screen.getByTestId('launch-banner-yes'));
    expect(screen.getByTestId('launch-banner-yes').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('launch-banner-not-now').getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(screen.getByTestId('launch-banner-not-now'));
    expect(requestMock).toHaveBeenCalledTimes(1);
    pending.resolve(answer(state({ profile, launch_at_login: true })));
  });
});
