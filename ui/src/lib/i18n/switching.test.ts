// Changing the language re-renders what is on screen at once, and Arabic and Hebrew turn the
// window right to left.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { Event } from '../bindings';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
  onAgentEvent: vi.fn(),
}));

import { onAgentEvent, request } from '../agent';
import App from '../../App.svelte';
import SignIn from '../SignIn.svelte';
import Settings from '../sections/Settings.svelte';
import { EditTracker } from '../sections/edits.svelte';
import { documentLanguage } from '../sections/region';
import { answer, profile, state } from '../../test/fixtures';
import { agentStore } from '../agentStore.svelte';
import { given, signedIn } from '../../test/store';
import { i18n, setLocale } from './i18n.svelte';

const requestMock = vi.mocked(request);
const text = (testid: string) => screen.getByTestId(testid).textContent?.trim();
/** The role, as the Profile section's account facts show it. */
const role = () => screen.getByTestId('fact-role').querySelector('dd')?.textContent?.trim();

beforeEach(() => {
  requestMock.mockReset();
  agentStore.reset();
});

describe('switching the language', () => {
  it('re-renders the sign-in screen in each language', async () => {
    given({ server: null });
    render(SignIn);
    const title = () => screen.getByRole('heading', { level: 1 }).textContent;
    expect(title()).toBe('Sign in to Headset');
    expect(text('sign-in')).toBe('Sign in');

    await setLocale('de');
    await tick();
    expect(title()).toBe('Bei Headset anmelden');
    expect(text('sign-in')).toBe('Anmelden');
    expect(screen.getByLabelText('Serveradresse')).toBe(screen.getByTestId('server'));

    await setLocale('ja');
    await tick();
    expect(title()).toBe('Headset にサインイン');
    expect(text('use-token')).toBe('アクセストークンでサインインする');
  });

  it('re-renders the settings sidebar, the header and the sections', async () => {
    signedIn(
      { ...profile, display_name: 'Ada', role: 'administrator' },
      {
        custom_sound: 'ding.wav',
        volume: 100,
        network: {},
        launch_at_login: true,
        connection: { state: 'connected' },
        unread: 1234,
        pending_edits: 5,
      },
    );
    render(Settings, { tracker: new EditTracker() });
    expect(text('nav-region')).toBe('Language & region');
    expect(text('pending-edits')).toBe('5 changes waiting to sync');
    expect(text('unread')).toBe('1,234');

    await setLocale('de');
    await tick();
    expect(text('nav-region')).toBe('Sprache & Region');
    expect(text('nav-security')).toBe('Sicherheit');
    expect(text('nav-network')).toBe('Verbindung');
    expect(text('pending-edits')).toBe('5 Änderungen warten auf Synchronisierung');
    expect(role()).toBe('Administrator');
    expect(screen.getByTestId('profile-menu-button').getAttribute('aria-label')).toBe('Kontomenü');
    expect(text('connection')).toBe('Verbunden');
    expect(text('unread')).toBe('1.234');
    expect(screen.getByRole('navigation').getAttribute('aria-label')).toBe('Einstellungen');

    await setLocale('ja');
    await tick();
    expect(text('nav-region')).toBe('言語と地域');
    expect(text('pending-edits')).toBe('5 件の変更が同期待ちです');
    expect(role()).toBe('管理者');
    // The sound's name keeps its own direction inside the translated sentence.
    const name = screen.getByText('ding.wav', { selector: 'span[dir="auto"]' });
    expect(name.parentElement?.textContent?.trim()).toBe('このコンピューターでは、音色の代わりに ding.wav を再生します。');
  });

  it('gives Arabic and Hebrew a right-to-left document', () => {
    expect(documentLanguage('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(documentLanguage('he')).toEqual({ lang: 'he', dir: 'rtl' });
    expect(documentLanguage('zh_TW')).toEqual({ lang: 'zh-TW', dir: 'ltr' });
    expect(documentLanguage('de')).toEqual({ lang: 'de', dir: 'ltr' });
  });
});

describe('the window follows the profile’s language', () => {
  let push: (event: Event) => void;
  beforeEach(() => {
    vi.mocked(onAgentEvent).mockReset().mockImplementation(async (handler) => {
      push = handler;
      return () => {};
    });
  });

  it('switches at once when a saved language comes back in the agent’s state', async () => {
    requestMock.mockResolvedValueOnce(answer(state({ profile: { ...profile, locale: 'de' } })));
    render(App);
    await vi.waitFor(() => expect(text('nav-profile')).toBe('Profil'));
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Headset-Einstellungen');

    // The agent chooses Hebrew in "Language & region" and saves.
    await fireEvent.click(screen.getByTestId('nav-region'));
    requestMock.mockResolvedValueOnce({ type: 'edit_queued', id: 1 });
    await fireEvent.change(screen.getByTestId('field-locale'), { target: { value: 'he' } });
    await fireEvent.click(screen.getByTestId('save-region'));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'edit', edit: { type: 'locale', locale: 'he' } });
    push({ type: 'edit', id: 1, status: { status: 'saved' } });
    push({ type: 'state', state: state({ profile: { ...profile, locale: 'he' } }) });

    await vi.waitFor(() => expect(text('nav-profile')).toBe('פרופיל'));
    expect(document.documentElement.lang).toBe('he');
    expect(document.documentElement.dir).toBe('rtl');
    expect(text('status-region')).toBe('הפרופיל שלך עודכן בהצלחה');
    expect(document.title).toBe('ההגדרות של Headset');

    // "Account default" (null): the browser's language, English here.
    push({ type: 'state', state: state({ profile: { ...profile, locale: null } }) });
    await vi.waitFor(() => expect(text('nav-profile')).toBe('Profile'));
    expect(i18n.locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('uses the browser’s language before sign-in', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'en']);
    try {
      requestMock.mockResolvedValueOnce(answer(state()));
      render(App);
      await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('تسجيل الدخول إلى Headset'));
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe('ar');
    } finally {
      languages.mockRestore();
    }
  });
});
