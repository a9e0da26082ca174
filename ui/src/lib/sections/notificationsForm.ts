// The synced notification settings as one form: the sound rules and the frequency of
// `ui_settings.headset`, and the account's email and push flags. The section makes it,
// `SyncedNotifications` edits it, and `ComputerSound` tests the tone it has chosen.
import { NOTIFICATION_KINDS, type Edit, type NotificationFrequency, type Tone } from '../bindings';
import { agentStore } from '../agentStore.svelte';
import { EditForm, type EditTracker } from './edits.svelte';

/** What Chatwoot notifies about; each kind has an `email_` and a `push_` flag. */
export const KINDS = NOTIFICATION_KINDS.map((kind) => ({ kind }));
export const CHANNELS = [{ channel: 'email' }, { channel: 'push' }] as const;
export type Channel = (typeof CHANNELS)[number]['channel'];

/** A channel's flags in the table's order, so the same choice always compares equal. */
export const ordered = (channel: Channel, selected: readonly string[]) =>
  KINDS.map((k) => `${channel}_${k.kind}`).filter((f) => selected.includes(f));

/** `mine` is Chatwoot's older spelling of `assigned`; nothing saved means no sound. */
export const alertsOf = (value: string | undefined) => (!value ? 'none' : value === 'mine' ? 'assigned' : value);

export type NotificationValues = {
  alerts: string;
  tone: Tone;
  repeat_while_unread: boolean;
  notification_frequency: NotificationFrequency;
  email: string[];
  push: string[];
};

/** The form's fields, and the flags' names in the server's errors. */
export const NOTIFICATION_FIELDS = [
  'alerts',
  'tone',
  'repeat_while_unread',
  'notification_frequency',
  'email',
  'push',
  'selected_email_flags',
  'selected_push_flags',
];
const AUDIO = ['alerts', 'tone', 'repeat_while_unread'] as const;

/** The form over the signed-in profile's settings and flags, as the agent's state has them. */
export function notificationsForm(tracker: () => EditTracker): EditForm<NotificationValues> {
  return new EditForm<NotificationValues>({
    tracker,
    base: () => {
      const { profile, flags } = saved();
      return {
        alerts: alertsOf(profile.headset.audio?.alerts),
        tone: profile.headset.audio?.tone ?? 'ding',
        repeat_while_unread: profile.headset.audio?.repeat_while_unread ?? false,
        notification_frequency: profile.headset.notification_frequency,
        email: ordered('email', flags.email),
        push: ordered('push', flags.push),
      };
    },
    toEdits: (changes, v) => {
      const edits: Edit[] = [];
      const headset: Record<string, unknown> = {};
      if (AUDIO.some((key) => key in changes)) {
        headset.audio = {
          alerts: v.alerts,
          tone: v.tone,
          repeat_while_unread: v.repeat_while_unread,
        };
      }
      if ('notification_frequency' in changes) headset.notification_frequency = v.notification_frequency;
      if (Object.keys(headset).length) edits.push({ type: 'headset', changes: headset });
      if ('email' in changes || 'push' in changes) {
        edits.push({ type: 'notification_flags', email: v.email, push: v.push });
      }
      return edits;
    },
  });
}

function saved() {
  const flags = agentStore.state?.notification_flags ?? { email: [], push: [] };
  return { profile: agentStore.profile, flags };
}
