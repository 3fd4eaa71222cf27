import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './' so the built site works under any path (GitHub Pages project sites).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    // One set of cluster keys for the whole run (test/cluster/keys-fixture.ts).
    globalSetup: ['test/global-setup.ts'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 20000,
  },
});
