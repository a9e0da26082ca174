import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('../../agent', async (original) => ({
  ...(await original<typeof import('../../agent')>()),
  request: vi.fn(),
}));

import { request } from '../../agent';
import type { IpcError, MfaStatus, PasswordPolicy, Profile, Request, Response, SessionInfo } from '../../bindings';
import SecuritySection from './SecuritySection.svelte';
import { qrCode } from './qr';
import { deferred, profile, state } from '../../../test/fixtures';
import { signedIn, stored } from '../../../test/store';

const requestMock = vi.mocked(request);

type Answer = Response | IpcError | ((req: Request) => Response | Promise<Response>);
type Handlers = Partial<Record<Request['type'], Answer>>;

const policy: PasswordPolicy = {
  min_length: 8,
  max_length: 128,
  blocklist: ['password', 'letmein1'],
  require_uppercase: true,
  require_digit: true,
  require_special: true,
};
const mfaOff: MfaStatus = { feature_available: true, enabled: false, backup_codes_generated: false };
const mfaOn: MfaStatus = { feature_available: true, enabled: true, backup_codes_generated: true };
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const session = (over: Partial<SessionInfo>): SessionInfo => ({
  id: 1,
  app: 'Headset 0.1.0',
  device: null,
  platform: 'Linux',
  ip_address: '203.0.113.9',
  place: null,
  last_active_at: minutesAgo(0),
  created_at: null,
  current: false,
  ...over,
});
const SESSIONS = [
  session({ id: 1, current: true, place: 'Warsaw, Poland' }),
  session({ id: 2, app: 'Firefox 133', platform: 'macOS 15', device: 'MacBook', last_active_at: minutesAgo(5) }),
  session({ id: 3, app: null, platform: null, ip_address: '198.51.100.7', last_active_at: minutesAgo(60 * 24 * 3) }),
];
const CODES = Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(4, '0')}`);
const URL_ = 'otpauth://totp/Headset:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Headset';

const isError = (a: Answer): a is IpcError => typeof a === 'object' && 'code' in a && 'message' in a;

/** The agent: answers each request type as told (defaults for what a section loads). */
function agent(handlers: Handlers = {}) {
  const all: Handlers = {
    get_password_policy: { type: 'password_policy', policy },
    get_mfa: { type: 'mfa', status: mfaOff },
    list_sessions: { type: 'sessions', items: SESSIONS },
    ...handlers,
  };
  requestMock.mockImplementation(async (req: Request) => {
    const answer = all[req.type];
    if (answer === undefined) throw { code: 'protocol', message: `unexpected ${req.type}` };
    if (typeof answer === 'function') return answer(req);
    if (isError(answer)) throw answer;
    return answer;
  });
}

const sent = (type: Request['type']) => requestMock.mock.calls.map(([r]) => r).filter((r) => r.type === type);
const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => screen.getByTestId(id) as T;
const type = (id: string, value: string) => fireEvent.input(byId(id), { target: { value } });

function show(over: Partial<Profile> = {}, props: { active?: boolean } = {}) {
  const shown = signedIn({ ...profile, ...over });
  const view = render(SecuritySection, props);
  return { shown, view };
}

beforeEach(() => {
  requestMock.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('Security section', () => {
  it('has its heading and four parts, and asks for what they show', async () => {
    agent();
    show();
    expect(screen.getByRole('heading', { level: 2, name: 'Security' })).toBeTruthy();
    for (const name of ['Password', 'Two-factor authentication', 'Signed-in devices', 'API access token']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    await screen.findByTestId('sessions-list');
    expect(sent('get_password_policy')).toHaveLength(1);
    expect(sent('get_mfa')).toHaveLength(1);
    expect(sent('list_sessions')).toHaveLength(1);
  });

  it('asks nothing until it is shown', async () => {
    agent();
    const { view } = show({}, { active: false });
    expect(requestMock).not.toHaveBeenCalled();
    await view.rerender({ active: true });
    await screen.findByTestId('sessions-list');
    expect(requestMock).toHaveBeenCalledTimes(3);
  });
});

describe('Change password', () => {
  const items = () => screen.getAllByTestId('security-policy-item');
  const metOf = () => Object.fromEntries(items().map((i) => [i.dataset.rule, i.dataset.met]));
  const save = () => byId<HTMLButtonElement>('security-password-save');

  it('checks the new password as it is typed, and gates Save on the rules and the confirmation', async () => {
    agent();
    show();
    await vi.waitFor(() => expect(items()).toHaveLength(5));
    expect(items().every((i) => i.dataset.met === 'false')).toBe(true);
    expect(items()[0].textContent).toContain('Between 8 and 128 characters');
    // Met or not is said in words too.
    expect(items()[0].textContent).toContain('(not yet)');
    expect(save().disabled).toBe(true);

    await type('security-password-current', 'old secret');
    await type('security-password-new', 'PassWord');
    expect(metOf()).toEqual({ length: 'true', common: 'false', uppercase: 'true', digit: 'false', special: 'false' });
    expect(byId('security-strength').textContent).toBe('Weak');

    await type('security-password-new', 'Ada');
    expect(metOf()).toMatchObject({ length: 'false', common: 'false' });

    await type('security-password-new', 'Tr0ub4dor&3x');
    expect(metOf()).toEqual({ length: 'true', common: 'true', uppercase: 'true', digit: 'true', special: 'true' });
    expect(items()[0].textContent).toContain('(done)');
    expect(['Strong', 'Very strong']).toContain(byId('security-strength').textContent);
    expect(screen.getByText('Strength: Strong')).toBeTruthy();
    expect(save().disabled).toBe(true);

    await type('security-password-confirm', 'Tr0ub4dor&3');
    expect(save().disabled).toBe(true);
    await type('security-password-confirm', 'Tr0ub4dor&3y');
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Doesn’t match the new password.')).toBeTruthy();
    await type('security-password-confirm', 'Tr0ub4dor&3x');
    expect(save().disabled).toBe(false);
  });

  it('sends exactly the three fields, clears them and says the other devices were signed out', async () => {
    const changed = state({ profile });
    agent({ change_password: { type: 'state', state: changed } });
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('security-policy-item')).toHaveLength(5));
    await type('security-password-current', 'old secret');
    await type('security-password-new', 'Good-pass123');
    await type('security-password-confirm', 'Good-pass123');
    await fireEvent.click(save());

    await vi.waitFor(() => expect(stored()).toEqual(changed));
    expect(sent('change_password')).toEqual([
      {
        type: 'change_password',
        current_password: 'old secret',
        password: 'Good-pass123',
        password_confirmation: 'Good-pass123',
      },
    ]);
    expect(byId('security-password-current').value).toBe('');
    expect(byId('security-password-new').value).toBe('');
    expect(byId('security-password-confirm').value).toBe('');
    const status = byId('security-password-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent?.trim()).toBe('Password changed. Your other devices were signed out.');
    // The list of devices is asked again: the others are gone.
    await vi.waitFor(() => expect(sent('list_sessions')).toHaveLength(2));
  });

  it('shows a refused current password on that field and keeps what was typed', async () => {
    agent({
      change_password: { code: 'invalid', message: 'That is not your current password.', field: 'current_password' },
    });
    const { shown } = show();
    await vi.waitFor(() => expect(screen.getAllByTestId('security-policy-item')).toHaveLength(5));
    await type('security-password-current', 'wrong one');
    await type('security-password-new', 'Good-pass123');
    await type('security-password-confirm', 'Good-pass123');
    await fireEvent.click(save());

    const error = await screen.findByTestId('security-password-current-error');
    expect(error.textContent?.trim()).toBe('That is not your current password.');
    expect(error.getAttribute('role')).toBe('alert');
    const current = byId('security-password-current');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(current.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(current);
    expect(current.value).toBe('wrong one');
    expect(byId('security-password-new').value).toBe('Good-pass123');
    expect(byId('security-password-new').getAttribute('aria-invalid')).toBe('false');
    expect(stored()).toBe(shown);
  });

  it('shows the broken rule the server names on the new password', async () => {
    agent({ change_password: { code: 'invalid', message: 'This password is too common.', field: 'password' } });
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('security-policy-item')).toHaveLength(5));
    await type('security-password-current', 'old secret');
    await type('security-password-new', 'Good-pass123');
    await type('security-password-confirm', 'Good-pass123');
    await fireEvent.click(save());
    expect((await screen.findByTestId('security-password-new-error')).textContent?.trim()).toBe(
      'This password is too common.',
    );
  });

  it('is busy while the change is on its way', async () => {
    const answer = deferred<Response>();
    agent({ change_password: () => answer.promise });
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('security-policy-item')).toHaveLength(5));
    await type('security-password-current', 'old secret');
    await type('security-password-new', 'Good-pass123');
    await type('security-password-confirm', 'Good-pass123');
    await fireEvent.click(save());
    expect(save().disabled).toBe(true);
    expect(save().textContent?.trim()).toBe('Changing…');
    answer.resolve({ type: 'state', state: state({ profile }) });
    await vi.waitFor(() => expect(save().textContent?.trim()).toBe('Change password'));
  });

  it('shows and hides a password with a toggle', async () => {
    agent();
    show();
    const toggle = screen.getByRole('button', { name: 'Show current password' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(byId('security-password-current').type).toBe('password');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(byId('security-password-current').type).toBe('text');
  });

  it('hides the form for an account whose password Google manages', async () => {
    agent();
    show({ provider: 'google' });
    expect(screen.getByTestId('security-password-managed').textContent?.trim()).toBe(
      'Your password is managed by Google.',
    );
    expect(screen.queryByTestId('security-password-current')).toBeNull();
    expect(screen.queryByTestId('security-password-save')).toBeNull();
    await screen.findByTestId('sessions-list');
    expect(sent('get_password_policy')).toHaveLength(0);
  });
});

describe('Two-factor authentication', () => {
  it('sets up: QR code drawn here, secret in blocks, code confirmed, backup codes shown once', async () => {
    agent({
      begin_mfa: { type: 'mfa_enrolment', enrolment: { provisioning_url: URL_, secret: 'JBSWY3DPEHPK3PXP' } },
      confirm_mfa: { type: 'backup_codes', codes: CODES },
    });
    show();
    expect((await screen.findByTestId('mfa-status')).textContent).toContain('Off');
    await fireEvent.click(byId('mfa-setup'));

    const svg = await screen.findByTestId('mfa-qr');
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('aria-label')).toBeTruthy();
    const rects = svg.querySelectorAll('rect');
    // The light background, then the dark runs of the code for exactly this URL.
    expect(rects.length).toBe(qrCode(URL_).runs.length + 1);
    expect(rects.length).toBeGreaterThan(20);
    expect(svg.querySelector('image, foreignObject')).toBeNull();
    expect(byId('mfa-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP');

    const code = byId('mfa-code');
    expect(document.activeElement).toBe(code);
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');

    await type('mfa-code', '123 456');
    await fireEvent.click(byId('mfa-confirm'));
    const list = await screen.findByTestId('mfa-backup-codes');
    expect(sent('confirm_mfa')).toEqual([{ type: 'confirm_mfa', code: '123456' }]);
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(CODES);
    expect(screen.queryByTestId('mfa-qr')).toBeNull();
    expect(byId('mfa-status').textContent).toContain('On');

    await fireEvent.click(screen.getByRole('button', { name: 'I saved them' }));
    expect(screen.queryByTestId('mfa-backup-codes')).toBeNull();
    expect(screen.queryByText(CODES[0])).toBeNull();
    expect(byId('mfa-new-codes')).toBeTruthy();
  });

  it('copies and downloads the backup codes', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const createObjectURL = vi.fn(() => 'blob:codes');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('headset-backup-codes.txt');
      expect(this.href).toBe('blob:codes');
    });
    agent({
      get_mfa: { type: 'mfa', status: mfaOn },
      new_backup_codes: { type: 'backup_codes', codes: CODES },
    });
    show();
    await fireEvent.click(await screen.findByTestId('mfa-new-codes'));
    expect(document.activeElement).toBe(byId('mfa-code'));
    await type('mfa-code', '654321');
    await fireEvent.click(byId('mfa-new-codes'));
    await screen.findByTestId('mfa-backup-codes');
    expect(sent('new_backup_codes')).toEqual([{ type: 'new_backup_codes', code: '654321' }]);

    await fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(CODES.join('\n')));
    expect(await screen.findByText('Backup codes copied.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    const text = await blob.text();
    for (const code of CODES) expect(text).toContain(code);
    click.mockRestore();
  });

  it('shows a wrong code on the code field and keeps it', async () => {
    agent({
      begin_mfa: { type: 'mfa_enrolment', enrolment: { provisioning_url: URL_, secret: 'JBSWY3DPEHPK3PXP' } },
      confirm_mfa: { code: 'invalid', message: 'Invalid verification code', field: 'otp_code' },
    });
    show();
    await fireEvent.click(await screen.findByTestId('mfa-setup'));
    await screen.findByTestId('mfa-qr');
    await type('mfa-code', '000000');
    await fireEvent.click(byId('mfa-confirm'));
    const error = await screen.findByText('Invalid verification code');
    expect(error.getAttribute('role')).toBe('alert');
    expect(byId('mfa-code').getAttribute('aria-describedby')).toBe(error.id);
    expect(byId('mfa-code').value).toBe('000000');
    expect(screen.getByTestId('mfa-qr')).toBeTruthy();
  });

  it('turns off with the password and a code, showing a wrong password on its field', async () => {
    let calls = 0;
    agent({
      get_mfa: { type: 'mfa', status: mfaOn },
      disable_mfa: () => {
        calls += 1;
        if (calls === 1) throw { code: 'invalid', message: 'That is not your password.', field: 'password' };
        return { type: 'mfa', status: mfaOff };
      },
    });
    show();
    expect((await screen.findByTestId('mfa-status')).textContent).toContain('On');
    await fireEvent.click(byId('mfa-disable'));
    expect(document.activeElement).toBe(byId('mfa-password'));
    await type('mfa-password', 'wrong');
    await type('mfa-code', 'backup-1234');
    await fireEvent.click(byId('mfa-disable'));
    expect((await screen.findByTestId('mfa-password-error')).textContent?.trim()).toBe('That is not your password.');
    expect(byId('mfa-code').value).toBe('backup-1234');

    await type('mfa-password', 'right');
    await fireEvent.click(byId('mfa-disable'));
    await vi.waitFor(() => expect(byId('mfa-status').textContent).toContain('Off'));
    expect(sent('disable_mfa')).toEqual([
      { type: 'disable_mfa', password: 'wrong', code: 'backup-1234' },
      { type: 'disable_mfa', password: 'right', code: 'backup-1234' },
    ]);
    expect(byId('mfa-setup')).toBeTruthy();
  });
});

describe('Signed-in devices', () => {
  const rows = () => screen.getAllByTestId('session-row');

  it('lists each device with its app, place and when it was last active', async () => {
    agent();
    show();
    await screen.findByTestId('sessions-list');
    expect(rows()).toHaveLength(3);
    const [current, firefox, unknown] = rows();
    expect(within(current).getByText('This device')).toBeTruthy();
    expect(current.textContent).toContain('Warsaw, Poland');
    expect(screen.queryByTestId('session-end-1')).toBeNull();
    expect(firefox.textContent).toContain('Firefox 133');
    expect(firefox.textContent).toContain('macOS 15 · MacBook');
    expect(firefox.textContent).toContain('5 minutes ago');
    expect(firefox.querySelector('time')!.getAttribute('title')).toMatch(/\d{4}/);
    expect(unknown.textContent).toContain('Unknown app');
    expect(unknown.textContent).toContain('198.51.100.7');
    expect(unknown.textContent).toContain('3 days ago');
  });

  it('signs one device out only after the confirm step, and shows the list the agent answers', async () => {
    agent({ end_session: { type: 'sessions', items: [SESSIONS[0], SESSIONS[2]] } });
    show();
    await screen.findByTestId('sessions-list');
    await fireEvent.click(byId('session-end-2'));
    expect(sent('end_session')).toHaveLength(0);
    expect(screen.getByText('Sign out this device?')).toBeTruthy();
    expect(byId('session-end-2').textContent?.trim()).toBe('Yes, sign out');

    await fireEvent.click(byId('session-end-2'));
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(sent('end_session')).toEqual([{ type: 'end_session', id: 2 }]);
    expect(within(byId('sessions-list')).queryByText('Firefox 133')).toBeNull();
    expect(byId('sessions-note').textContent).toBe('Signed out of Firefox 133.');
  });

  it('lets a confirm step be cancelled', async () => {
    agent();
    show();
    await screen.findByTestId('sessions-list');
    await fireEvent.click(byId('session-end-3'));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(byId('session-end-3').textContent?.trim()).toBe('Sign out');
    await fireEvent.click(byId('session-end-3'));
    expect(sent('end_session')).toHaveLength(0);
  });

  it('signs all other devices out after the confirm step', async () => {
    agent({ end_other_sessions: { type: 'sessions', items: [SESSIONS[0]] } });
    show();
    await screen.findByTestId('sessions-list');
    await fireEvent.click(byId('sessions-end-others'));
    expect(sent('end_other_sessions')).toHaveLength(0);
    expect(screen.getByText('Sign out all 2 other devices?')).toBeTruthy();
    await fireEvent.click(byId('sessions-end-others'));
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(sent('end_other_sessions')).toEqual([{ type: 'end_other_sessions' }]);
    expect(screen.queryByTestId('sessions-end-others')).toBeNull();
  });

  it('states calmly that the server cannot list devices', async () => {
    agent({ list_sessions: { code: 'server', message: 'This server cannot list signed-in devices.' } });
    show();
    const note = await screen.findByTestId('sessions-unsupported');
    expect(note.textContent).toBe('This server cannot list signed-in devices.');
    expect(note.getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('sessions-error')).toBeNull();
  });

  it('shows another failure as an error to retry', async () => {
    let calls = 0;
    agent({
      list_sessions: () => {
        calls += 1;
        if (calls === 1) throw { code: 'unreachable', message: 'The server is unreachable.' };
        return { type: 'sessions', items: SESSIONS };
      },
    });
    show();
    const error = await screen.findByTestId('sessions-error');
    expect(error.getAttribute('role')).toBe('alert');
    await fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('sessions-list');
  });
});

describe('API access token', () => {
  const TOKEN = 'tok_8f2a9c1e7b3d';

  it('reveals the token with the password, and Hide forgets it', async () => {
    agent({ reveal_api_token: { type: 'secret', value: TOKEN } });
    show();
    await type('token-password', 'my password');
    await fireEvent.click(byId('token-reveal'));
    const value = await screen.findByTestId('token-value');
    expect(sent('reveal_api_token')).toEqual([{ type: 'reveal_api_token', password: 'my password' }]);
    expect((value as HTMLInputElement).value).toBe(TOKEN);
    expect((value as HTMLInputElement).readOnly).toBe(true);

    await fireEvent.click(byId('token-hide'));
    expect(screen.queryByTestId('token-value')).toBeNull();
    expect(document.body.innerHTML).not.toContain(TOKEN);
    // The password is not kept either.
    expect(byId('token-password').value).toBe('');
  });

  it('asks for the password before revealing', async () => {
    agent();
    show();
    await fireEvent.click(byId('token-reveal'));
    expect(sent('reveal_api_token')).toHaveLength(0);
    expect(screen.getByText('Enter your password to see the token.')).toBeTruthy();
    expect(document.activeElement).toBe(byId('token-password'));
  });

  it('shows a wrong password on the password field and keeps it', async () => {
    agent({ reveal_api_token: { code: 'invalid', message: 'That is not your password.', field: 'password' } });
    show();
    await type('token-password', 'nope');
    await fireEvent.click(byId('token-reveal'));
    const error = await screen.findByTestId('token-password-error');
    expect(error.textContent?.trim()).toBe('That is not your password.');
    expect(byId('token-password').value).toBe('nope');
    expect(screen.queryByTestId('token-value')).toBeNull();
  });

  it('resets only after the warning, and shows the new token', async () => {
    agent({ reset_api_token: { type: 'secret', value: 'tok_new' } });
    show();
    await fireEvent.click(byId('token-reset'));
    expect(screen.getByTestId('token-warning').textContent).toContain(
      'Apps and scripts using the current token stop working at once.',
    );
    expect(document.activeElement).toBe(byId('token-password'));
    await type('token-password', 'my password');
    expect(sent('reset_api_token')).toHaveLength(0);
    await fireEvent.click(byId('token-reset'));
    expect(((await screen.findByTestId('token-value')) as HTMLInputElement).value).toBe('tok_new');
    expect(sent('reset_api_token')).toEqual([{ type: 'reset_api_token', password: 'my password' }]);
    expect(screen.queryByTestId('token-warning')).toBeNull();
  });

  it('forgets the token when the section goes away', async () => {
    agent({ reveal_api_token: { type: 'secret', value: TOKEN } });
    const { view } = show();
    await type('token-password', 'my password');
    await fireEvent.click(byId('token-reveal'));
    await screen.findByTestId('token-value');
    view.unmount();
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });
});
