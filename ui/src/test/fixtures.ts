// Shared test data shaped exactly like the agent's answers.
import type { AgentState, Check, DecisionRecord, Profile, Response } from '../lib/bindings';

export const profile: Profile = {
  id: 1,
  name: 'Ada Lovelace',
  display_name: null,
  email: 'ada@example.com',
  avatar_url: '',
  role: 'agent',
  account_id: 1,
  account_name: 'Acme Support',
  accounts: [{ id: 1, name: 'Acme Support', role: 'agent' }],
  availability: 'online',
  message_signature: null,
  phone_number: null,
  provider: 'email',
  locale: null,
  headset: {
    social_links: {},
    visible_segments: { contact: [], company: [] },
    notification_frequency: 'instant',
    channels: {},
  },
  dashboard_alerts: 'none',
  created_at: null,
  updated_at: null,
  last_sign_in_at: null,
};

/** The account facts, when the server gives them all (RFC 3339). */
export const facts = {
  created_at: '2023-01-15T09:30:00Z',
  updated_at: '2024-06-01T12:00:00Z',
  last_sign_in_at: '2024-06-03T08:05:00Z',
} satisfies Partial<Profile>;

/** The same person as an administrator of the account. */
export const administrator: Profile = {
  ...profile,
  role: 'administrator',
  accounts: [{ id: 1, name: 'Acme Support', role: 'administrator' }],
};

/** The same person, who also works in a second account (Acme Sales, as an administrator). */
export const twoAccounts: Profile = {
  ...profile,
  accounts: [
    { id: 1, name: 'Acme Support', role: 'agent' },
    { id: 2, name: 'Acme Sales', role: 'administrator' },
  ],
};

/** `twoAccounts` once Acme Sales is the active account. */
export const inSales: Profile = { ...twoAccounts, role: 'administrator', account_id: 2, account_name: 'Acme Sales' };

/** A file as a file chooser hands it over: these bytes, or this many (zeros). */
export function file(name: string, type: string, bytes: Uint8Array | number): File {
  const data = typeof bytes === 'number' ? new Uint8Array(bytes) : bytes;
  return new File([data as BlobPart], name, { type });
}

export function state(over: Partial<AgentState> = {}): AgentState {
  return {
    server: 'https://chat.example.com',
    profile: null,
    notice: null,
    connection: { state: 'idle' },
    unread: 0,
    waiting: 0,
    pending_edits: 0,
    snoozed_until: null,
    notification_flags: { email: ['email_conversation_assignment'], push: ['push_conversation_assignment'] },
    launch_at_login: null,
    custom_sound: null,
    volume: 100,
    network: {},
    ...over,
  };
}

export const answer = (s: AgentState): Response => ({ type: 'state', state: s });

/** What `diagnose` answers on a healthy computer, in the agent's order. */
export const checks: Check[] = [
  { name: 'keychain', ok: true, detail: 'Secret Service (gnome-keyring)' },
  { name: 'notifications', ok: true, detail: 'gnome-shell 46.0 (spec 1.2)' },
  { name: 'audio', ok: true, detail: 'Built-in Audio Analog Stereo' },
  { name: 'server', ok: true, detail: 'signed in to https://chat.example.com as ada@example.com' },
  { name: 'realtime', ok: true, detail: 'connected since 2024-06-03T08:05:00Z, 0 reconnects' },
  { name: 'do_not_disturb', ok: true, detail: 'off' },
];

/** One line of the decision log: by default a customer's message that rang and popped up. */
export function decision(over: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    at: '2024-06-03T08:10:00Z',
    event: 'message.created',
    conversation: 42,
    notify: { yes: true, reason: 'alert' },
    sound: { yes: true, reason: 'alert' },
    ...over,
  };
}

/** A promise the test settles when it chooses, to look at the UI while a request is pending. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
