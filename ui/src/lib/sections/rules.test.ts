import { describe, expect, it } from 'vitest';
import { httpsError, idleMinutesError, phoneError } from './rules';
import { FALLBACK_TIME_ZONES, currencies, documentLanguage, timeZones } from './region';
import { localField } from './edits.svelte';

describe('settings rules', () => {
  it('accepts https addresses with a host only', () => {
    expect(httpsError('https://github.com/ada')).toBeUndefined();
    expect(httpsError('')).toBeUndefined();
    expect(httpsError('http://github.com/ada')).toBeTruthy();
    expect(httpsError('https://')).toBeTruthy();
    expect(httpsError('github.com/ada')).toBeTruthy();
  });

  it('checks phone numbers as the agent does', () => {
    expect(phoneError('+48 600-700 (800)')).toBeUndefined();
    expect(phoneError('  ')).toBeUndefined();
    expect(phoneError('600700800')).toBeTruthy();
    expect(phoneError('+12')).toBeTruthy();
    expect(phoneError('+48 600 700 800 ext')).toBeTruthy();
  });

  it('takes idle minutes from 1 to 480', () => {
    expect(idleMinutesError('1')).toBeUndefined();
    expect(idleMinutesError(' 480 ')).toBeUndefined();
    expect(idleMinutesError('0')).toBe('Enter a whole number of minutes from 1 to 480.');
    expect(idleMinutesError('481')).toBeTruthy();
    expect(idleMinutesError('2.5')).toBeTruthy();
    expect(idleMinutesError('')).toBeTruthy();
  });

  it('maps the agent’s field names to the form’s', () => {
    expect(localField('ui_settings.headset.social_links.github')).toBe('github');
    expect(localField('ui_settings.headset.currency')).toBe('currency');
    expect(localField('ui_settings.headset.audio.alerts')).toBe('alerts');
    expect(localField('ui_settings.headset.away.idle_minutes')).toBe('idle_minutes');
    expect(localField('ui_settings.locale')).toBe('locale');
    expect(localField('phone_number')).toBe('phone_number');
  });

  it('sets the direction for right-to-left languages', () => {
    expect(documentLanguage('he')).toEqual({ lang: 'he', dir: 'rtl' });
    expect(documentLanguage('zh_CN')).toEqual({ lang: 'zh-CN', dir: 'ltr' });
    expect(documentLanguage(null)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('falls back to a list of time zones when the engine has none', () => {
    expect(timeZones({} as typeof Intl)).toBe(FALLBACK_TIME_ZONES);
    expect(timeZones()).toContain('Europe/Warsaw');
    expect(currencies('en').find((c) => c.code === 'EUR')?.label).toBe('EUR — Euro');
  });
});
