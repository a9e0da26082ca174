import { describe, expect, it } from 'vitest';
import { answerOf, fullDate, groupSecret, providerName, relativeTime, sessionDetails, sessionPlace } from './format';
import { qrCode } from './qr';
import { fallbackMessage } from '../../agent';

const NOW = Date.parse('2025-03-10T12:00:00Z');

describe('format', () => {
  it('names the identity provider', () => {
    expect(providerName('google')).toBe('Google');
    expect(providerName('saml')).toBe('your organisation’s single sign-on');
    expect(providerName('keycloak')).toBe('Keycloak');
  });

  it('groups a secret in blocks of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });

  it('says how long ago, in the given language', () => {
    expect(relativeTime('2025-03-10T11:55:00Z', NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime('2025-03-10T11:59:50Z', NOW, 'en')).toBe('now');
    expect(relativeTime('2025-03-09T12:00:00Z', NOW, 'en')).toBe('yesterday');
    expect(relativeTime('2025-02-24T12:00:00Z', NOW, 'en')).toBe('2 weeks ago');
    expect(relativeTime('2025-01-09T12:00:00Z', NOW, 'en')).toBe('2 months ago');
    expect(relativeTime('2025-03-10T09:00:00Z', NOW, 'de')).toBe('vor 3 Stunden');
    expect(relativeTime(null, NOW)).toBeNull();
    expect(relativeTime('not a date', NOW)).toBeNull();
    expect(fullDate('2025-03-10T11:55:00Z', 'en')).toContain('2025');
  });

  it('describes a session', () => {
    const session = {
      id: 1,
      app: 'Firefox 133',
      device: null,
      platform: 'macOS 15',
      ip_address: '203.0.113.9',
      place: null,
      last_active_at: null,
      created_at: null,
      current: false,
    };
    expect(sessionDetails(session)).toBe('macOS 15');
    expect(sessionDetails({ ...session, device: 'MacBook' })).toBe('macOS 15 · MacBook');
    expect(sessionPlace(session)).toBe('203.0.113.9');
    expect(sessionPlace({ ...session, place: 'Warsaw, Poland' })).toBe('Warsaw, Poland');
  });

  it('checks the kind of an answer', () => {
    expect(answerOf({ type: 'secret', value: 'x' }, 'secret').value).toBe('x');
    expect(() => answerOf({ type: 'done' }, 'secret')).toThrow();
    try {
      answerOf(undefined, 'secret');
    } catch (e) {
      expect(e).toMatchObject({ message: fallbackMessage() });
    }
  });
});

describe('qrCode', () => {
  it('draws the modules of a QR code, finder patterns included', () => {
    const { size, runs } = qrCode('otpauth://totp/Headset:ada@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Headset');
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    // The three finder patterns start with a full row of 7 dark modules.
    expect(runs).toContainEqual({ x: 0, y: 0, width: 7 });
    expect(runs).toContainEqual({ x: size - 7, y: 0, width: 7 });
    expect(runs).toContainEqual({ x: 0, y: size - 7, width: 7 });
    for (const run of runs) {
      expect(run.x + run.width).toBeLessThanOrEqual(size);
      expect(run.y).toBeLessThan(size);
    }
  });

  it('encodes text beyond ASCII and differs with the text', () => {
    expect(() => qrCode('otpauth://totp/Zoë?secret=ABC')).not.toThrow();
    expect(qrCode('a').runs).not.toEqual(qrCode('b').runs);
  });
});
