// The lesson format as types, and the rules a lesson file must follow. A
// lesson is data (docs/writing-lessons.md): Markdown with YAML front matter,
// one `## ` section per step, each closed by a ```yaml check block.
import type { ClusterVersionName } from '../cluster/versions.ts';
import type { CheckSpec } from './checks/types.ts';

export interface Step {
  /** slug of the title, unique in the lesson: what progress records */
  id: string;
  title: string;
  /** the section's Markdown without the check block */
  prose: string;
  /** the ```sh blocks, in order: commands the learner can click to run */
  commands: string[];
  hints: string[];
  /** terminal entries that solve the step (each one shell.run); the commands by default */
  solution: string[];
  checks: CheckSpec[];
  /** 1-based line of the `## ` heading */
  line: number;
}

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  clusterVersion: ClusterVersionName;
  /** terminal entries run before the lesson starts, not shown */
  setup: string[];
  /** workstation path (relative to /root) → content; they open in the editor */
  files: Record<string, string>;
  /** Markdown before the first step */
  intro: string;
  steps: Step[];
  /** where the lesson came from, for messages */
  file: string;
}

/** A mistake in a lesson file: where it is and what is wrong. */
export interface LessonError {
  file: string;
  line: number;
  message: string;
}

export function formatLessonError(e: LessonError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

export const CLUSTER_VERSIONS: readonly ClusterVersionName[] = ['1.23', '1.33'];

/** Levenshtein distance, for "did you mean …?" */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean "x"?)` when one of `known` is close to `word`, else "" */
export function suggest(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

export function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
