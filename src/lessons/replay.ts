// What `npm run lessons:check` does for one lesson: start it in a fresh
// headless cluster, and for each step check that its first check fails
// before the solution (a learner who types nothing does not pass) and that
// every check passes after it.
import type { ClusterOptions } from '../cluster/index.ts';
import type { CheckResult } from './checks/index.ts';
import { LessonRunner } from './runner.ts';
import type { Lesson } from './schema.ts';

export interface StepReport {
  stepId: string;
  title: string;
  line: number;
  /** the first check's result before the solution ran */
  before: CheckResult;
  after: CheckResult[];
  /** what went wrong, empty when the step is fine */
  problems: string[];
}

export interface LessonReport {
  lesson: Lesson;
  steps: StepReport[];
  ok: boolean;
}

export async function replayLesson(lesson: Lesson, cluster: Omit<ClusterOptions, 'version'> = {}): Promise<LessonReport> {
  const runner = await LessonRunner.start(lesson, { cluster });
  const steps: StepReport[] = [];
  for (const step of lesson.steps) {
    const problems: string[] = [];
    const before = (await runner.evaluateStep({ ...step, checks: step.checks.slice(0, 1) })).checks[0]!;
    if (before.passed) problems.push(`check 1 (${step.checks[0]!.kind}) already passes before the solution: ${before.reason}`);
    // a solution line may fail on purpose (the lesson shows an error): the checks judge it
    for (const line of step.solution) await runner.run(line);
    const after = (await runner.evaluateStep(step)).checks;
    after.forEach((c, i) => {
      if (!c.passed) problems.push(`check ${i + 1} (${step.checks[i]!.kind}) fails after the solution: ${c.reason}`);
    });
    steps.push({ stepId: step.id, title: step.title, line: step.line, before, after, problems });
  }
  return { lesson, steps, ok: steps.every((s) => s.problems.length === 0) };
}

export function formatReport(r: LessonReport): string {
  const out = [`${r.ok ? 'ok  ' : 'FAIL'} ${r.lesson.file} — ${r.lesson.title}`];
  for (const s of r.steps) {
    out.push(`  ${s.problems.length ? '✗' : '✓'} ${s.title} (${s.after.length} check${s.after.length === 1 ? '' : 's'})`);
    for (const p of s.problems) out.push(`      ${r.lesson.file}:${s.line}: ${p}`);
  }
  return out.join('\n');
}
