// The interface's words, in the agent's language: Project Fluent messages from the
// repository's locales/<code>.ftl, the files the agent's own words (tray, notifications,
// errors) come from too. English is bundled with the app; every other language is its
// own chunk, fetched the first time it is chosen. Until it has come, and for any message
// it lacks, the English words are shown.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LOCALES } from '../bindings';
import englishSource from '../../../../locales/en.ftl?raw';

/** A Chatwoot locale code the interface is translated into (`en`, `zh_TW`, …). */
export type Locale = (typeof LOCALES)[number];
/** Values for a message's `{ $variables }`. */
export type Args = Record<string, string | number>;

export const DEFAULT_LOCALE: Locale = 'en';

/** Where a language's messages come from: its code → its text, when asked. */
export type Sources = Record<string, () => Promise<string>>;

/** `{ 'path/to/de.ftl': x }` → `{ de: x }`. */
export const byLocale = <T>(files: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(files).map(([path, value]) => [path.replace(/^.*\/|\.ftl$/g, ''), value]));

// Every language but English, each loaded on demand as its own chunk.
const SOURCES: Sources = byLocale(
  import.meta.glob<string>(['../../../../locales/*.ftl', '!../../../../locales/en.ftl'], {
    query: '?raw',
    import: 'default',
  }),
);

/** The BCP 47 form of a Chatwoot locale code, for Intl and `lang`: `zh_TW` → `zh-TW`. */
export const bcp47 = (locale: string) => locale.replaceAll('_', '-');

/** A bundle of one language's messages, and what went wrong reading them. */
export function makeBundle(locale: string, source: string): { bundle: FluentBundle; errors: Error[] } {
  // No bidi isolation marks around placeables: the markup isolates user content instead.
  const bundle = new FluentBundle(bcp47(locale), { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  return { bundle, errors };
}

const english = makeBundle(DEFAULT_LOCALE, englishSource).bundle;

const CODES: readonly Locale[] = LOCALES;

/**
 * The language of the interface for a language tag, or null when it is none of them:
 * the same code (`pt`, `zh_TW`, `zh-tw`), else the same language (`pt_BR` → `pt`,
 * `de-AT` → `de`, `zh-Hant-HK` → `zh_TW`, `zh` → `zh_CN`).
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const text = tag?.trim().replaceAll('-', '_').toLowerCase();
  if (!text) return null;
  const exact = CODES.find((code) => code.toLowerCase() === text);
  if (exact) return exact;
  const [language, ...rest] = text.split('_');
  if (language === 'zh') {
    return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh_TW' : 'zh_CN';
  }
  // Old codes some systems still report.
  const renamed: Record<string, Locale> = { iw: 'he', in: 'id' };
  return renamed[language] ?? CODES.find((code) => code === language) ?? null;
}

/** The languages this computer prefers, first first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/**
 * The interface language: the profile's (`null` is the account's default), else the
 * first of the browser's languages that Headset speaks, else English.
 */
export function chooseLocale(
  profileLocale: string | null | undefined,
  browser: readonly string[] = browserLanguages(),
): Locale {
  for (const tag of [profileLocale, ...browser]) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

export class I18n {
  /** The chosen language. */
  #locale = $state<Locale>(DEFAULT_LOCALE);
  /** The languages loaded so far. Replaced whole, so reading it tracks every change. */
  #bundles = $state.raw<Partial<Record<Locale, FluentBundle>>>({ en: english });
  #loading = new Map<Locale, Promise<void>>();
  #sources: Sources;

  /** `sources`: the languages' messages (tests give their own). */
  constructor(locale: Locale = DEFAULT_LOCALE, sources: Sources = SOURCES) {
    this.#sources = sources;
    this.#locale = locale;
    // Fetch the language at once, so the screen is not English for long.
    void this.load(locale);
  }

  /** The chosen language (its words may still be on their way). */
  get locale(): Locale {
    return this.#locale;
  }

  /** The language whose words are on screen: the chosen one once loaded, else English. */
  get shown(): Locale {
    return this.#bundles[this.#locale] ? this.#locale : DEFAULT_LOCALE;
  }

  /** The chosen language as Intl wants it (`zh-TW`). */
  get intl(): string {
    return bcp47(this.#locale);
  }

  /** Chooses the language; resolves once its words are loaded (at once for English). */
  set(locale: Locale): Promise<void> {
    if (locale !== this.#locale) this.#locale = locale;
    return this.load(locale);
  }

  /** Loads a language's messages, once. */
  load(locale: Locale): Promise<void> {
    if (this.#bundles[locale]) return Promise.resolve();
    let pending = this.#loading.get(locale);
    if (!pending) {
      const loader = this.#sources[locale];
      pending = (loader ? loader() : Promise.reject(new Error(`No messages for ${locale}`)))
        .then((source) => {
          const { bundle, errors } = makeBundle(locale, source);
          for (const error of errors) console.warn(`${locale}.ftl: ${error.message}`);
          this.#bundles = { ...this.#bundles, [locale]: bundle };
        })
        .catch((error: unknown) => {
          // English stays on screen; a later choice of the same language tries again.
          this.#loading.delete(locale);
          console.warn(`Could not load ${locale}:`, error);
        });
      this.#loading.set(locale, pending);
    }
    return pending;
  }

  /**
   * The words of message `id` (or of its attribute: `id.attribute`) in the chosen
   * language, English when that language lacks it or has not loaded yet.
   */
  t(id: string, args?: Args | Record<string, FluentVariable>): string {
    const bundle = this.#bundles[this.#locale];
    return (bundle && format(bundle, id, args)) ?? format(english, id, args) ?? id;
  }
}

function format(bundle: FluentBundle, id: string, args?: Args | Record<string, FluentVariable>): string | null {
  const dot = id.indexOf('.');
  const message = bundle.getMessage(dot < 0 ? id : id.slice(0, dot));
  if (!message) return null;
  const pattern = dot < 0 ? message.value : message.attributes[id.slice(dot + 1)];
  if (!pattern) return null;
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args as Record<string, FluentVariable> | undefined, errors);
  if (errors.length) console.warn(`${id}: ${errors.map((e) => e.message).join('; ')}`);
  return text;
}

/** The one store of the window's language: the browser's until the App knows the profile's. */
export const i18n = new I18n(chooseLocale(null));

/** The words of a message in the interface language; reactive in markup and `$derived`. */
export const t = (id: string, args?: Args): string => i18n.t(id, args);

/** Chooses the interface language (the App does it from the profile). */
export const setLocale = (locale: Locale): Promise<void> => i18n.set(locale);

/** One piece of a message: its own words, or the value of one of its variables. */
export type Part = { text: string; arg?: string };

/** A number that selects plurals by its value but is written as a mark (for tParts). */
class MarkedNumber extends FluentNumber {
  constructor(
    value: number,
    private mark: string,
  ) {
    super(value);
  }

  toString(): string {
    return this.mark;
  }
}

/**
 * A message cut where the variables named in `marked` stand, so markup can wrap their
 * values (a name isolated with `dir="auto"`, a date in <time>, a field in a sentence)
 * without building the sentence from pieces: the translation still decides the word
 * order. A marked number still chooses the plural form.
 */
export function tParts(id: string, args: Args, marked: readonly string[]): Part[] {
  const withMarks: Record<string, FluentVariable> = { ...args };
  marked.forEach((name, i) => {
    const mark = `\uE000${i}\uE001`;
    const value = args[name];
    withMarks[name] = typeof value === 'number' ? new MarkedNumber(value, mark) : mark;
  });
  const parts: Part[] = [];
  const pattern = /\uE000(\d+)\uE001/g;
  const text = i18n.t(id, withMarks);
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    const name = marked[Number(match[1])];
    parts.push({ text: String(args[name] ?? ''), arg: name });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** A number written the interface language's way. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(i18n.intl, options).format(value);

/**
 * A date (and time) written the interface language's way. A time zone the engine does not
 * know (a setting from a newer server) falls back to this computer's.
 */
export function formatDate(value: Date | number, options: Intl.DateTimeFormatOptions = {}): string {
  try {
    return new Intl.DateTimeFormat(i18n.intl, options).format(value);
  } catch (error) {
    if (!(error instanceof RangeError) || !options.timeZone) throw error;
    const { timeZone: _unknown, ...rest } = options;
    return new Intl.DateTimeFormat(i18n.intl, rest).format(value);
  }
}

/** Items joined the interface language's way: "a, b and c". */
export const formatList = (items: readonly string[], options?: Intl.ListFormatOptions): string =>
  new Intl.ListFormat(i18n.intl, options).format(items);
