// A rough strength estimate for a new password: about how many guesses it would take,
// in bits, from its length and the kinds of characters in it. Repeats, runs (abc, 321)
// and known words count for little. A guide for the person, not a rule.
import { t } from '../../i18n/i18n.svelte';

export type StrengthLevel = 'none' | 'weak' | 'fair' | 'strong' | 'very_strong';

export interface Strength {
  level: StrengthLevel;
  /** 0 (nothing typed) to 4 (very strong), for a meter. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Weak, Fair, Strong, Very strong; empty when nothing is typed. */
  label: string;
  bits: number;
}

// Each named by the message `password-strength-<level>` (dashed).
const LEVELS: { level: Exclude<StrengthLevel, 'none'>; below: number }[] = [
  { level: 'weak', below: 40 },
  { level: 'fair', below: 60 },
  { level: 'strong', below: 80 },
  { level: 'very_strong', below: Infinity },
];

/** A known word counts as one character of its own. */
const WORD = '\u0001';
/** The most a common or personal password is worth, whatever its length. */
const PREDICTABLE_BITS = 10;

/** How many characters an attacker would have to try per position. */
export function poolSize(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33;
  if (chars.some((c) => c.codePointAt(0)! > 0x7e)) pool += 100;
  return pool;
}

/** The length, where a repeated character or the next one in a run counts a quarter. */
export function effectiveLength(chars: readonly string[]): number {
  let total = 0;
  let previousStep: number | null = null;
  for (let i = 0; i < chars.length; i++) {
    if (i === 0 || chars[i] === WORD) {
      total += 1;
      previousStep = null;
      continue;
    }
    const step = chars[i].toLowerCase().codePointAt(0)! - chars[i - 1].toLowerCase().codePointAt(0)!;
    total += step === 0 || (Math.abs(step) === 1 && step === previousStep) ? 0.25 : 1;
    previousStep = step;
  }
  return total;
}

function levelOf(bits: number) {
  return LEVELS.find((l) => bits < l.below)!;
}

/**
 * The strength of `password`; `avoid` lists words (lower case) that make it predictable:
 * the whole password being one caps it at Weak, containing one (4+ characters) counts
 * that word as a single character.
 */
export function estimateStrength(password: string, avoid: readonly string[] = []): Strength {
  const chars = [...password];
  if (chars.length === 0) return { level: 'none', score: 0, label: '', bits: 0 };

  const lower = password.toLowerCase();
  const words = [...avoid].map((w) => w.toLowerCase()).filter(Boolean);
  const pool = poolSize(chars);

  // Known words inside: each counts as one character.
  let reduced = lower;
  for (const word of words.filter((w) => [...w].length >= 4).sort((a, b) => b.length - a.length)) {
    reduced = reduced.split(word).join(WORD);
  }
  // The same block over and over (abcabcabc) is worth the block and the count.
  const repeated = /^(.+?)\1+$/su.exec(reduced);
  const unit = repeated ? repeated[1] : reduced;
  const times = repeated ? [...reduced].length / [...unit].length : 1;

  let bits = effectiveLength([...unit]) * Math.log2(pool) + Math.log2(times);
  if (words.includes(lower)) bits = Math.min(bits, PREDICTABLE_BITS);
  bits = Math.round(bits * 10) / 10;

  const { level } = levelOf(bits);
  const score = (LEVELS.findIndex((l) => l.level === level) + 1) as Strength['score'];
  return { level, score, label: t(`password-strength-${level.replace('_', '-')}`), bits };
}
