// Languages, time zones and currencies offered in "Language & region".

import { LOCALES as CODES } from '../bindings';

type Locale = (typeof CODES)[number];

// Each language named in itself. The codes come from the Rust side (the same list the
// agent validates), and the type makes a missing or extra name a compile error.
const NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
  my: 'မြန်မာဘာသာ',
  th: 'ไทย',
  zh_TW: '繁體中文',
  zh_CN: '简体中文',
  it: 'Italiano',
  de: 'Deutsch',
  ru: 'Русский',
  fr: 'Français',
  ja: '日本語',
  id: 'Bahasa Indonesia',
  tr: 'Türkçe',
  ko: '한국어',
  vi: 'Tiếng Việt',
  he: 'עברית',
};

/** The 18 languages of the seed products, in the seed's order, each in its own name. */
export const LOCALES: readonly { code: Locale; name: string }[] = CODES.map((code) => ({
  code,
  name: NAMES[code],
}));

const RTL = new Set(['ar', 'he']);

/** The document's `lang` and `dir` for a Chatwoot locale (`zh_TW` → `zh-TW`). */
export function documentLanguage(locale: string | null | undefined): { lang: string; dir: 'ltr' | 'rtl' } {
  if (!locale) return { lang: 'en', dir: 'ltr' };
  return { lang: locale.replace('_', '-'), dir: RTL.has(locale) ? 'rtl' : 'ltr' };
}

/** Used when the engine cannot list its time zones. */
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'UTC',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'America/Anchorage',
  'America/Argentina/Buenos_Aires',
  'America/Bogota',
  'America/Chicago',
  'America/Denver',
  'America/Halifax',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Phoenix',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Toronto',
  'Asia/Bangkok',
  'Asia/Dhaka',
  'Asia/Dubai',
  'Asia/Hong_Kong',
  'Asia/Jakarta',
  'Asia/Jerusalem',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Manila',
  'Asia/Riyadh',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Taipei',
  'Asia/Tehran',
  'Asia/Tokyo',
  'Atlantic/Reykjavik',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Perth',
  'Australia/Sydney',
  'Europe/Amsterdam',
  'Europe/Athens',
  'Europe/Berlin',
  'Europe/Dublin',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Moscow',
  'Europe/Paris',
  'Europe/Rome',
  'Europe/Stockholm',
  'Europe/Warsaw',
  'Europe/Zurich',
  'Pacific/Auckland',
  'Pacific/Honolulu',
];

type IntlWithZones = typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };

/** The IANA time zones this engine knows, or a fallback list. */
export function timeZones(intl: IntlWithZones = Intl): readonly string[] {
  try {
    const zones = intl.supportedValuesOf?.('timeZone');
    if (zones && zones.length > 0) return zones;
  } catch {
    // Older engines throw on unknown keys.
  }
  return FALLBACK_TIME_ZONES;
}

/** The time zone this computer is set to, when the engine says. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** `Europe/Warsaw` → `Europe / Warsaw`, `America/Argentina/Buenos_Aires` → `… / Buenos Aires`. */
export const zoneLabel = (zone: string) => zone.replaceAll('_', ' ').replaceAll('/', ' / ');

/** Commonly used ISO 4217 codes (all in the agent's list). */
export const CURRENCY_CODES: readonly string[] = [
  'AED', 'ARS', 'AUD', 'BGN', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EGP',
  'EUR', 'GBP', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'ISK', 'JPY', 'KES', 'KRW', 'MAD', 'MXN',
  'MYR', 'NGN', 'NOK', 'NZD', 'PEN', 'PHP', 'PKR', 'PLN', 'RON', 'RSD', 'RUB', 'SAR', 'SEK',
  'SGD', 'THB', 'TRY', 'TWD', 'UAH', 'USD', 'VND', 'ZAR',
];

/** Each code with its name (`EUR — Euro`) when the engine can name it. */
export function currencies(language?: string): { code: string; label: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(language ? [language, 'en'] : undefined, { type: 'currency' });
  } catch {
    names = null;
  }
  return CURRENCY_CODES.map((code) => {
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      name = undefined;
    }
    return { code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}
