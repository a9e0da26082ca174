import { describe, expect, it } from 'vitest';
import { effectiveLength, estimateStrength, poolSize } from './strength';

const level = (password: string, avoid: string[] = []) => estimateStrength(password, avoid).level;

describe('estimateStrength', () => {
  it('says nothing about an empty password', () => {
    expect(estimateStrength('')).toEqual({ level: 'none', score: 0, label: '', bits: 0 });
  });

  it('grades random-looking passwords by length and character classes', () => {
    expect(level('k#8Lq')).toBe('weak');
    expect(level('k#8Lq2!z')).toBe('fair');
    expect(level('Xk9#mP2$vL')).toBe('strong');
    expect(level('Xk9#mP2$vL4@qW')).toBe('very_strong');
    expect(level('correct horse battery staple')).toBe('very_strong');
  });

  it('labels each level in words, with a score for the meter', () => {
    expect(estimateStrength('k#8Lq')).toMatchObject({ label: 'Weak', score: 1 });
    expect(estimateStrength('k#8Lq2!z')).toMatchObject({ label: 'Fair', score: 2 });
    expect(estimateStrength('Xk9#mP2$vL')).toMatchObject({ label: 'Strong', score: 3 });
    expect(estimateStrength('Xk9#mP2$vL4@qW')).toMatchObject({ label: 'Very strong', score: 4 });
  });

  it('counts repeats, runs and repeated blocks for little', () => {
    expect(level('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(level('abcdefghijklmnop')).toBe('weak');
    expect(level('12345678987654321')).toBe('weak');
    expect(level('Ab1!Ab1!Ab1!Ab1!')).toBe('weak');
    expect(estimateStrength('abcabcabcabc').bits).toBeLessThan(estimateStrength('abcqxzmwtrpk').bits);
  });

  it('penalises a blocklisted or personal password, whole or inside', () => {
    // Long and varied, but the whole of it is a known word.
    expect(estimateStrength('Password123!', ['password123!']).bits).toBeLessThanOrEqual(10);
    expect(level('LOVELACE', ['lovelace'])).toBe('weak');
    expect(level('ada', ['ada'])).toBe('weak');
    expect(estimateStrength('Password1!', ['password']).bits).toBeLessThan(estimateStrength('Password1!').bits);
    expect(level('Password1!', ['password'])).toBe('weak');
  });

  it('grows with length', () => {
    const bits = ['q7#K', 'q7#Kx2', 'q7#Kx2@m', 'q7#Kx2@mZ9'].map((p) => estimateStrength(p).bits);
    expect(bits).toEqual([...bits].sort((a, b) => a - b));
  });
});

describe('helpers', () => {
  it('sizes the character pool from the classes used', () => {
    expect(poolSize([...'abc'])).toBe(26);
    expect(poolSize([...'aB1'])).toBe(62);
    expect(poolSize([...'aB1!'])).toBe(95);
    expect(poolSize([...'żółw'])).toBe(126);
  });

  it('counts a repeat or the next step of a run as a quarter', () => {
    expect(effectiveLength([...'abc'])).toBe(2.25);
    expect(effectiveLength([...'aaa'])).toBe(1.5);
    expect(effectiveLength([...'axq'])).toBe(3);
  });
});
