// The UI's only way out: typed requests to the Headset agent, and the events it pushes.
import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { AgentState, ErrorCode, Event, IpcError, Request, Response } from './bindings';
import { t } from './i18n/i18n.svelte';

/** What a failure says when it carries no words of its own, in the interface language. */
export const fallbackMessage = () => t('error-fallback');

const fallback = (): IpcError => ({ code: 'protocol', message: fallbackMessage() });

/**
 * Turns whatever a failure carries (the agent's IpcError, an Error, a string) into an
 * IpcError whose message can be shown to a person: never a JSON dump or "[object Object]".
 */
export function toIpcError(e: unknown): IpcError {
  if (e instanceof Error) return toIpcError(e.message);
  if (typeof e === 'string') {
    const text = e.trim();
    if (!text) return fallback();
    // A serialised error may arrive as text; show its message, not the JSON.
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        return toIpcError(JSON.parse(text));
      } catch {
        return fallback();
      }
    }
    return { code: 'protocol', message: text };
  }
  if (typeof e === 'object' && e !== null) {
    const { code, message, field } = e as Record<string, unknown>;
    // An unknown code (a newer agent) still carries the agent's own words: keep them.
    if (typeof code === 'string' && typeof message === 'string' && message.trim()) {
      const error: IpcError = { code: code as ErrorCode, message };
      if (typeof field === 'string') error.field = field;
      return error;
    }
  }
  return fallback();
}

/** Sends one request to the agent; rejects with an IpcError fit to show. */
export async function request(req: Request): Promise<Response> {
  try {
    return await invoke<Response>('agent_request', { request: req });
  } catch (e) {
    throw toIpcError(e);
  }
}

/** The state a state-changing request answers with. */
export function stateOf(response: Response): AgentState {
  if (response.type !== 'state') throw fallback();
  return response.state;
}

export function onAgentEvent(handler: (event: Event) => void): Promise<UnlistenFn> {
  return listen<Event>('agent-event', (message) => handler(message.payload));
}
