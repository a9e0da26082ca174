// Words and order for the Diagnostics section.
import type { DecisionRecord, Reason } from '../../bindings';
import { formatDate, t } from '../../i18n/i18n.svelte';

/** The checks the agent makes (`Check.name`), each labelled by `health-check-<name>`. */
export const CHECKS = ['server', 'realtime', 'keychain', 'notifications', 'audio', 'do_not_disturb'] as const;

/** A check's name in words; a check this window does not know keeps the agent's name. */
export function checkLabel(name: string): string {
  return (CHECKS as readonly string[]).includes(name) ? t(`health-check-${name.replaceAll('_', '-')}`) : name;
}

/** Every reason the agent gives, each explained by `decisions-reason-<reason>`. */
export const REASONS: readonly Reason[] = [
  'alert',
  'own_message',
  'not_selected',
  'not_incoming',
  'pending_conversation',
  'flag_off',
  'not_notifiable',
  'offline',
  'busy',
  'snoozed',
  'os_dnd',
  'outside_hours',
  'throttled',
  'digest',
  'counted',
  'already_alerted',
];

/** Why a part of a decision came out as it did, in words (an unknown reason as it is). */
export function reasonText(reason: string): string {
  return (REASONS as readonly string[]).includes(reason) ? t(`decisions-reason-${reason.replaceAll('_', '-')}`) : reason;
}

/** Neither a notification nor a sound. */
export const heldBack = (d: DecisionRecord) => !d.notify.yes && !d.sound.yes;

/**
 * The decisions, newest first. The agent keeps them oldest first; an unreadable time
 * goes last, and of two at the same time the later in the log comes first.
 */
export function newestFirst(items: readonly DecisionRecord[]): DecisionRecord[] {
  const time = (d: DecisionRecord) => {
    const at = Date.parse(d.at);
    return Number.isNaN(at) ? -Infinity : at;
  };
  return items
    .map((item, index) => ({ item, index, at: time(item) }))
    .sort((a, b) => (a.at === b.at ? b.index - a.index : b.at > a.at ? 1 : -1))
    .map(({ item }) => item);
}

/** When it was decided, with seconds (sounds are throttled by the second). */
export function decisionTime(at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at;
  return formatDate(time, { dateStyle: 'medium', timeStyle: 'medium' });
}
