// The rules for channel preferences, as crates/headset-model/src/settings.rs has them.
import type { ChannelPref } from '../../bindings';
import { t } from '../../i18n/i18n.svelte';

/** `CAPACITY_MAX`: the server refuses a larger capacity. */
export const CAPACITY_MAX = 50;

/**
 * What an inbox without a saved preference means: taken, with no limit. settings.rs keeps
 * no default for it (an absent entry is simply not there), so this is the UI's reading.
 */
export const DEFAULT_PREF: ChannelPref = { enabled: true, capacity: 0 };

/** `Channel::WebWidget` → `WebWidget`. */
export const channelType = (type: string) => type.replace(/^Channel::/, '');

/** A whole number from 0 to CAPACITY_MAX (the server's rule: "must be between 0 and 50"). */
export function capacityError(text: string): string | undefined {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) > CAPACITY_MAX) {
    return t('channels-capacity-error', { min: 0, max: CAPACITY_MAX });
  }
  return undefined;
}
