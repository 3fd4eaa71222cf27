// The one dependency rule (ui → lessons → shell → client → cluster) and the
// deterministic core, checked mechanically over the source tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
// vfs (the in-memory filesystem) sits below the cluster: the kubelet builds pod files in it.
const LAYERS = ['vfs', 'cluster', 'client', 'shell', 'lessons', 'ui'] as const;

function files(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

function layerOf(path: string): string | undefined {
  const rel = relative(join(ROOT, 'src'), path).split(/[\\/]/)[0];
  return (LAYERS as readonly string[]).includes(rel!) ? rel : undefined;
}

describe('architecture', () => {
  for (const layer of LAYERS) {
    it(`src/${layer} imports only from layers below it`, () => {
      const allowed = LAYERS.slice(0, LAYERS.indexOf(layer) + 1);
      const offences: string[] = [];
      for (const file of files(join(ROOT, 'src', layer))) {
        for (const spec of imports(file)) {
          if (spec.startsWith('.')) {
            const target = layerOf(resolve(file, '..', spec));
            if (target && !allowed.includes(target as (typeof LAYERS)[number])) offences.push(`${relative(ROOT, file)} → ${spec}`);
          } else if (layer !== 'ui' && /^(svelte|@xterm|monaco-editor|monaco-yaml)(\/|$)/.test(spec)) {
            offences.push(`${relative(ROOT, file)} → ${spec} (UI library outside src/ui)`);
          }
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it('code that runs in the page uses no Node-only APIs (Buffer, node: modules)', () => {
    const offences: string[] = [];
    for (const layer of LAYERS) {
      for (const file of files(join(ROOT, 'src', layer))) {
        const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
        if (/\bBuffer\.|from ['"]node:/.test(code)) offences.push(relative(ROOT, file));
      }
    }
    expect(offences).toEqual([]);
  });

  it('src/cluster and src/vfs read no wall clock, no global randomness and no DOM', () => {
    const offences: string[] = [];
    for (const file of [...files(join(ROOT, 'src', 'cluster')), ...files(join(ROOT, 'src', 'vfs'))]) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const bad of ['Date.now(', 'Math.random(', 'new Date()', 'setTimeout(', 'setInterval(', 'window.', 'document.', 'localStorage']) {
        if (code.includes(bad)) offences.push(`${relative(ROOT, file)}: ${bad}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
