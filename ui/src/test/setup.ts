// Every test file starts in English: jsdom reports the browser's language as en-US, and a
// test that switches the language has it put back after it.
import { afterEach } from 'vitest';
import { setLocale } from '../lib/i18n/i18n.svelte';

afterEach(async () => {
  await setLocale('en');
});
