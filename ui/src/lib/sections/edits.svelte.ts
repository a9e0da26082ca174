// Edits to the profile and settings: what a form sends, and how each edit fares afterwards.
import { SvelteMap } from 'svelte/reactivity';
import type { Edit, EditStatus, IpcError } from '../bindings';
import { request, toIpcError } from '../agent';
import { t } from '../i18n/i18n.svelte';

/**
 * The latest status the agent pushed for each edit id (`agent-event` `{type: 'edit'}`).
 * App owns one and feeds it; forms read the ids they queued. An event may arrive before
 * the request that queued the edit has resolved, so statuses are kept by id regardless.
 */
export class EditTracker {
  #statuses = new SvelteMap<number, EditStatus>();

  record(id: number, status: EditStatus) {
    this.#statuses.set(id, status);
  }

  get(id: number): EditStatus | undefined {
    return this.#statuses.get(id);
  }
}

/** What a form says about its last save. */
export type SavePhase = 'idle' | 'saving' | 'pending' | 'saved' | 'error';

/**
 * The local name of the field an agent error is about: `ui_settings.headset.title` →
 * `title`, `ui_settings.headset.social_links.github` → `github`, `ui_settings.locale` →
 * `locale`, `ui_settings.headset.audio.alerts` → `alerts`, `ui_settings.headset.away.idle_minutes`
 * → `idle_minutes`.
 */
export function localField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field
    .replace(/^ui_settings\./, '')
    .replace(/^headset\./, '')
    .replace(/^(social_links|audio|away)\./, '');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Values = Record<string, unknown>;

export interface FormOptions<T extends Values> {
  /** The saved values, as the agent's latest state has them (read reactively). */
  base: () => T;
  tracker: () => EditTracker;
  /** The edits that carry the changed fields (only those) to the agent. */
  toEdits: (changes: Partial<T>, values: T) => Edit[];
  /** Checks made before anything is sent: field → message. */
  validate?: (values: T, changes: Partial<T>) => Partial<Record<string, string>>;
}

/**
 * One settings form: the person's draft over the saved values, the edits it queued and
 * their fate. A field shows what the person typed until the saved value catches up, and
 * keeps it when the agent refuses it.
 */
export class EditForm<T extends Values> {
  #options: FormOptions<T>;
  /** What the person typed, per field. */
  #edits = $state<Partial<T>>({});
  /** What the last saves sent and the server has not refused: not a change any more. */
  #sent = $state<Partial<T>>({});
  #ids = $state<number[]>([]);
  #sending = $state(false);
  /** The agent refused to queue (validation, agent unavailable). */
  #rejected = $state<IpcError | null>(null);
  #clientErrors = $state<Partial<Record<string, string>>>({});
  /** Fields edited since the server's error about them: the message no longer applies. */
  #retyped = $state<string[]>([]);

  constructor(options: FormOptions<T>) {
    this.#options = options;
  }

  get values(): T {
    return { ...this.#options.base(), ...this.#edits } as T;
  }

  get<K extends keyof T>(key: K): T[K] {
    return (key in this.#edits ? this.#edits[key] : this.#options.base()[key]) as T[K];
  }

  set<K extends keyof T>(key: K, value: T[K]) {
    this.#edits = { ...this.#edits, [key]: value };
    const name = key as string;
    if (this.#clientErrors[name]) this.#clientErrors = { ...this.#clientErrors, [name]: undefined };
    if (!this.#retyped.includes(name)) this.#retyped = [...this.#retyped, name];
  }

  /** The fields whose value differs from what is saved (or already on its way). */
  get changes(): Partial<T> {
    const base = this.#options.base();
    const keep = this.phase !== 'error';
    const out: Partial<T> = {};
    for (const key of Object.keys(this.#edits) as (keyof T)[]) {
      const value = this.#edits[key];
      if (same(value, base[key])) continue;
      if (keep && key in this.#sent && same(this.#sent[key], value)) continue;
      out[key] = value;
    }
    return out;
  }

  get dirty(): boolean {
    return Object.keys(this.changes).length > 0;
  }

  get sending(): boolean {
    return this.#sending;
  }

  /** The first refusal: the agent's answer to the request, or a pushed `refused` status. */
  get error(): IpcError | null {
    if (this.#rejected) return this.#rejected;
    for (const id of this.#ids) {
      const status = this.#options.tracker().get(id);
      if (status?.status === 'refused') return status.error;
    }
    return null;
  }

  get phase(): SavePhase {
    if (this.#sending) return 'saving';
    if (this.error) return 'error';
    if (this.#ids.length === 0) return 'idle';
    const statuses = this.#ids.map((id) => this.#options.tracker().get(id));
    if (statuses.some((s) => s?.status === 'pending')) return 'pending';
    if (statuses.some((s) => s === undefined)) return 'saving';
    return 'saved';
  }

  /** How long until the agent tries again, when an edit waits for the server. */
  get retryIn(): number | null {
    for (const id of this.#ids) {
      const status = this.#options.tracker().get(id);
      if (status?.status === 'pending') return status.retry_in_seconds;
    }
    return null;
  }

  /** The message to show on `field`, if any: a check made here, or the agent's refusal. */
  errorFor(field: string): string | null {
    const local = this.#clientErrors[field];
    if (local) return local;
    const error = this.error;
    if (error && localField(error.field) === field && !this.#retyped.includes(field)) {
      return error.message;
    }
    return null;
  }

  /** Whether the current error belongs to one of `fields` (else the form shows it). */
  errorIsOnField(fields: readonly string[]): boolean {
    const field = localField(this.error?.field);
    return field !== undefined && fields.includes(field);
  }

  /** Checks, then sends one edit per group of changes; false when nothing was queued. */
  async save(): Promise<boolean> {
    if (this.#sending) return false;
    const changes = this.changes;
    if (Object.keys(changes).length === 0) return false;
    const values = this.values;
    const errors = this.#options.validate?.(values, changes) ?? {};
    this.#clientErrors = errors;
    if (Object.values(errors).some(Boolean)) return false;

    const edits = this.#options.toEdits(changes, values);
    // What a refused save sent never reached the server: forget it.
    if (this.error) this.#sent = {};
    this.#sending = true;
    this.#rejected = null;
    this.#retyped = [];
    this.#ids = [];
    const ids: number[] = [];
    try {
      for (const edit of edits) {
        const response = await request({ type: 'edit', edit });
        if (response.type !== 'edit_queued') throw toIpcError(null);
        ids.push(response.id);
      }
      this.#sent = { ...this.#sent, ...changes };
      return true;
    } catch (e) {
      this.#rejected = toIpcError(e);
      return false;
    } finally {
      this.#ids = ids;
      this.#sending = false;
    }
  }
}

/** The words for a save phase, shown next to the Save button. */
export function phaseText(phase: SavePhase): string {
  switch (phase) {
    case 'saving':
      return t('form-saving');
    case 'pending':
      return t('form-pending');
    case 'saved':
      return t('form-saved');
    default:
      return '';
  }
}
