// The build step that hands lessons to the page: every lessons/*.md becomes
// data, a lesson with a mistake becomes its file:line errors (shown in the
// lesson pane) rather than disappearing, and each lesson is its own chunk.
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsPlugin } from '../../scripts/vite-lessons-plugin.ts';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sa-lessons-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function load(dir: string, id: string): string {
  const plugin = lessonsPlugin(dir);
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const resolved = resolveId(id);
  expect(resolved).toBeDefined();
  const watched: string[] = [];
  const code = (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile: (f: string) => watched.push(f) }, resolved!);
  expect(watched.length).toBe(readdirSync(dir).filter((f) => f.endsWith('.md')).length);
  return code;
}

const exported = (code: string, name: string): unknown => JSON.parse(new RegExp(`export const ${name} = (.*);\\n`).exec(code)![1]!);

describe('virtual:sa-lessons', () => {
  const LESSONS = resolve(import.meta.dirname, '../../lessons');

  it('gives the page summaries first, full lessons on demand, one chunk each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-lessons-'));
    for (const f of ['00-the-playground.md', '02-default-serviceaccount.md']) copyFileSync(join(LESSONS, f), join(dir, f));
    const index = exported(load(dir, 'virtual:sa-lessons-index'), 'lessons') as { id: string; file: string; steps: { id: string }[]; intro?: string }[];
    expect(index.map((l) => l.file)).toEqual(['lessons/00-the-playground.md', 'lessons/02-default-serviceaccount.md']);
    expect(index[0]!.intro).toBeUndefined();
    expect(index[1]!.steps[0]).toEqual({ id: 'create-the-namespace' });
    const loaders = load(dir, 'virtual:sa-lesson-loaders');
    expect(loaders).toContain(`"${index[1]!.id}": () => import("virtual:sa-lesson/${index[1]!.id}")`);
    const one = load(dir, `virtual:sa-lesson/${index[1]!.id}`);
    expect(one).toMatch(/^export default \{"id":"default-serviceaccount",/);
  });

  it('a lesson with a mistake arrives as its file:line errors, the others still load', () => {
    const dir = dirWith({
      '01-ok.md': '---\nid: ok\ntitle: OK\nsummary: s\nclusterVersion: "1.33"\n---\n\n## Do it\n\n```sh\nls\n```\n\n```yaml check\nchecks:\n  - kind: lastCommand\n    matches: ls\n```\n',
      '02-broken.md': '---\nid: broken\ntitle: Broken\nsummary: s\nclusterVersion: "1.33"\n---\n\n## Do it\n\n```yaml check\nchecks:\n  - kind: objectExist\n    resource: pods\n    name: x\n```\n',
    });
    const code = load(dir, 'virtual:sa-lessons-index');
    expect((exported(code, 'lessons') as { id: string }[]).map((l) => l.id)).toEqual(['ok']);
    const errors = exported(code, 'errors') as { file: string; line: number; message: string }[];
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((e) => e.file === "lessons/02-broken.md" && e.line > 0)).toBe(true);
    expect(errors[0]!.file).toBe('lessons/02-broken.md');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/unknown kind "objectExist" \(did you mean "objectExists"\?\)/);
  });
});
