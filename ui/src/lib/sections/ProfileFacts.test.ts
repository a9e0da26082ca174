import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';

vi.mock('../agent', async (original) => ({
  ...(await original<typeof import('../agent')>()),
  request: vi.fn(),
}));

import { request } from '../agent';
import type { Profile } from '../bindings';
import ProfileFacts from './ProfileFacts.svelte';
import ProfileSection from './ProfileSection.svelte';
import { EditTracker } from './edits.svelte';
import { setLocale } from '../i18n/i18n.svelte';
import { administrator, facts, profile } from '../../test/fixtures';
import { signedIn } from '../../test/store';

const shown = () =>
  [...screen.getByTestId('profile-facts').querySelectorAll('dl > div')].map((row) => [
    row.querySelector('dt')?.textContent?.trim(),
    row.querySelector('dd')?.textContent?.trim(),
  ]);
/** What Intl makes of a date in a language, the way the facts are written. */
const expected = (iso: string, lang = 'en', timeZone = 'UTC') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(Date.parse(iso));
const inUtc = (over: Partial<Profile> = {}): Profile => ({
  ...profile,
  headset: { ...profile.headset, timezone: 'UTC' },
  ...over,
});

beforeEach(() => vi.mocked(request).mockReset());

describe('ProfileFacts', () => {
  it('shows only the facts the server gave', () => {
    render(ProfileFacts, { profile: inUtc() });
    expect(screen.getByRole('heading', { name: 'Account' })).toBeTruthy();
    expect(shown()).toEqual([
      ['Company', 'Acme Support'],
      ['Role', 'Agent'],
    ]);
    expect(document.querySelector('time')).toBeNull();
  });

  it('writes every date in the interface language, in the chosen time zone', () => {
    render(ProfileFacts, { profile: inUtc({ ...facts, role: 'administrator' }) });
    expect(shown()).toEqual([
      ['Company', 'Acme Support'],
      ['Role', 'Administrator'],
      ['Member since', expected(facts.created_at)],
      ['Last sign-in', expected(facts.last_sign_in_at)],
      ['Profile updated', expected(facts.updated_at)],
    ]);
    expect(expected(facts.created_at)).toMatch(/Jan 15, 2023.*9:30/);
    const times = [...document.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual([facts.created_at, facts.last_sign_in_at, facts.updated_at]);
  });

  it('leaves out an empty company and a date it cannot read', () => {
    render(ProfileFacts, {
      profile: inUtc({ account_name: ' ', created_at: 'not a date', last_sign_in_at: facts.last_sign_in_at }),
    });
    expect(shown()).toEqual([
      ['Role', 'Agent'],
      ['Last sign-in', expected(facts.last_sign_in_at)],
    ]);
  });

  it('follows a change of language', async () => {
    render(ProfileFacts, { profile: inUtc(facts) });
    await setLocale('de');
    await tick();
    expect(shown()).toContainEqual(['Mitglied seit', expected(facts.created_at, 'de')]);
    expect(shown()).toContainEqual(['Rolle', 'Agent']);
  });

  it('uses this computer’s time zone when the chosen one is unknown here', () => {
    render(ProfileFacts, { profile: { ...profile, ...facts, headset: { ...profile.headset, timezone: 'Mars/Olympus_Mons' } } });
    const local = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(facts.created_at));
    expect(shown()).toContainEqual(['Member since', local]);
  });
});

describe('Profile section', () => {
  it('shows the email read only, says why, and lists the account facts under the form', () => {
    signedIn({ ...administrator, ...facts });
    render(ProfileSection, { tracker: new EditTracker() });
    const email = screen.getByLabelText('Email') as HTMLInputElement;
    expect(email.value).toBe('ada@example.com');
    expect(email.readOnly).toBe(true);
    const hint = document.getElementById(email.getAttribute('aria-describedby')!);
    expect(hint?.textContent?.trim()).toBe(
      'Your email address cannot be changed here. Ask an administrator of your account to change it.',
    );

    const list = screen.getByTestId('profile-facts');
    expect(list.closest('form')).toBeNull();
    expect(list.getAttribute('aria-labelledby')).toBe('profile-facts-title');
    expect(shown().map(([label]) => label)).toEqual(['Company', 'Role', 'Member since', 'Last sign-in', 'Profile updated']);
  });
});
