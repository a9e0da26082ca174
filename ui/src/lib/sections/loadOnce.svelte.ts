// "Load when first shown": what a part of the settings asks the agent for once it first
// appears (the account's lists, the devices, two-factor, the health checks, the decision
// log, the password rules), with its loading and error states and a way to ask again.
// `LoadGate.svelte` draws those states around what the part shows.
import { untrack } from 'svelte';
import type { IpcError } from '../bindings';
import { toIpcError } from '../agent';

export class LoadOnce<T> {
  #ask: () => Promise<T>;
  #value = $state<T | null>(null);
  #loaded = $state(false);
  #loading = $state(false);
  #error = $state<IpcError | null>(null);

  #started = false;
  /** Each answer carries the number of its request: an older one never overwrites a newer. */
  #asked = 0;
  #applied = 0;
  /** Requests on their way. */
  #inFlight = 0;

  /** `ask` fetches what is shown; it rejects with anything `toIpcError` can read. */
  constructor(ask: () => Promise<T>) {
    this.#ask = ask;
  }

  /** What the newest answer brought (null until one has). */
  get value(): T | null {
    return this.#value;
  }

  /** Whether an answer has been had at least once. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** A request is on its way. */
  get loading(): boolean {
    return this.#loading;
  }

  /** Why the newest request failed (cleared when asking again, and by an answer). */
  get error(): IpcError | null {
    return this.#error;
  }

  /** Asks the first time only; later calls do nothing. */
  load(): Promise<void> {
    if (this.#started) return Promise.resolve();
    return this.reload();
  }

  /** Asks (again): the "Try again" and "Refresh" buttons. */
  async reload(): Promise<void> {
    this.#started = true;
    const ask = ++this.#asked;
    this.#inFlight += 1;
    this.#loading = true;
    this.#error = null;
    try {
      this.#take(ask, await this.#ask());
    } catch (e) {
      if (ask > this.#applied) this.#error = toIpcError(e);
    } finally {
      this.#inFlight -= 1;
      this.#loading = this.#inFlight > 0;
    }
  }

  /**
   * Takes what another request answered with (a role change answers with the account's
   * lists). It counts from when it was asked: started before a newer answer, it is dropped.
   * Rejects with an IpcError fit to show.
   */
  async update(ask: () => Promise<T>): Promise<void> {
    const number = ++this.#asked;
    try {
      this.#take(number, await ask());
    } catch (e) {
      throw toIpcError(e);
    }
  }

  /** Sets what is shown now (what an action's answer says), as the newest answer. */
  set(value: T): void {
    this.#take(++this.#asked, value);
  }

  #take(ask: number, value: T) {
    if (ask < this.#applied) return;
    this.#applied = ask;
    this.#value = value;
    this.#loaded = true;
    this.#error = null;
  }
}

/**
 * Asks for a part's data the first time the part is shown: `loader()` loads once `shown()`
 * is true, and a new loader (another account's) loads anew. Call it while a component is
 * created; it follows both for as long as the component lives.
 */
export function loadWhenShown(loader: () => { load(): Promise<void> }, shown: () => boolean): void {
  $effect(() => {
    const current = loader();
    if (shown()) untrack(() => current.load());
  });
}
