// The agent's state as this window knows it: one copy, which every part of the window
// reads. It comes from the agent only, by one path: `receive`, which the start's
// `get_state`, every `state` event and every request answered with a state all go through.
import type { UnlistenFn } from '@tauri-apps/api/event';
import type { AgentState, Event, Profile, Request, Response } from './bindings';
import { onAgentEvent, request, stateOf } from './agent';

/** The events that are not a state: each goes to whoever follows them (App). */
export type OtherEvent = Exclude<Event, { type: 'state' }>;

export class AgentStore {
  // Replaced whole with each state, never changed in place.
  #state = $state.raw<AgentState | null>(null);
  #profile = $state.raw<Profile | null>(null);

  /** The newest state the agent sent (null until the first arrives). */
  get state(): AgentState | null {
    return this.#state;
  }

  /**
   * The signed-in profile, for the parts of the window shown only while signed in (the
   * settings, their header). After a sign-out they read the last one until they are
   * gone, rather than nothing.
   */
  get profile(): Profile {
    const profile = this.#state?.profile ?? this.#profile;
    if (!profile) throw new Error('not signed in');
    return profile;
  }

  /**
   * The one way in for a state: it replaces the one shown, whole. States are drawn in the
   * order they arrive, the last one winning, as the window always has: a state carries no
   * number to tell an older one by, and the agent publishes every change as an event, so
   * a state that comes late is followed by the event of each newer change.
   */
  receive(next: AgentState): void {
    this.#state = next;
    if (next.profile) this.#profile = next.profile;
  }

  /** Passes a state answer on to `receive`; any answer is returned as it is. */
  take(response: Response): Response {
    if (response.type === 'state') this.receive(response.state);
    return response;
  }

  /**
   * Sends a request the agent answers with its new state, which goes through `receive`
   * like a pushed one. Resolves with that state; rejects with an IpcError fit to show
   * (also when the answer is not a state).
   */
  async change(req: Request): Promise<AgentState> {
    return stateOf(this.take(await request(req)));
  }

  /** Asks for the state (at start, and to try again after a failed start). */
  load(): Promise<AgentState> {
    return this.change({ type: 'get_state' });
  }

  /** Follows the agent's events: each state through `receive`, the others to `other`. */
  follow(other?: (event: OtherEvent) => void): Promise<UnlistenFn> {
    return onAgentEvent((event) => {
      if (event.type === 'state') this.receive(event.state);
      else other?.(event);
    });
  }

  /** Back to knowing nothing, as a new window starts (for tests). */
  reset(): void {
    this.#state = null;
    this.#profile = null;
  }
}

/** The window's one copy of the agent's state. */
export const agentStore = new AgentStore();
