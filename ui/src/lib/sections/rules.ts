// The checks the agent and server make, repeated here so a mistake shows before sending.
import { t } from '../i18n/i18n.svelte';

export const TITLE_MAX = 100;
export const ABOUT_MAX = 500;
export const NAME_MAX = 255;

/** A phone number in the format asked for, in hints and placeholders. */
export const PHONE_EXAMPLE = '+48 600 700 800';

/** `+`, then 7 to 15 digits; spaces, dots, dashes and brackets allowed. Empty clears. */
export function phoneError(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '').length;
  if (!text.startsWith('+') || !/^[\d .\-()+]+$/.test(text) || digits < 7 || digits > 15) {
    return t('rules-phone', { example: PHONE_EXAMPLE });
  }
  return undefined;
}

/** An https:// address with a host (the server's rule); empty removes the link. */
export function httpsError(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || !url.hostname) {
    return t('rules-https', { address: text });
  }
  return undefined;
}

export function lengthError(input: string, max: number): string | undefined {
  const count = [...input].length;
  return count > max ? t('rules-length', { max, count }) : undefined;
}

/** Minutes without keyboard or mouse before the agent counts as away (`away.idle_minutes`). */
export const IDLE_MIN = 1;
export const IDLE_MAX = 480;
/** What the field offers when idle watching is switched on. */
export const IDLE_DEFAULT = 10;

/** A whole number of minutes from IDLE_MIN to IDLE_MAX (the agent's rule). */
export function idleMinutesError(input: string): string | undefined {
  const text = input.trim();
  if (!/^\d+$/.test(text) || Number(text) < IDLE_MIN || Number(text) > IDLE_MAX) {
    return t('rules-idle-minutes', { min: IDLE_MIN, max: IDLE_MAX });
  }
  return undefined;
}
