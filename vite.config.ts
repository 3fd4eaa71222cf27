import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { lessonsPlugin } from './scripts/vite-lessons-plugin.ts';

// monaco-editor >= 0.56 has an exports map ("./*" -> "./esm/vs/*.js"), so the
// legacy deep import 'monaco-editor/esm/vs/editor/editor.worker.js' that
// monaco-yaml's worker (monaco-worker-manager) uses would resolve to
// esm/vs/esm/vs/… and fail the build: map those paths onto the real files.
const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

// base './' so the built site works under any path (GitHub Pages project sites).
export default defineConfig({
  base: './',
  plugins: [svelte(), lessonsPlugin()],
  resolve: { alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: monacoEsm + '$1' }] },
  build: { target: 'es2022' },
  // the engine worker and Monaco's workers are ES modules (and need the lessons too)
  worker: { format: 'es', plugins: () => [lessonsPlugin()] },
  // pre-bundled up front, so the first lazy load of the editor does not make `vite dev` reload the page
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js', 'monaco-yaml', '@xterm/xterm', '@xterm/addon-fit', '@xterm/addon-web-links', 'marked', 'dompurify', 'jose', 'yaml'] },
  test: {
    include: ['test/**/*.test.ts'],
    // One set of cluster keys for the whole run (test/cluster/keys-fixture.ts).
    globalSetup: ['test/global-setup.ts'],
    benchmark: { include: ['test/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 20000,
  },
});
