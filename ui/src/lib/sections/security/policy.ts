// The live checklist for a new password, from the rules the server publishes
// (`get_password_policy`). The server has the last word: a refusal names the rule broken.
import type { PasswordPolicy } from '../../bindings';
import { t } from '../../i18n/i18n.svelte';

/** Whose password it is: the words it must not be. */
export interface Person {
  email: string;
  name: string;
}

export type CheckId = 'length' | 'common' | 'uppercase' | 'digit' | 'special';

export interface PolicyCheck {
  id: CheckId;
  label: string;
  met: boolean;
}

const unique = (words: string[]) => [...new Set(words.filter(Boolean))];
const localPart = (email: string) => email.split('@')[0] ?? '';

/** Whole passwords that are the person: the email's local part, the name, its parts. */
export function personalWords(person: Person): string[] {
  const name = person.name.trim().toLowerCase();
  const local = localPart(person.email).trim().toLowerCase();
  return unique([local, name, name.replace(/\s+/g, ''), ...name.split(/\s+/)]);
}

/**
 * Words a password must not contain (as the server checks): the parts of the name and
 * of the email's local part with 4 characters or more.
 */
export function contextWords(person: Person): string[] {
  return unique(
    [localPart(person.email), person.name]
      .flatMap((text) => text.split(/[^\p{Alphabetic}\p{N}]+/u))
      .map((word) => word.toLowerCase())
      .filter((word) => [...word].length >= 4),
  );
}

/** Every word the password should avoid, for the strength estimate too. */
export function avoidedWords(policy: PasswordPolicy | null, person: Person): string[] {
  return unique([
    ...(policy?.blocklist ?? []).map((w) => w.toLowerCase()),
    ...personalWords(person),
    ...contextWords(person),
  ]);
}

/** A common password, or the person's own name or email (case-insensitive). */
export function isPredictable(password: string, policy: PasswordPolicy, person: Person): boolean {
  const lower = password.toLowerCase();
  if (!lower) return false;
  if (policy.blocklist.some((word) => word.toLowerCase() === lower)) return true;
  if (personalWords(person).includes(lower)) return true;
  return contextWords(person).some((word) => lower.includes(word));
}

export const length = (password: string) => [...password].length;
export const hasUppercase = (password: string) => /\p{Uppercase}/u.test(password);
export const hasDigit = (password: string) => /[0-9]/.test(password);
/** Neither a letter, a number nor a space (as the server counts it). */
export const hasSpecial = (password: string) => /[^\p{Alphabetic}\p{N}\s]/u.test(password);

/** One item per rule in force, in the order a person fixes them. */
export function passwordChecks(password: string, policy: PasswordPolicy, person: Person): PolicyCheck[] {
  const n = length(password);
  const checks: PolicyCheck[] = [
    {
      id: 'length',
      label:
        policy.max_length > policy.min_length
          ? t('password-rule-length-range', { min: policy.min_length, max: policy.max_length })
          : t('password-rule-length', { min: policy.min_length }),
      met: n >= policy.min_length && n <= policy.max_length,
    },
    {
      id: 'common',
      label: t('password-rule-common'),
      met: n > 0 && !isPredictable(password, policy, person),
    },
  ];
  if (policy.require_uppercase) {
    checks.push({ id: 'uppercase', label: t('password-rule-uppercase'), met: hasUppercase(password) });
  }
  if (policy.require_digit) {
    checks.push({ id: 'digit', label: t('password-rule-digit'), met: hasDigit(password) });
  }
  if (policy.require_special) {
    checks.push({ id: 'special', label: t('password-rule-special'), met: hasSpecial(password) });
  }
  return checks;
}
