// Saving a lesson session as its journal and restoring it: the replayed
// cluster is the same cluster (same objects, same token bytes), the checks
// see the same history, and a damaged journal is refused with a reason.
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadLessonFiles } from '../../src/cli/lessons-check.ts';
import { appendEvent, Course, journalProblem, LessonRunner, type JournalEvent } from '../../src/lessons/index.ts';
import { fixtureKeys } from '../cluster/keys-fixture.ts';

const course = new Course(loadLessonFiles(lessonFiles()).lessons);
const TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

describe('journal', () => {
  it('folds clock ticks together and keeps only the last save of a file in a row', () => {
    const j: JournalEvent[] = [];
    appendEvent(j, { k: 'advance', ms: 1000 });
    appendEvent(j, { k: 'advance', ms: 500 });
    appendEvent(j, { k: 'write', path: 'a.yaml', content: '1' });
    appendEvent(j, { k: 'write', path: 'a.yaml', content: '2' });
    appendEvent(j, { k: 'run', line: 'ls' });
    appendEvent(j, { k: 'advance', ms: 1 });
    expect(j).toEqual([
      { k: 'advance', ms: 1500 },
      { k: 'write', path: 'a.yaml', content: '2' },
      { k: 'run', line: 'ls' },
      { k: 'advance', ms: 1 },
    ]);
  });

  it('refuses what is not a journal, saying where', () => {
    expect(journalProblem([{ k: 'run', line: 'ls' }, { k: 'advance', ms: 5 }])).toBeUndefined();
    expect(journalProblem({})).toBe('the journal is not a list');
    expect(journalProblem([{ k: 'run', line: 'ls' }, { k: 'advance', ms: -1 }])).toBe('journal entry 2 is not a run, write or advance event');
    expect(journalProblem([null])).toBe('journal entry 1 is not an object');
    expect(journalProblem([{ k: 'rm -rf' }])).toMatch(/entry 1/);
  });

  it('replaying a session rebuilds the same cluster, files and check results', async () => {
    const lesson = course.find('04')!;
    const opts = { cluster: { seed: 3, keys: fixtureKeys() } };
    const a = await LessonRunner.start(lesson, opts);
    a.writeFile('notes.txt', 'mine\n');
    for (const step of lesson.steps.slice(0, 3)) for (const line of step.solution) await a.run(line);
    await a.advance(90_000);
    const before = await a.evaluate();
    const saved = JSON.parse(JSON.stringify(a.journal)) as JournalEvent[];

    const b = await LessonRunner.start(lesson, { ...opts, journal: saved });
    expect(b.cluster.clock.now()).toBe(a.cluster.clock.now());
    expect(b.workstation.readText('/root/notes.txt')).toBe('mine\n');
    const podToken = (r: LessonRunner) => r.cluster.kubelet.containerRuntime('somaz', 'web', 'web')?.fs.view({ uid: 0, gid: 0, groups: [0] }).readText(TOKEN);
    const list = async (r: LessonRunner, path: string) => {
      const res = await r.cluster.apiServer.handle(new Request(r.cluster.serverUrl + path, { headers: { Authorization: `Bearer ${r.cluster.adminToken}` } }));
      return res.text();
    };
    for (const path of ['/api/v1/namespaces/somaz/pods', '/api/v1/namespaces/somaz/serviceaccounts', '/api/v1/namespaces/somaz/configmaps', '/api/v1/namespaces']) {
      expect(await list(b, path)).toBe(await list(a, path));
    }
    expect(podToken(a)).toMatch(/^eyJ/);
    expect(podToken(b)).toBe(podToken(a));
    expect(b.workstation.readText('/root/token')).toBe(a.workstation.readText('/root/token'));
    expect((await b.evaluate()).map((s) => s.passed)).toEqual(before.map((s) => s.passed));
    expect(b.history.map((h) => h.line)).toEqual(a.history.map((h) => h.line));
    expect(b.journal).toEqual(a.journal);
  }, 60_000);
});

describe('LessonRunner.writeFile', () => {
  it('says why a file could not be written, and journals only what was', async () => {
    const r = await LessonRunner.start(course.find('00')!, { cluster: { keys: fixtureKeys() } });
    expect(r.writeFile('.kube', 'x')).toBe('.kube: Is a directory');
    expect(r.writeFile('dir/new.yaml', 'a: 1\n')).toBeUndefined();
    expect(r.workstation.readText('/root/dir/new.yaml')).toBe('a: 1\n');
    expect(r.journal).toEqual([{ k: 'write', path: 'dir/new.yaml', content: 'a: 1\n' }]);
  });
});
