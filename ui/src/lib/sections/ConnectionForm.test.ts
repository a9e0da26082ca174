import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import type { NetworkSettings, Response } from '../bindings';
import ConnectionForm from './ConnectionForm.svelte';
import { answer, deferred, profile, state } from '../../test/fixtures';
import { given, stored } from '../../test/store';

const requestMock = vi.mocked(request);
const caFile = () => document.getElementById('network-ca-file') as HTMLInputElement;
const proxy = () => document.getElementById('network-proxy') as HTMLInputElement;
const save = () => document.getElementById('network-save') as HTMLButtonElement;
const status = () => screen.getByTestId('network-status').textContent?.trim();
const describedBy = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim());

function show(network: NetworkSettings = {}) {
  const shown = given({ network });
  const view = render(ConnectionForm);
  return { view, shown };
}

beforeEach(() => requestMock.mockReset());

describe('ConnectionForm', () => {
  it('shows the agent’s settings, labelled and explained', () => {
    show({ ca_file: '/etc/ssl/company.pem', proxy: 'http://proxy.example.com:3128' });
    expect(caFile().value).toBe('/etc/ssl/company.pem');
    expect(proxy().value).toBe('http://proxy.example.com:3128');
    expect(caFile().name).toBe('ca_file');
    expect(proxy().name).toBe('proxy');
    expect(screen.getByLabelText('Extra CA certificate (PEM file path)')).toBe(caFile());
    expect(screen.getByLabelText('HTTP proxy')).toBe(proxy());
    expect(describedBy(caFile())).toEqual([
      'A PEM file, for example /usr/local/share/ca-certificates/company.crt. Leave it empty to trust only the operating system’s certificates.',
    ]);
    expect(proxy().placeholder).toBe('http://proxy.example.com:3128');
    expect(caFile().getAttribute('aria-invalid')).toBe('false');
    expect(status()).toBe('');
  });

  it('starts empty when nothing is set', () => {
    show();
    expect(caFile().value).toBe('');
    expect(proxy().value).toBe('');
    expect(save().textContent?.trim()).toBe('Save');
  });

  it('follows a state pushed later, until the person types', async () => {
    show({ proxy: 'http://old.example.com:3128' });
    given({ network: { proxy: 'http://new.example.com:3128', ca_file: '/a.pem' } });
    expect(proxy().value).toBe('http://new.example.com:3128');
    expect(caFile().value).toBe('/a.pem');

    await fireEvent.input(proxy(), { target: { value: 'http://typed.example.com:8080' } });
    given({ network: { proxy: 'http://other.example.com:3128', ca_file: '/b.pem' } });
    expect(proxy().value).toBe('http://typed.example.com:8080');
    expect(caFile().value).toBe('/b.pem');
  });

  it('saves trimmed values, leaves blanks out, and shows what the agent kept', async () => {
    const next = state({ profile, network: { ca_file: '/etc/ssl/company.pem' } });
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show({ proxy: 'http://proxy.example.com:3128' });
    await fireEvent.input(caFile(), { target: { value: '  /etc/ssl/company.pem ' } });
    await fireEvent.input(proxy(), { target: { value: '   ' } });
    await fireEvent.click(save());

    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_network', network: { ca_file: '/etc/ssl/company.pem' } });
    expect(status()).toBe('Saving…');
    expect(save().getAttribute('aria-disabled')).toBe('true');
    // A second press while saving sends nothing more.
    await fireEvent.click(save());
    expect(requestMock).toHaveBeenCalledTimes(1);

    pending.resolve(answer(next));
    await vi.waitFor(() => expect(stored()).toEqual(next));
    await vi.waitFor(() => expect(status()).toBe('Saved. Headset connects through these settings.'));
    expect(caFile().value).toBe('/etc/ssl/company.pem');
    expect(proxy().value).toBe('');
    expect(save().getAttribute('aria-disabled')).toBe('false');

    // Typing again: the note is old news.
    await fireEvent.input(proxy(), { target: { value: 'http://p' } });
    expect(status()).toBe('');
  });

  it('sends empty settings to clear both', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ network: {} })));
    show({ ca_file: '/etc/ssl/company.pem', proxy: 'http://proxy.example.com:3128' });
    await fireEvent.input(caFile(), { target: { value: '' } });
    await fireEvent.input(proxy(), { target: { value: '' } });
    await fireEvent.submit(caFile().form!);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_network', network: {} });
  });

  it('shows a refused proxy under the proxy field, focuses it and keeps what was typed', async () => {
    const message =
      'Only http:// proxies are supported; they tunnel to https servers (for example http://proxy.example.com:3128).';
    requestMock.mockRejectedValueOnce({ code: 'invalid', message, field: 'proxy' });
    const { shown } = show();
    await fireEvent.input(caFile(), { target: { value: '/etc/ssl/company.pem' } });
    await fireEvent.input(proxy(), { target: { value: 'socks5://proxy.example.com:1080' } });
    await fireEvent.click(save());

    const error = await screen.findByTestId('network-proxy-error');
    expect(error.id).toBe('network-proxy-error');
    expect(error.textContent).toBe(message);
    expect(proxy().getAttribute('aria-invalid')).toBe('true');
    expect(proxy().getAttribute('aria-describedby')?.split(' ')).toContain('network-proxy-error');
    expect(caFile().getAttribute('aria-invalid')).toBe('false');
    expect(document.getElementById('network-ca-file-error')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(proxy()));
    // Nothing typed is lost.
    expect(proxy().value).toBe('socks5://proxy.example.com:1080');
    expect(caFile().value).toBe('/etc/ssl/company.pem');
    expect(status()).toBe('Not saved: see the highlighted field.');
    expect(screen.queryByTestId('network-error')).toBeNull();
    expect(stored()).toBe(shown);

    // Fixing the field clears its message.
    await fireEvent.input(proxy(), { target: { value: 'http://proxy.example.com:3128' } });
    expect(screen.queryByTestId('network-proxy-error')).toBeNull();
    expect(proxy().getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a refused CA file under its field and focuses it', async () => {
    const message = 'Cannot read /x.pem: No such file or directory.';
    requestMock.mockRejectedValueOnce({ code: 'invalid', message, field: 'ca_file' });
    show();
    await fireEvent.input(caFile(), { target: { value: '/x.pem' } });
    await fireEvent.click(save());
    const error = await screen.findByTestId('network-ca-file-error');
    expect(error.textContent).toBe(message);
    expect(describedBy(caFile())).toContain(message);
    await vi.waitFor(() => expect(document.activeElement).toBe(caFile()));
    expect(caFile().value).toBe('/x.pem');
  });

  it('shows any other failure as a general message', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'The server could not be reached.' });
    show();
    await fireEvent.input(proxy(), { target: { value: 'http://proxy.example.com:3128' } });
    await fireEvent.click(save());
    const alert = await screen.findByTestId('network-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('The server could not be reached.');
    expect(save().getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.queryByTestId('network-proxy-error')).toBeNull();
    expect(proxy().getAttribute('aria-invalid')).toBe('false');
    expect(proxy().value).toBe('http://proxy.example.com:3128');
    expect(status()).toBe('');
  });
});
