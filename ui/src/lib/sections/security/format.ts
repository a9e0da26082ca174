// Words and dates for the Security section.
import type { Response, SessionInfo } from '../../bindings';
import { toIpcError } from '../../agent';
import { i18n, t } from '../../i18n/i18n.svelte';

/** The answer of the expected kind, or an error fit to show. */
export function answerOf<T extends Response['type']>(response: Response | undefined, type: T): Extract<Response, { type: T }> {
  if (response?.type !== type) throw toIpcError(null);
  return response as Extract<Response, { type: T }>;
}

const PROVIDERS: Record<string, string> = {
  google: 'Google',
  google_oauth2: 'Google',
  microsoft: 'Microsoft',
  azure: 'Microsoft',
  azure_ad: 'Microsoft',
  office365: 'Microsoft',
  apple: 'Apple',
  github: 'GitHub',
  okta: 'Okta',
};
/** Providers named by words (a message) rather than a brand. */
const SINGLE_SIGN_ON = new Set(['saml', 'oidc']);

/** Who manages a password when it is not the email account's: "Google", "Okta". */
export function providerName(provider: string): string {
  const key = provider.toLowerCase();
  if (SINGLE_SIGN_ON.has(key)) return t('password-provider-sso');
  const known = PROVIDERS[key];
  if (known) return known;
  const words = provider.replace(/[_-]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : t('password-provider-unknown');
}

/** An authenticator secret in blocks of four characters, easier to type. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** The interface language, as Intl wants it. */
const locale = () => i18n.intl;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const parse = (iso: string | null | undefined) => {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
};

/** "5 minutes ago", "yesterday", "now"; null for a missing or unreadable date. */
export function relativeTime(iso: string | null | undefined, now = Date.now(), lang = locale()): string | null {
  const time = parse(iso);
  if (time === null) return null;
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time, for a title. */
export function fullDate(iso: string | null | undefined, lang = locale()): string | null {
  const time = parse(iso);
  if (time === null) return null;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(time);
}

/** The session's platform and device, for its second line. */
export function sessionDetails(session: SessionInfo): string {
  return [session.platform, session.device].filter((part) => part && part.trim()).join(' · ');
}

/** Where the session is: the place the server knows, else its IP address. */
export function sessionPlace(session: SessionInfo): string | null {
  return session.place?.trim() || session.ip_address?.trim() || null;
}
