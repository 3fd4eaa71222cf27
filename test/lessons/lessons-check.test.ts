// The same as `npm run lessons:check`: every lesson under lessons/ is valid,
// and each step's first check fails before its solution and all pass after.
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadLessonFiles } from '../../src/cli/lessons-check.ts';
import { formatLessonError, formatReport, replayLesson } from '../../src/lessons/index.ts';
import { fixtureKeys } from '../cluster/keys-fixture.ts';

const { lessons, errors } = loadLessonFiles(lessonFiles());

describe('lessons:check', () => {
  it('every lesson file is valid', () => {
    expect(errors.map(formatLessonError)).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(3);
  });

  for (const lesson of lessons) {
    it(`${lesson.file}: every step fails before and passes after its solution`, async () => {
      const report = await replayLesson(lesson, { seed: 7, keys: fixtureKeys() });
      expect(report.ok, formatReport(report)).toBe(true);
      expect(report.steps.every((s) => !s.before.passed)).toBe(true);
    }, 60_000);
  }
});
