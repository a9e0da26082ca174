import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Event } from './bindings';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
  onAgentEvent: vi.fn(),
}));

import { onAgentEvent, request } from './agent';
import { agentStore } from './agentStore.svelte';
import StatusSwitcher from './StatusSwitcher.svelte';
import StateReader from '../test/StateReader.svelte';
import { answer, deferred, profile, state } from '../test/fixtures';

const requestMock = vi.mocked(request);
let push: (event: Event) => void;
const text = (id: string) => screen.getByTestId(id).textContent?.trim();
const online = state({ profile, volume: 40 });
const busy = state({ profile: { ...profile, availability: 'busy' }, volume: 40 });

beforeEach(() => {
  agentStore.reset();
  requestMock.mockReset();
  vi.mocked(onAgentEvent).mockReset().mockImplementation(async (handler) => {
    push = handler;
    return () => {};
  });
});
afterEach(() => vi.restoreAllMocks());

describe('The agent store', () => {
  it('holds nothing until the agent has sent a state', () => {
    render(StateReader, { name: 'a' });
    expect(agentStore.state).toBeNull();
    expect(text('a')).toBe('nothing yet');
    expect(() => agentStore.profile).toThrow();
  });

  it('gives a pushed state to every part that reads it', async () => {
    await agentStore.follow();
    render(StateReader, { name: 'a' });
    render(StateReader, { name: 'b' });

    push({ type: 'state', state: online });
    await vi.waitFor(() => expect(text('a')).toBe('online, volume 40, 0 unread'));
    expect(text('b')).toBe('online, volume 40, 0 unread');

    push({ type: 'state', state: { ...busy, unread: 3 } });
    await vi.waitFor(() => expect(text('a')).toBe('busy, volume 40, 3 unread'));
    expect(text('b')).toBe('busy, volume 40, 3 unread');
  });

  it('takes a request’s state answer by the same path as a pushed state', async () => {
    const receive = vi.spyOn(agentStore, 'receive');
    await agentStore.follow();
    render(StateReader, { name: 'a' });

    push({ type: 'state', state: online });
    expect(receive).toHaveBeenLastCalledWith(online);

    const quieter = { ...online, volume: 20 };
    requestMock.mockResolvedValueOnce(answer(quieter));
    await expect(agentStore.change({ type: 'set_volume', volume: 20 })).resolves.toEqual(quieter);
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_volume', volume: 20 });
    expect(receive).toHaveBeenCalledTimes(2);
    expect(receive).toHaveBeenLastCalledWith(quieter);
    await vi.waitFor(() => expect(text('a')).toBe('online, volume 20, 0 unread'));
  });

  it('is where a control’s request puts its answer, for every part to see', async () => {
    const receive = vi.spyOn(agentStore, 'receive');
    agentStore.receive(online);
    render(StatusSwitcher);
    render(StateReader, { name: 'a' });
    requestMock.mockResolvedValueOnce(answer(busy));

    await fireEvent.click(screen.getByTestId('status-busy'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_availability', availability: 'busy' });
    await vi.waitFor(() => expect(receive).toHaveBeenLastCalledWith(busy));
    await vi.waitFor(() => expect((screen.getByTestId('status-busy') as HTMLInputElement).checked).toBe(true));
    expect(text('a')).toBe('busy, volume 40, 0 unread');
  });

  it('draws states in the order they arrive, the last one winning', async () => {
    await agentStore.follow();
    render(StateReader, { name: 'a' });
    const pending = deferred<ReturnType<typeof answer>>();
    requestMock.mockReturnValueOnce(pending.promise);
    const changing = agentStore.change({ type: 'set_availability', availability: 'busy' });

    push({ type: 'state', state: busy });
    await vi.waitFor(() => expect(text('a')).toBe('busy, volume 40, 0 unread'));
    push({ type: 'state', state: { ...busy, unread: 2 } });
    await vi.waitFor(() => expect(text('a')).toBe('busy, volume 40, 2 unread'));

    pending.resolve(answer({ ...busy, unread: 5 }));
    await changing;
    await vi.waitFor(() => expect(text('a')).toBe('busy, volume 40, 5 unread'));
  });

  it('passes the other events on, and leaves the state as it is', async () => {
    const receive = vi.spyOn(agentStore, 'receive');
    const other = vi.fn();
    await agentStore.follow(other);
    agentStore.receive(online);
    receive.mockClear();

    push({ type: 'edit', id: 4, status: { status: 'saved' } });
    push({ type: 'focus_window' });
    expect(other.mock.calls).toEqual([[{ type: 'edit', id: 4, status: { status: 'saved' } }], [{ type: 'focus_window' }]]);
    expect(receive).not.toHaveBeenCalled();
    expect(agentStore.state).toBe(online);
  });

  it('refuses an answer that is no state, and keeps the state it has', async () => {
    agentStore.receive(online);
    requestMock.mockResolvedValueOnce({ type: 'done' });
    await expect(agentStore.change({ type: 'set_volume', volume: 10 })).rejects.toMatchObject({ code: 'protocol' });
    requestMock.mockRejectedValueOnce({ code: 'io', message: 'The volume could not be saved.' });
    await expect(agentStore.change({ type: 'set_volume', volume: 10 })).rejects.toEqual({
      code: 'io',
      message: 'The volume could not be saved.',
    });
    expect(agentStore.state).toBe(online);
  });

  it('asks for the state at start, by the same path', async () => {
    const receive = vi.spyOn(agentStore, 'receive');
    requestMock.mockResolvedValueOnce(answer(online));
    await agentStore.load();
    expect(requestMock).toHaveBeenCalledWith({ type: 'get_state' });
    expect(receive).toHaveBeenCalledWith(online);
  });

  it('keeps the last profile for the settings while they close after a sign-out', () => {
    agentStore.receive(online);
    agentStore.receive(state());
    expect(agentStore.state?.profile).toBeNull();
    expect(agentStore.profile).toEqual(profile);
  });
});
