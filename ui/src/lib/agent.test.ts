import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

import { invoke } from '@tauri-apps/api/core';
import { fallbackMessage, request, stateOf, toIpcError } from './agent';
import { answer, state } from '../test/fixtures';

const invokeMock = vi.mocked(invoke);

beforeEach(() => invokeMock.mockReset());

describe('request', () => {
  it('sends the request as the one agent_request command', async () => {
    invokeMock.mockResolvedValueOnce(answer(state()));
    await expect(request({ type: 'get_state' })).resolves.toEqual(answer(state()));
    expect(invokeMock).toHaveBeenCalledWith('agent_request', { request: { type: 'get_state' } });
  });

  it('rejects with the agent error, field included', async () => {
    invokeMock.mockRejectedValueOnce({ code: 'invalid', message: 'Enter an email.', field: 'email' });
    await expect(request({ type: 'sign_out' })).rejects.toEqual({
      code: 'invalid',
      message: 'Enter an email.',
      field: 'email',
    });
  });
});

describe('toIpcError', () => {
  it('keeps the message of a serialised IpcError instead of its JSON', () => {
    const e = toIpcError('{"code":"unreachable","message":"Cannot reach the server."}');
    expect(e).toEqual({ code: 'unreachable', message: 'Cannot reach the server.' });
  });

  it('shows the text of an Error or a plain string', () => {
    expect(toIpcError(new Error('The agent is not running.')).message).toBe('The agent is not running.');
    expect(toIpcError('command agent_request not found').message).toBe('command agent_request not found');
  });

  it.each([[{ status: 500 }], [undefined], [null], [42], [''], ['{"broken'], ['[object Object]'], [new Error('')]])(
    'falls back to a readable sentence for %j',
    (input) => {
      expect(toIpcError(input)).toEqual({ code: 'protocol', message: fallbackMessage() });
    },
  );
});

describe('stateOf', () => {
  it('refuses an answer that carries no state', () => {
    expect(() => stateOf({ type: 'done' })).toThrow();
    expect(stateOf(answer(state()))).toEqual(state());
  });
});
