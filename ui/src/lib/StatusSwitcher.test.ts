import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import StatusSwitcher from './StatusSwitcher.svelte';
import { answer, deferred, profile, state } from '../test/fixtures';
import type { Response } from './bindings';

const requestMock = vi.mocked(request);
const radio = (name: string) => screen.getByTestId(`status-${name}`) as HTMLInputElement;
const checked = () => ['online', 'busy', 'offline'].filter((n) => radio(n).checked);

beforeEach(() => requestMock.mockReset());

describe('StatusSwitcher', () => {
  it('checks what the server confirmed', () => {
    render(StatusSwitcher, { current: 'busy', onstate: vi.fn() });
    expect(checked()).toEqual(['busy']);
  });

  it('keeps the confirmed status checked when a change is refused', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach the server.' });
    render(StatusSwitcher, { current: 'online', onstate: vi.fn() });
    await fireEvent.click(radio('busy'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_availability', availability: 'busy' });
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server.');
    expect(checked()).toEqual(['online']);
  });

  it('checks a new status only when a state brings it', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    const onstate = vi.fn();
    const view = render(StatusSwitcher, { current: 'online', onstate });
    await fireEvent.click(radio('busy'));

    expect(checked()).toEqual(['online']);
    expect(radio('busy').getAttribute('aria-busy')).toBe('true');
    expect(radio('online').getAttribute('aria-busy')).toBe('false');

    const busy = state({ profile: { ...profile, availability: 'busy' } });
    pending.resolve(answer(busy));
    await vi.waitFor(() => expect(onstate).toHaveBeenCalledWith(busy));
    // The answer goes up to the owner of the state; until it comes back down, nothing moves.
    expect(checked()).toEqual(['online']);
    expect(radio('busy').getAttribute('aria-busy')).toBe('false');

    await view.rerender({ current: 'busy', onstate });
    expect(checked()).toEqual(['busy']);
  });

  it('asks for a change when the label is clicked', async () => {
    requestMock.mockReturnValueOnce(new Promise(() => {}));
    render(StatusSwitcher, { current: 'online', onstate: vi.fn() });
    await fireEvent.click(screen.getByText('Offline'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_availability', availability: 'offline' });
    expect(checked()).toEqual(['online']);
  });

  it('sends nothing for the status already confirmed', async () => {
    render(StatusSwitcher, { current: 'online', onstate: vi.fn() });
    await fireEvent.click(radio('online'));
    expect(requestMock).not.toHaveBeenCalled();
    expect(checked()).toEqual(['online']);
  });
});
