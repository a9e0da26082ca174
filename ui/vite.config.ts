/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  // svelteTesting: under vitest, resolves Svelte's browser build and cleans the DOM after each test.
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  // The language files live at the repository's root, shared with the agent.
  server: { fs: { allow: ['..'] } },
  // The app embeds ui/dist at compile time and serves it from its own protocol.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Puts the interface language back to English after each test.
    setupFiles: ['src/test/setup.ts'],
  },
});
