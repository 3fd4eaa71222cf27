// `npm run lessons:check [files…]`: validates every lesson under lessons/ (or
// the files named) and replays each step's solution in a fresh headless
// cluster. Exit 1 when a lesson is invalid or a step does not check out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatLessonError, formatReport, loadLesson, replayLesson, type Lesson, type LessonError } from '../lessons/index.ts';

export const LESSONS_DIR = resolve(import.meta.dirname, '../../lessons');

export function lessonFiles(dir = LESSONS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
}

export function loadLessonFiles(files: string[]): { lessons: Lesson[]; errors: LessonError[] } {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  const ids = new Map<string, string>();
  for (const path of files) {
    const file = relative(process.cwd(), path);
    const r = loadLesson(readFileSync(path, 'utf8'), file);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    const other = ids.get(r.lesson.id);
    if (other) errors.push({ file, line: 2, message: `id "${r.lesson.id}" is also the id of ${other}` });
    ids.set(r.lesson.id, file);
    lessons.push(r.lesson);
  }
  return { lessons, errors };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { lessons, errors } = loadLessonFiles(args.length ? args.map((a) => resolve(a)) : lessonFiles());
  for (const e of errors) console.log(formatLessonError(e));
  let failed = errors.length > 0;
  for (const lesson of lessons) {
    const report = await replayLesson(lesson);
    console.log(formatReport(report));
    failed ||= !report.ok;
  }
  console.log(failed ? '\nlessons:check failed' : `\n${lessons.length} lesson(s) ok`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) void main();
