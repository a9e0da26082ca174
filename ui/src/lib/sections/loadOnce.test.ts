import { describe, expect, it, vi } from 'vitest';
import { createRawSnippet } from 'svelte';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { IpcError } from '../bindings';
import LoadGate from './LoadGate.svelte';
import { LoadOnce } from './loadOnce.svelte';
import { deferred } from '../../test/fixtures';

/** What the part shows once its data is had: the data, as text. */
const content = createRawSnippet((words: () => string[]) => ({
  render: () => `<p data-testid="content">${words().join(', ')}</p>`,
}));

/** A part whose data `ask` fetches, drawn by the gate; shown or not as `active` says. */
function show(ask: () => Promise<string[]>, active = true) {
  const loader = new LoadOnce(ask);
  const view = render(LoadGate<string[]>, { loader, name: 'part', active, children: content });
  return { loader, view };
}

const refused: IpcError = { code: 'unreachable', message: 'The server cannot be reached.' };

describe('Load when first shown', () => {
  it('asks the first time the part is shown, and never again for showing it again', async () => {
    const ask = vi.fn(async () => ['Website', 'Email']);
    const { view } = show(ask, false);
    expect(ask).not.toHaveBeenCalled();
    // Not shown yet: it waits, saying it is loading.
    expect(screen.getByTestId('part-loading').textContent).toBe('Loading…');

    await view.rerender({ active: true });
    expect((await screen.findByTestId('content')).textContent).toBe('Website, Email');
    expect(screen.queryByTestId('part-loading')).toBeNull();

    await view.rerender({ active: false });
    await view.rerender({ active: true });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('says it is loading while the answer is on its way', async () => {
    const answer = deferred<string[]>();
    show(() => answer.promise);
    const loading = screen.getByTestId('part-loading');
    expect(loading.getAttribute('role')).toBe('status');
    expect(screen.queryByTestId('content')).toBeNull();

    answer.resolve(['Website']);
    expect((await screen.findByTestId('content')).textContent).toBe('Website');
  });

  it('shows why it could not load, and tries again', async () => {
    const first = deferred<string[]>();
    const second = deferred<string[]>();
    const ask = vi.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    show(ask);

    first.reject(refused);
    const error = await screen.findByTestId('part-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The server cannot be reached.');
    expect(screen.queryByTestId('part-loading')).toBeNull();
    expect(screen.queryByTestId('content')).toBeNull();

    await fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(ask).toHaveBeenCalledTimes(2);
    // Asking again: the error gives way to the loading line.
    expect(screen.queryByTestId('part-error')).toBeNull();
    expect(screen.getByTestId('part-loading')).toBeTruthy();

    second.resolve(['Website']);
    expect((await screen.findByTestId('content')).textContent).toBe('Website');
    expect(screen.queryByTestId('part-error')).toBeNull();
  });

  it('shows a failure of any shape in words', async () => {
    show(() => Promise.reject(new Error('The Headset agent is not running.')));
    expect((await screen.findByTestId('part-error')).textContent).toContain('The Headset agent is not running.');
  });
});

describe('LoadOnce', () => {
  it('keeps the newest answer when an older one comes late', async () => {
    const older = deferred<string[]>();
    const newer = deferred<string[]>();
    const loader = new LoadOnce(vi.fn().mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise));
    const first = loader.reload();
    const second = loader.reload();
    expect(loader.loading).toBe(true);

    newer.resolve(['new']);
    await second;
    expect(loader.value).toEqual(['new']);
    // Still one on its way.
    expect(loader.loading).toBe(true);

    older.resolve(['old']);
    await first;
    expect(loader.value).toEqual(['new']);
    expect(loader.loading).toBe(false);
  });

  it('does not show an older request’s failure over a newer answer', async () => {
    const older = deferred<string[]>();
    const loader = new LoadOnce(vi.fn().mockReturnValueOnce(older.promise).mockResolvedValueOnce(['new']));
    const first = loader.reload();
    await loader.reload();
    older.reject(refused);
    await first;
    expect(loader.value).toEqual(['new']);
    expect(loader.error).toBeNull();
  });

  it('loads once, whoever asks first', async () => {
    const ask = vi.fn(async () => ['a']);
    const loader = new LoadOnce(ask);
    await Promise.all([loader.load(), loader.load()]);
    await loader.load();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(loader.loaded).toBe(true);
  });

  it('takes what another request answers with, unless a newer answer came first', async () => {
    const loader = new LoadOnce(vi.fn().mockResolvedValueOnce(['listed']).mockResolvedValueOnce(['reread']));
    await loader.load();

    // A change answered with the lists.
    await loader.update(async () => ['changed']);
    expect(loader.value).toEqual(['changed']);

    // A change asked before a reread, answered after it: the reread stands.
    const change = deferred<string[]>();
    const changing = loader.update(() => change.promise);
    await loader.reload();
    change.resolve(['stale']);
    await changing;
    expect(loader.value).toEqual(['reread']);

    // A refused change rejects with words to show, and leaves what is shown.
    await expect(loader.update(() => Promise.reject(refused))).rejects.toEqual(refused);
    expect(loader.value).toEqual(['reread']);
    expect(loader.error).toBeNull();

    // What an action's answer says replaces it at once.
    loader.set(['set']);
    expect(loader.value).toEqual(['set']);
  });
});
