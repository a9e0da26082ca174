import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';

vi.mock('./agent', async (original) => ({
  ...(await original<typeof import('./agent')>()),
  request: vi.fn(),
}));

import { request } from './agent';
import type { Profile } from './bindings';
import ProfileSummary from './ProfileSummary.svelte';
import { administrator, answer, deferred, inSales, profile, state, twoAccounts } from '../test/fixtures';
import { signedIn, stored } from '../test/store';
import type { Response } from './bindings';

const requestMock = vi.mocked(request);
const menuButton = () => screen.getByRole('button', { name: 'Account menu' }) as HTMLButtonElement;
const items = () => screen.queryAllByRole('menuitem').map((item) => item.textContent?.trim());
const key = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
const focused = () => document.activeElement?.textContent?.trim();

function show(who: Profile = profile) {
  const shown = signedIn(who);
  const props = { onnotifications: vi.fn() };
  const view = render(ProfileSummary, props);
  return { props, view, shown };
}

beforeEach(() => requestMock.mockReset());

describe('ProfileSummary (the window’s header)', () => {
  it('shows who is signed in and their status', () => {
    show({ ...profile, display_name: 'Ada' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ada Lovelace');
    expect(screen.getByTestId('header-email').textContent).toBe('ada@example.com');
    expect(screen.getByTestId('initials').textContent).toBe('AL');
    // The switcher keeps its legend for screen readers.
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();
    expect((screen.getByTestId('status-online') as HTMLInputElement).checked).toBe(true);
  });

  it('has a menu button that says whether its menu is open', async () => {
    show();
    const button = menuButton();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    await fireEvent.click(button);
    const menu = screen.getByRole('menu');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(menu.getAttribute('aria-labelledby')).toBe(button.id);
    // The first item has the focus; items are reached with the arrows, not Tab.
    expect(focused()).toBe('Notifications');
    expect(screen.getAllByRole('menuitem').every((item) => item.tabIndex === -1)).toBe(true);

    await fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers billing to administrators only', async () => {
    const { view } = show();
    await fireEvent.click(menuButton());
    expect(items()).toEqual(['Notifications', 'Open dashboard', 'Sign out']);
    await fireEvent.click(menuButton());
    view.unmount();

    show(administrator);
    await fireEvent.click(menuButton());
    expect(items()).toEqual(['Notifications', 'Open dashboard', 'Billing & usage', 'Sign out']);
    // Signing out stands apart from the rest.
    expect(screen.getByRole('separator').nextElementSibling?.textContent?.trim()).toBe('Sign out');
  });

  it('opens the dashboard and the billing page in the browser, and gives the focus back', async () => {
    requestMock.mockResolvedValue({ type: 'done' });
    show(administrator);
    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Open dashboard' }));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'open_web_page', page: 'dashboard' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton());

    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Billing & usage' }));
    expect(requestMock).toHaveBeenLastCalledWith({ type: 'open_web_page', page: 'billing' });
    expect(requestMock).toHaveBeenCalledTimes(2);
  });

  it('is used with the keyboard: arrows, Home, End, a letter, Escape', async () => {
    requestMock.mockResolvedValue({ type: 'done' });
    show(administrator);
    menuButton().focus();

    // Down opens on the first item, Up on the last.
    await key('ArrowDown');
    expect(focused()).toBe('Notifications');
    await key('ArrowDown');
    expect(focused()).toBe('Open dashboard');
    await key('ArrowUp');
    await key('ArrowUp');
    expect(focused()).toBe('Sign out');
    await key('ArrowDown');
    expect(focused()).toBe('Notifications');
    await key('End');
    expect(focused()).toBe('Sign out');
    await key('Home');
    expect(focused()).toBe('Notifications');
    await key('b');
    expect(focused()).toBe('Billing & usage');

    await key('Escape');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton());
    expect(requestMock).not.toHaveBeenCalled();

    await key('ArrowUp');
    expect(focused()).toBe('Sign out');
    await key('Escape');

    // Enter on an item (a button) chooses it.
    await key('ArrowDown');
    await key('o');
    expect(focused()).toBe('Open dashboard');
    await fireEvent.click(document.activeElement!);
    expect(requestMock).toHaveBeenCalledWith({ type: 'open_web_page', page: 'dashboard' });
    expect(document.activeElement).toBe(menuButton());
  });

  it('closes when the focus or a click goes elsewhere', async () => {
    show();
    await fireEvent.click(menuButton());
    await key('Tab');
    expect(screen.queryByRole('menu')).toBeNull();

    await fireEvent.click(menuButton());
    await fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('goes to the notification settings', async () => {
    const { props } = show();
    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Notifications' }));
    expect(props.onnotifications).toHaveBeenCalledTimes(1);
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('signs out and takes the new state', async () => {
    const signedOut = state();
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show();
    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(requestMock).toHaveBeenCalledWith({ type: 'sign_out' });
    expect(screen.getByTestId('signing-out').textContent).toBe('Signing out…');

    pending.resolve(answer(signedOut));
    await vi.waitFor(() => expect(stored()).toEqual(signedOut));
    // Until the window puts the sign-in form in its place, the header still shows who it was.
    expect(screen.getByTestId('profile-name').textContent).toBe('Ada Lovelace');
  });

  it('says why signing out or opening a page failed', async () => {
    requestMock.mockRejectedValueOnce('The keychain is locked.');
    show();
    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The keychain is locked.');
    expect(screen.getByTestId('signing-out').textContent).toBe('');

    requestMock.mockRejectedValueOnce({ code: 'io', message: 'No web browser could be opened.' });
    await fireEvent.click(menuButton());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Open dashboard' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No web browser could be opened.'));
  });

  it('shows a refused status change under the header', async () => {
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach the server.' });
    show();
    await fireEvent.click(screen.getByTestId('status-busy'));
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect((screen.getByTestId('status-online') as HTMLInputElement).checked).toBe(true);
  });
});

describe('ProfileSummary with several accounts', () => {
  /** Every entry of the open menu, radio items included, in order. */
  const entries = () =>
    [...screen.getByRole('menu').querySelectorAll<HTMLElement>('[role^="menuitem"]')].map((item) => item.textContent?.trim());
  const radio = (id: number) => screen.getByTestId(`account-${id}`);

  it('shows no account switcher and no account name with a single account', async () => {
    show();
    expect(screen.queryByTestId('active-account')).toBeNull();
    await fireEvent.click(menuButton());
    expect(entries()).toEqual(['Notifications', 'Open dashboard', 'Sign out']);
    expect(screen.queryByRole('group', { name: 'Switch account' })).toBeNull();
    expect(screen.queryAllByRole('menuitemradio')).toEqual([]);
    expect(screen.queryByTestId('account-1')).toBeNull();
  });

  it('names the active account under the email, and lists every account with the active one checked', async () => {
    show(twoAccounts);
    expect(screen.getByTestId('header-email').textContent).toBe('ada@example.com');
    expect(screen.getByTestId('active-account-name').textContent).toBe('Acme Support');
    // Heard with what it is.
    expect(screen.getByTestId('active-account').textContent).toContain('Active account: Acme Support');

    await fireEvent.click(menuButton());
    const group = screen.getByRole('group', { name: 'Switch account' });
    const choices = within(group).getAllByRole('menuitemradio');
    expect(choices.map((item) => item.textContent?.trim())).toEqual(['Acme Support', 'Acme Sales']);
    expect(radio(1).getAttribute('aria-checked')).toBe('true');
    expect(radio(2).getAttribute('aria-checked')).toBe('false');
    // Between the pages and signing out; reached with the arrows like the rest.
    expect(entries()).toEqual(['Notifications', 'Open dashboard', 'Acme Support', 'Acme Sales', 'Sign out']);
    expect(screen.getAllByRole('menuitemradio').every((item) => item.tabIndex === -1)).toBe(true);
    await key('End');
    await key('ArrowUp');
    expect(document.activeElement).toBe(radio(2));
    await key('a');
    expect(document.activeElement).toBe(radio(1));
  });

  it('switches to the other account, and shows it as the active one from the state it answers with', async () => {
    const pending = deferred<Response>();
    requestMock.mockReturnValueOnce(pending.promise);
    show(twoAccounts);
    await fireEvent.click(menuButton());
    await fireEvent.click(radio(2));
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_active_account', account_id: 2 });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton());
    expect(screen.getByTestId('signing-out').textContent).toBe('Switching account…');

    const switched = state({ profile: inSales });
    pending.resolve(answer(switched));
    await vi.waitFor(() => expect(stored()).toEqual(switched));
    await vi.waitFor(() => expect(screen.getByTestId('signing-out').textContent).toBe(''));
    expect(screen.getByTestId('active-account-name').textContent).toBe('Acme Sales');
    await fireEvent.click(menuButton());
    expect(radio(1).getAttribute('aria-checked')).toBe('false');
    expect(radio(2).getAttribute('aria-checked')).toBe('true');
    // An administrator there: the billing page is offered.
    expect(entries()).toContain('Billing & usage');
    expect(requestMock).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the active account is chosen', async () => {
    const { shown } = show(twoAccounts);
    await fireEvent.click(menuButton());
    await fireEvent.click(radio(1));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(requestMock).not.toHaveBeenCalled();
    expect(stored()).toBe(shown);
  });

  it('says why the account could not be switched, and stays on the active one', async () => {
    requestMock.mockRejectedValueOnce({ code: 'invalid', field: 'account_id', message: 'You are not a member of that account.' });
    const { shown } = show(twoAccounts);
    await fireEvent.click(menuButton());
    await fireEvent.click(radio(2));
    expect((await screen.findByRole('alert')).textContent).toBe('You are not a member of that account.');
    expect(screen.getByTestId('signing-out').textContent).toBe('');
    expect(stored()).toBe(shown);
    expect(screen.getByTestId('active-account-name').textContent).toBe('Acme Support');

    // Tried again, the agent cannot be reached: the newer failure replaces it.
    requestMock.mockRejectedValueOnce({ code: 'unreachable', message: 'Cannot reach the server.' });
    await fireEvent.click(menuButton());
    await fireEvent.click(radio(2));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Cannot reach the server.'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
