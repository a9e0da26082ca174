import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Event } from './lib/bindings';

vi.mock('./lib/agent', async (original) => ({
  ...(await original<typeof import('./lib/agent')>()),
  request: vi.fn(),
  onAgentEvent: vi.fn(),
}));

import { onAgentEvent, request } from './lib/agent';
import { agentStore } from './lib/agentStore.svelte';
import App from './App.svelte';
import { answer, profile, state } from './test/fixtures';

const requestMock = vi.mocked(request);
let push: (event: Event) => void;

beforeEach(() => {
  // Each test is a window opening: it knows nothing yet.
  agentStore.reset();
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

  it('passes edit events down to the form that queued the edit', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile })));
    render(App);
    await screen.findByTestId('profile');
    await fireEvent.click(screen.getByTestId('nav-profile'));

    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 41 });
    await fireEvent.input(screen.getByTestId('field-name'), { target: { value: 'Ada King' } });
    await fireEvent.click(screen.getByTestId('save-profile'));
    const status = () => screen.getByTestId('status-profile').textContent;
    await vi.waitFor(() => expect(status()).toContain('Saving…'));

    push({ type: 'edit', id: 41, status: { status: 'pending', reason: 'offline', retry_in_seconds: 5 } });
    await vi.waitFor(() => expect(status()).toContain('Waiting for the server…'));
    push({ type: 'edit', id: 41, status: { status: 'saved' } });
    push({ type: 'state', state: state({ profile: { ...profile, name: 'Ada King' } }) });
    await vi.waitFor(() => expect(status()?.trim()).toBe('Your profile has been updated successfully'));
    expect(screen.getByTestId('profile-name').textContent).toBe('Ada King');
  });

  it('asks once, above the settings, whether to start at login, and shows the answer on the switch', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile, launch_at_login: null })));
    render(App);
    await screen.findByTestId('profile');
    const banner = screen.getByTestId('launch-banner');
    expect(banner.compareDocumentPosition(screen.getByRole('navigation')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: 'Start Headset when I log in' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);

    requestMock.mockResolvedValueOnce(answer(state({ profile, launch_at_login: true })));
    const yes = screen.getByRole('button', { name: 'Yes' });
    yes.focus();
    await fireEvent.click(yes);
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'set_launch_at_login', enabled: true });
    await vi.waitFor(() => expect(screen.queryByTestId('launch-banner')).toBeNull());
    expect(toggle.checked).toBe(true);
    // The keyboard goes on from the settings, not from nowhere.
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('nav-general')));
  });

  it('does not ask when the agent already has an answer, or before sign-in', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ launch_at_login: null })));
    render(App);
    await screen.findByTestId('signin-form');
    expect(screen.queryByTestId('launch-banner')).toBeNull();

    push({ type: 'state', state: state({ profile, launch_at_login: false }) });
    await screen.findByTestId('profile');
    expect(screen.queryByTestId('launch-banner')).toBeNull();
    expect((screen.getByTestId('launch-at-login-switch') as HTMLInputElement).checked).toBe(false);
  });

  it('shows the agent’s custom sound in the notifications, and the state a new one answers with', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile, custom_sound: 'bell.wav' })));
    render(App);
    await screen.findByTestId('profile');
    await fireEvent.click(screen.getByTestId('nav-notifications'));
    const about = () => screen.getByTestId('custom-sound-about').textContent?.trim();
    expect(about()).toBe('Plays bell.wav on this computer instead of the tone.');

    requestMock.mockResolvedValueOnce(answer(state({ profile, custom_sound: 'gong.ogg' })));
    const input = screen.getByTestId('field-custom-sound') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array(8)], 'gong.ogg', { type: 'audio/ogg' })] });
    await fireEvent.change(input);
    await vi.waitFor(() => expect(about()).toBe('Plays gong.ogg on this computer instead of the tone.'));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'set_custom_sound', name: 'gong.ogg', data_base64: 'AAAAAAAAAAA=' });
  });

  it('shows this computer’s connection settings before sign-in and in the settings', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ network: { ca_file: '/etc/ssl/company.pem' } })));
    render(App);
    await screen.findByTestId('signin-form');
    await fireEvent.click(screen.getByRole('button', { name: 'Connection settings' }));
    const caFile = () => document.getElementById('network-ca-file') as HTMLInputElement;
    expect(caFile().value).toBe('/etc/ssl/company.pem');

    push({ type: 'state', state: state({ profile, network: { ca_file: '/etc/ssl/other.pem' } }) });
    await screen.findByTestId('profile');
    await fireEvent.click(screen.getByTestId('nav-network'));
    expect(caFile().value).toBe('/etc/ssl/other.pem');
  });

  it('shows the agent’s volume in the notifications, and the state setting it answers with', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile, volume: 30 })));
    render(App);
    await screen.findByTestId('profile');
    await fireEvent.click(screen.getByTestId('nav-notifications'));
    const slider = screen.getByTestId('field-volume') as HTMLInputElement;
    expect(slider.value).toBe('30');

    requestMock.mockResolvedValueOnce(answer(state({ profile, volume: 75 })));
    await fireEvent.input(slider, { target: { value: '75' } });
    await fireEvent.change(slider);
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'set_volume', volume: 75 });
    await vi.waitFor(() => expect(screen.getByTestId('volume-value').textContent).toBe('75%'));

    // A state pushed by the agent moves it too.
    push({ type: 'state', state: state({ profile, volume: 45 }) });
    await vi.waitFor(() => expect(slider.value).toBe('45'));
  });

  it('turns the window right to left when the language becomes Arabic', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile })));
    render(App);
    await screen.findByTestId('profile');
    expect(document.documentElement.dir).toBe('ltr');
    await fireEvent.click(screen.getByTestId('nav-region'));

    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 1 });
    await fireEvent.change(screen.getByTestId('field-locale'), { target: { value: 'ar' } });
    await fireEvent.click(screen.getByTestId('save-region'));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'edit', edit: { type: 'locale', locale: 'ar' } });

    push({ type: 'state', state: state({ profile: { ...profile, locale: 'ar' } }) });
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');

    push({ type: 'state', state: state({ profile: { ...profile, locale: 'pt_BR' } }) });
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('pt-BR');
  });
});
