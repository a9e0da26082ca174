import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from '../../bindings';
import { avoidedWords, contextWords, isPredictable, passwordChecks, personalWords } from './policy';

const policy: PasswordPolicy = {
  min_length: 8,
  max_length: 128,
  blocklist: ['password', 'letmein1'],
  require_uppercase: true,
  require_digit: true,
  require_special: true,
};
const ada = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };
const met = (password: string, p = policy) =>
  Object.fromEntries(passwordChecks(password, p, ada).map((c) => [c.id, c.met]));

describe('passwordChecks', () => {
  it('lists the length and predictability rules, then the character classes required', () => {
    expect(passwordChecks('', policy, ada).map((c) => c.label)).toEqual([
      'Between 8 and 128 characters',
      'Not a common password, your name or your email',
      'An uppercase letter',
      'A digit (0–9)',
      'A special character, such as ! ? # or -',
    ]);
    const nist = { ...policy, require_uppercase: false, require_digit: false, require_special: false };
    expect(passwordChecks('', nist, ada).map((c) => c.id)).toEqual(['length', 'common']);
  });

  it('marks each rule met or not as the password changes', () => {
    expect(met('')).toEqual({ length: false, common: false, uppercase: false, digit: false, special: false });
    expect(met('short')).toMatchObject({ length: false, common: true });
    expect(met('Good-pass123')).toEqual({ length: true, common: true, uppercase: true, digit: true, special: true });
    expect(met('x'.repeat(129))).toMatchObject({ length: false });
    // Counted in characters, not UTF-16 units.
    expect(met('żółwżółw')).toMatchObject({ length: true });
    // A space is not a special character; an accented capital is an uppercase letter.
    expect(met('Zebra 12')).toMatchObject({ special: false, uppercase: true });
    expect(met('élan vital Ž')).toMatchObject({ uppercase: true });
  });

  it('refuses blocklisted words whole and case-insensitively', () => {
    expect(met('PassWord')).toMatchObject({ common: false });
    expect(met('LetMeIn1')).toMatchObject({ common: false });
    expect(met('password-of-mine')).toMatchObject({ common: true });
  });

  it('refuses the person’s name and email, whole or as a word inside', () => {
    expect(isPredictable('Ada', policy, ada)).toBe(true);
    expect(isPredictable('ada.lovelace', policy, ada)).toBe(true);
    expect(isPredictable('Ada Lovelace', policy, ada)).toBe(true);
    expect(isPredictable('AdaLovelace', policy, ada)).toBe(true);
    expect(isPredictable('my lovelace secret', policy, ada)).toBe(true);
    expect(isPredictable('adamant horses', policy, ada)).toBe(false);
    expect(isPredictable('correct horse battery staple', policy, ada)).toBe(false);
  });
});

describe('words', () => {
  it('derives the personal and context words', () => {
    expect(personalWords(ada)).toEqual(['ada.lovelace', 'ada lovelace', 'adalovelace', 'ada', 'lovelace']);
    expect(contextWords(ada)).toEqual(['lovelace']);
    expect(avoidedWords(policy, ada)).toContain('password');
    expect(avoidedWords(null, ada)).toContain('ada');
  });
});
