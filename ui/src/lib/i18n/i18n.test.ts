// The language store: which language is chosen, what is shown while it loads, plurals and
// numbers in the chosen language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18n, bcp47, chooseLocale, formatNumber, i18n, matchLocale, setLocale, t, tParts } from './i18n.svelte';

afterEach(() => setLocale('en'));

describe('choosing the language', () => {
  it('takes the profile’s language, else the browser’s first known one, else English', () => {
    expect(chooseLocale('de', ['fr-FR'])).toBe('de');
    expect(chooseLocale(null, ['fr-FR', 'de'])).toBe('fr');
    expect(chooseLocale(null, ['fa-IR', 'nl', 'ja-JP'])).toBe('ja');
    expect(chooseLocale(null, ['fa-IR'])).toBe('en');
    expect(chooseLocale(null, [])).toBe('en');
    // A profile code Headset has no words for falls to the browser's language.
    expect(chooseLocale('fa', ['ko-KR'])).toBe('ko');
  });

  it('matches regional and script variants to the 18 languages', () => {
    expect(matchLocale('pt_BR')).toBe('pt');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('zh_TW')).toBe('zh_TW');
    expect(matchLocale('zh-tw')).toBe('zh_TW');
    expect(matchLocale('zh-Hant-HK')).toBe('zh_TW');
    expect(matchLocale('zh-CN')).toBe('zh_CN');
    expect(matchLocale('zh')).toBe('zh_CN');
    expect(matchLocale('iw')).toBe('he');
    expect(matchLocale('ar-EG')).toBe('ar');
    expect(matchLocale('nl')).toBeNull();
    expect(matchLocale(null)).toBeNull();
  });

  it('tests run in English: jsdom’s browser language is en-US', () => {
    expect(navigator.language).toBe('en-US');
    expect(i18n.locale).toBe('en');
    expect(t('signin-title')).toBe('Sign in to Headset');
  });

  it('names the locale the BCP 47 way for Intl', () => {
    expect(bcp47('zh_TW')).toBe('zh-TW');
    expect(bcp47('en')).toBe('en');
  });
});

describe('loading a language', () => {
  it('shows English while the language loads, then its own words', async () => {
    const loading = setLocale('de');
    expect(i18n.locale).toBe('de');
    expect(t('form-save')).toBe('Save');
    await loading;
    expect(i18n.shown).toBe('de');
    expect(t('form-save')).toBe('Speichern');
    expect(t('profile-job-title.placeholder')).toBe('Support-Leitung');
  });

  it('falls back to English for a message the language lacks', async () => {
    const store = new I18n('en', { de: async () => 'form-save = Speichern\n' });
    await store.set('de');
    expect(store.t('form-save')).toBe('Speichern');
    expect(store.t('form-saved')).toBe('Your profile has been updated successfully');
    expect(store.t('no-such-message')).toBe('no-such-message');
  });

  it('keeps English when a language cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = new I18n('en', {});
    await store.set('fr');
    expect(warn).toHaveBeenCalledWith('Could not load fr:', expect.any(Error));
    warn.mockRestore();
    expect(store.locale).toBe('fr');
    expect(store.shown).toBe('en');
    expect(store.t('form-save')).toBe('Save');
  });

  it('puts no invisible bidi marks around values', async () => {
    await setLocale('ar');
    const text = t('team-now-administrator', { name: 'Ada' });
    expect(text).toContain('Ada');
    expect(text).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
  });

  it('cuts a message where a value goes, in the language’s own order', async () => {
    expect(tParts('notifications-custom-sound-plays', { name: 'ding.wav' }, ['name'])).toEqual([
      { text: 'Plays ' },
      { text: 'ding.wav', arg: 'name' },
      { text: ' on this computer instead of the tone.' },
    ]);
    await setLocale('ko');
    expect(tParts('notifications-custom-sound-plays', { name: 'ding.wav' }, ['name'])).toEqual([
      { text: '이 컴퓨터에서는 알림음 대신 ' },
      { text: 'ding.wav', arg: 'name' },
      { text: '을(를) 재생합니다.' },
    ]);
  });

  it('still chooses the plural by a number it cuts out', async () => {
    expect(tParts('away-idle', { minutes: 1 }, ['minutes'])).toEqual([
      { text: 'Also when I am idle for ' },
      { text: '1', arg: 'minutes' },
      { text: ' minute' },
    ]);
    expect(tParts('away-idle', { minutes: 5 }, ['minutes']).at(-1)).toEqual({ text: ' minutes' });
    await setLocale('ru');
    expect(tParts('away-idle', { minutes: 5 }, ['minutes']).at(-1)).toEqual({ text: ' минут' });
    expect(tParts('away-idle', { minutes: 2 }, ['minutes']).at(-1)).toEqual({ text: ' минуты' });
  });
});

describe('plurals and numbers', () => {
  it('English: one and other', () => {
    expect(t('settings-pending-edits', { count: 1 })).toBe('1 change waiting to sync');
    expect(t('settings-pending-edits', { count: 5 })).toBe('5 changes waiting to sync');
    expect(t('sessions-ask-others', { count: 1 })).toBe('Sign out the other device?');
    expect(t('sessions-ask-others', { count: 5 })).toBe('Sign out all 5 other devices?');
  });

  it('Russian: one, few and many', async () => {
    await setLocale('ru');
    expect(t('settings-pending-edits', { count: 1 })).toBe('1 изменение ждёт синхронизации');
    expect(t('settings-pending-edits', { count: 3 })).toBe('3 изменения ждут синхронизации');
    expect(t('settings-pending-edits', { count: 5 })).toBe('5 изменений ждут синхронизации');
    expect(t('settings-pending-edits', { count: 21 })).toBe('21 изменение ждёт синхронизации');
    expect(t('region-timezone-count', { count: 5 })).toBe('5 часовых поясов');
  });

  it('Arabic: one, two, few and many', async () => {
    await setLocale('ar');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(t('settings-pending-edits', { count: 1 })).toBe('تغيير واحد بانتظار المزامنة');
    expect(t('settings-pending-edits', { count: 2 })).toBe('تغييران بانتظار المزامنة');
    expect(t('settings-pending-edits', { count: 5 })).toBe(`${n(5)} تغييرات بانتظار المزامنة`);
    expect(t('settings-pending-edits', { count: 11 })).toBe(`${n(11)} تغييرًا بانتظار المزامنة`);
  });

  it('Hebrew: one, two and other', async () => {
    await setLocale('he');
    expect(t('sessions-ask-others', { count: 1 })).toBe('לנתק את המכשיר האחר?');
    expect(t('sessions-ask-others', { count: 2 })).toBe('לנתק את שני המכשירים האחרים?');
    expect(t('sessions-ask-others', { count: 5 })).toBe('לנתק את כל 5 המכשירים האחרים?');
  });

  it('writes numbers the chosen language’s way', async () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    await setLocale('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(t('region-timezone-count', { count: 1234 })).toBe('1.234 Zeitzonen');
  });
});
