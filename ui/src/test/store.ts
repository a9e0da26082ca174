// The agent's state as a test sets it: what the window's store holds, as if the agent had
// sent it (the components read it from there).
import { flushSync } from 'svelte';
import { agentStore } from '../lib/agentStore.svelte';
import type { AgentState, Profile } from '../lib/bindings';
import { profile, state } from './fixtures';

/** The store holds `state(over)` (a fresh state, or one given whole); the window draws it. */
export function given(over: Partial<AgentState> | AgentState = {}): AgentState {
  const next = state(over);
  agentStore.receive(next);
  flushSync();
  return next;
}

/** Signed in as `who` (Ada by default), the rest of the state as `over` says. */
export function signedIn(who: Profile = profile, over: Partial<AgentState> = {}): AgentState {
  return given({ ...over, profile: who });
}

/** What the store holds now. */
export const stored = () => agentStore.state;
