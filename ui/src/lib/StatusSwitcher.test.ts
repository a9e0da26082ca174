import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import StatusSwitcher from './StatusSwitcher.svelte';
import { answer, deferred, profile, state } from '../test/fixtures';
import { signedIn, stored } from '../test/store';
import type { Availability, Response } from './bindings';

const requestMock = vi.mocked(request);
const radio = (name: string) => screen.getByTestId(`status-${name}`) as HTMLInputElement;
const checked = () => ['online', 'busy', 'offline'].filter((n) => radio(n).checked);

/** The switcher, with the server having confirmed `current`. */
function show(current: Availability) {
  const shown = signedIn({ ...profile, availability: current });
  render(StatusSwitcher);
  return shown;
}

beforeEach(() => requestMock.mockReset());

describe('StatusSwitcher', () => {
  it('checks what the server confirmed', () => {
    show('busy');
    expect(checked()).toEqual(['busy']);
  });

  it('keeps the confirmed status checked when a change is refused', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach the server.' });
    const shown = show('online');
    await fireEvent.click(radio('busy'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_availability', availability: 'busy' });
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server.');
    expect(checked()).toEqual(['online']);
    expect(stored()).toBe(shown);
  });

  it('checks a new status only when a state brings it', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show('online');
    await fireEvent.click(radio('busy'));

    expect(checked()).toEqual(['online']);
    expect(radio('busy').getAttribute('aria-busy')).toBe('true');
    expect(radio('online').getAttribute('aria-busy')).toBe('false');

    // A state pushed meanwhile (the count changed) still has the confirmed status.
    signedIn({ ...profile, availability: 'online' }, { unread: 3 });
    expect(checked()).toEqual(['online']);

    // The answer is the agent's state: it goes to the store, and the switch shows it.
    const busy = state({ profile: { ...profile, availability: 'busy' } });
    pending.resolve(answer(busy));
    await vi.waitFor(() => expect(stored()).toEqual(busy));
    await vi.waitFor(() => expect(checked()).toEqual(['busy']));
    expect(radio('busy').getAttribute('aria-busy')).toBe('false');
  });

  it('asks for a change when the label is clicked', async () => {
    requestMock.mockReturnValueOnce(new Promise(() => {}));
    show('online');
    await fireEvent.click(screen.getByText('Offline'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_availability', availability: 'offline' });
    expect(checked()).toEqual(['online']);
  });

  it('sends nothing for the status already confirmed', async () => {
    show('online');
    await fireEvent.click(radio('online'));
    expect(requestMock).not.toHaveBeenCalled();
    expect(checked()).toEqual(['online']);
  });
});
