import { describe, expect, it } from 'vitest';
import { formatLessonError, loadLesson } from '../../src/lessons/index.ts';

const lesson = (steps: string, fm = "id: x\ntitle: X\nsummary: s\nclusterVersion: '1.33'") => `---\n${fm}\n---\n\nIntro.\n\n${steps}`;
const errorsOf = (text: string): string[] => {
  const r = loadLesson(text, 'lessons/02-x.md');
  return r.ok ? [] : r.errors.map(formatLessonError);
};

const STEP = '## Create the namespace\n\n```sh\nkubectl create ns somaz\n```\n\n```yaml check\nchecks:\n  - kind: objectExists\n    resource: namespaces\n    name: somaz\n```\n';

describe('loadLesson', () => {
  it('reads front matter, prose, commands, solution (the commands by default) and checks', () => {
    const r = loadLesson(lesson(STEP), 'lessons/02-x.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [step] = r.lesson.steps;
    expect(r.lesson).toMatchObject({ id: 'x', clusterVersion: '1.33', intro: 'Intro.', setup: [], files: {} });
    expect(step).toMatchObject({ id: 'create-the-namespace', line: 10, commands: ['kubectl create ns somaz'], solution: ['kubectl create ns somaz'] });
    expect(step!.checks).toEqual([{ kind: 'objectExists', resource: 'namespaces', name: 'somaz' }]);
    expect(step!.prose).not.toContain('yaml check');
  });

  it('names the file, the line and a close kind for a misspelt kind', () => {
    expect(errorsOf(lesson(STEP.replace('objectExists', 'objectExist')))).toEqual(['lessons/02-x.md:18: step "Create the namespace": check 1: unknown kind "objectExist" (did you mean "objectExists"?)']);
  });

  it('rejects unknown fields, missing fields, bad regexes and unknown resources, each on its line', () => {
    const bad = '## S\n\n```yaml check\nsolution: [ls]\nchecks:\n  - kind: lastCommand\n    match: ls\n  - kind: fieldMatches\n    resource: serviceacount\n    name: d\n    path: .x\n    pattern: "("\n```\n';
    expect(errorsOf(lesson(bad))).toEqual([
      'lessons/02-x.md:16: step "S": check 1: unknown field "match" for kind lastCommand (did you mean "matches"?)',
      'lessons/02-x.md:15: step "S": check 1: kind lastCommand needs "matches"',
      'lessons/02-x.md:18: step "S": check 2: resource unknown resource "serviceacount" (did you mean "serviceaccount"?)',
      expect.stringMatching(/^lessons\/02-x\.md:21: step "S": check 2: pattern is not a valid regular expression/),
    ]);
  });

  it('rejects a step without a check block and a bad cluster version', () => {
    expect(errorsOf(lesson('## Nothing to check\n\nJust prose.\n', "id: x\ntitle: X\nsummary: s\nclusterVersion: '1.25'\ncolour: red"))).toEqual([
      'lessons/02-x.md:6: unknown front matter field "colour"',
      'lessons/02-x.md:5: clusterVersion "1.25" is not one of 1.23, 1.33 (quote it: \'1.23\')',
      'lessons/02-x.md:11: step "Nothing to check": no ```yaml check block (every step needs at least one check)',
    ]);
  });

  it('reports YAML syntax errors and a missing front matter', () => {
    expect(errorsOf('# no front matter')).toEqual(['lessons/02-x.md:1: no front matter: the file must start with a --- line']);
    expect(errorsOf(lesson('## S\n\n```yaml check\nchecks: [\n```\n'))[0]).toMatch(/^lessons\/02-x\.md:13: YAML: /);
  });
});
