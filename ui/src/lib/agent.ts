// The UI's only way out: typed requests to the Headset agent, and its pushed events.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AgentState, ErrorCode, Event, IpcError, Request, Response } from './bindings';

const FALLBACK = 'Something went wrong. Please try again.';

const CODES: readonly ErrorCode[] = [
  'invalid_credentials', 'unauthorized', 'unreachable', 'server', 'invalid', 'protocol',
  'agent_unavailable', 'version_mismatch', 'keychain', 'not_signed_in', 'window_open', 'io',
];

/** Turns whatever a failure carries into something we can show a person. */
export function toIpcError(e: unknown): IpcError {
  if (typeof e === 'object' && e !== null) {
    const { code, message, field } = e as Record<string, unknown>;
    if (typeof message === 'string' && message.trim() && CODES.includes(code as ErrorCode)) {
      return typeof field === 'string'
        ? { code: code as ErrorCode, message, field }
        : { code: code as ErrorCode, message };
    }
    if (e instanceof Error && e.message.trim()) return { code: 'protocol', message: e.message };
  }
  if (typeof e === 'string' && e.trim() && !e.trim().startsWith('{')) {
    return { code: 'protocol', message: e };
  }
  return { code: 'protocol', message: FALLBACK };
}

export async function request(req: Request): Promise<Response> {
  try {
    return await invoke<Response>('agent_request', { request: req });
  } catch (e) {
    throw toIpcError(e);
  }
}

/** Sends a request whose answer is the agent's new state. */
export async function requestState(req: Request): Promise<AgentState> {
  const response = await request(req);
  if (response.type !== 'state') {
    throw { code: 'protocol', message: FALLBACK } satisfies IpcError;
  }
  return response.state;
}

export function onAgentEvent(handler: (event: Event) => void): Promise<UnlistenFn> {
  return listen<Event>('agent-event', (message) => handler(message.payload));
}
