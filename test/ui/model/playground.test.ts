// The playground behind the page, headless: a learner's work survives a
// reload (the save replays to the same cluster), lessons switch and reset,
// and a save that cannot be read gives a clear message and a fresh start.
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadLessonFiles } from '../../../src/cli/lessons-check.ts';
import { Playground } from '../../../src/ui/model/playground.ts';
import { parseSave, SAVE_FORMAT } from '../../../src/ui/model/save-format.ts';
import { fixtureKeys } from '../../cluster/keys-fixture.ts';

const { lessons } = loadLessonFiles(lessonFiles());
// within the fixture keys' serving certificate (a year from 2025-01-01)
const WALL = Date.UTC(2025, 5, 1, 9, 30, 0);
const base = { lessons, wallNow: () => WALL, newSeed: () => 99, keys: fixtureKeys() };
const noUi = { runInTerminal: () => undefined, openReadOnly: () => undefined, openFile: () => undefined };

describe('Playground', () => {
  it('opens the first lesson on a first visit, its cluster clock at the wall time', async () => {
    const pg = await Playground.open(base);
    expect(pg.lesson.file).toMatch(/00-/);
    expect(pg.notice).toBeUndefined();
    // setup may sleep: the clock starts at the wall time and only moves forward
    expect(pg.runner.cluster.clock.now()).toBeGreaterThanOrEqual(WALL);
    expect(pg.statuses.length).toBe(pg.lesson.steps.length);
    expect(pg.statuses.every((s) => !s.passed)).toBe(true);
  });

  it('a deep link opens its lesson', async () => {
    const pg = await Playground.open({ ...base, lesson: '06' });
    expect(pg.lesson.file).toMatch(/06-rbac/);
  });

  it('a reload replays the session: same objects, files, clock and progress', async () => {
    const a = await Playground.open({ ...base, lesson: '02' });
    for (const line of a.lesson.steps[0]!.solution) await a.run(line);
    await a.writeFile('mine.yaml', 'kind: Namespace\n');
    await a.advance(61_000);
    a.editorLayout = { tabs: ['mine.yaml'], active: 'mine.yaml' };
    expect(a.statuses[0]!.passed).toBe(true);
    const text = a.serialize();

    const b = await Playground.open({ ...base, saved: text, keys: undefined });
    expect(b.notice).toBeUndefined();
    expect(b.lesson.id).toBe(a.lesson.id);
    expect(b.runner.cluster.clock.now()).toBe(a.runner.cluster.clock.now());
    expect(b.readFile('mine.yaml')).toBe('kind: Namespace\n');
    expect(b.statuses.map((s) => s.completed)).toEqual(a.statuses.map((s) => s.completed));
    expect(b.editorLayout).toEqual({ tabs: ['mine.yaml'], active: 'mine.yaml' });
    const get = (pg: Playground) => pg.handle(noUi).api.request('GET', '/api/v1/namespaces/somaz/serviceaccounts').then((r) => r.text);
    expect(await get(a)).toMatch(/"name":"default"/);
    expect(await get(b)).toBe(await get(a));
  }, 30_000);

  it('switching lessons keeps each lesson\'s own work; reset starts one over', async () => {
    const pg = await Playground.open({ ...base, lesson: '02' });
    await pg.run('kubectl create namespace mine');
    await pg.openLesson('03');
    expect(pg.lesson.file).toMatch(/03-/);
    await pg.openLesson('02');
    expect(pg.runner.history.map((h) => h.line)).toEqual(['kubectl create namespace mine']);
    await pg.resetLesson();
    expect(pg.runner.history).toEqual([]);
    const r = await pg.handle(noUi).api.request('GET', '/api/v1/namespaces/mine');
    expect(r.status).toBe(404);
    await expect(pg.openLesson('99')).rejects.toThrow('there is no lesson "99"');
  }, 30_000);

  it('an unreadable save gives a message and a fresh start', async () => {
    for (const [saved, problem] of [
      ['{not json', /could not be read \(it is not JSON/],
      ['[]', /it is not a JSON object/],
      [JSON.stringify({ format: 'sa-playground/v0' }), /its format is "sa-playground\/v0", and this playground reads "sa-playground\/v1"/],
      [JSON.stringify({ format: SAVE_FORMAT, seed: 1, completed: {}, sessions: { x: { startedAt: 1, journal: [{ k: 'run' }] } } }), /session "x": journal entry 1/],
    ] as const) {
      const pg = await Playground.open({ ...base, saved });
      expect(pg.notice).toMatch(problem);
      expect(pg.notice).toMatch(/fresh start/);
      expect(pg.lesson.file).toMatch(/00-/);
    }
  }, 30_000);

  it('importing a file that is not a save changes nothing', async () => {
    const pg = await Playground.open({ ...base, lesson: '02' });
    await pg.run('kubectl create namespace keep');
    expect(await pg.importSave('hello')).toMatch(/^That file could not be imported: it is not JSON/);
    expect(pg.runner.history.map((h) => h.line)).toEqual(['kubectl create namespace keep']);
  });

  it('saves parse back to the same data', async () => {
    const pg = await Playground.open(base);
    const parsed = parseSave(pg.serialize());
    expect(parsed.ok && parsed.save.seed).toBe(99);
    expect(parsed.ok && Object.keys(parsed.save.sessions)).toEqual([pg.lesson.id]);
  });
});

describe('Playground keys', () => {
  it('keeps saved keys for most of a year, then makes new ones (the serving certificate lasts a year)', async () => {
    const first = await Playground.open(base);
    const saved = first.serialize();
    const soon = await Playground.open({ ...base, keys: undefined, saved, wallNow: () => WALL + 200 * 86_400_000 });
    expect(JSON.parse(soon.serialize()).keys).toEqual(JSON.parse(saved).keys);
    const later = await Playground.open({ ...base, keys: undefined, saved, wallNow: () => WALL + 330 * 86_400_000 });
    const renewed = JSON.parse(later.serialize());
    expect(renewed.keys.caCertPem).not.toBe(JSON.parse(saved).keys.caCertPem);
    expect(renewed.keysMadeAt).toBe(WALL + 330 * 86_400_000);
    const r = await later.run('kubectl get ns default -o name');
    expect(r.stdout).toBe('namespace/default\n');
  }, 30_000);
});
