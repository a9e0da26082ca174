// The agent's state as last received: the one source every component draws from.
import type { AgentState } from './bindings';

export const agent = $state<{ state: AgentState | null }>({ state: null });

export function show(state: AgentState) {
  agent.state = state;
}
