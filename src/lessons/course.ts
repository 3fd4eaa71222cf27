// The course: lessons in order, the learner's progress across all of them,
// and the references deep links use (`#/lessons/04/2`). Plain data in and
// out; where it is saved is the UI's business.
import type { Lesson } from './schema.ts';

/** what the course needs of a lesson: the page's first chunk carries only this, not the prose */
export type LessonSummary = Pick<Lesson, 'id' | 'title' | 'summary' | 'file' | 'clusterVersion'> & { steps: readonly { id: string }[] };

export function summarize(l: Lesson): LessonSummary {
  return { id: l.id, title: l.title, summary: l.summary, file: l.file, clusterVersion: l.clusterVersion, steps: l.steps.map((s) => ({ id: s.id })) };
}

export interface CourseProgress {
  /** id of the lesson the learner is in */
  current?: string;
  /** lesson id → ids of the steps completed */
  completed: Record<string, string[]>;
}

export class Course<L extends LessonSummary = Lesson> {
  readonly lessons: readonly L[];

  constructor(lessons: readonly L[]) {
    this.lessons = [...lessons].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** "04" for lessons/04-inside-the-pod.md, "07b" for 07b-…: what the picker and deep links show */
  static number(lesson: LessonSummary): string {
    const base = lesson.file.slice(lesson.file.lastIndexOf('/') + 1);
    return /^([0-9]+[a-z]?)-/.exec(base)?.[1] ?? lesson.id;
  }

  /** finds a lesson by its number ("04", "4", "07b") or id */
  find(ref: string): L | undefined {
    const r = ref.trim().toLowerCase();
    return (
      this.lessons.find((l) => l.id === r) ??
      this.lessons.find((l) => Course.number(l) === r) ??
      this.lessons.find((l) => /^\d+[a-z]?$/.test(r) && Course.number(l).replace(/^0+(?=\d)/, '') === r.replace(/^0+(?=\d)/, ''))
    );
  }

  next(lesson: L): L | undefined {
    return this.lessons[this.lessons.indexOf(lesson) + 1];
  }

  previous(lesson: L): L | undefined {
    const i = this.lessons.indexOf(lesson);
    return i > 0 ? this.lessons[i - 1] : undefined;
  }

  /** the lesson to open with no other instruction: the saved current one, else the first not finished */
  resume(p: CourseProgress): L {
    const saved = p.current ? this.find(p.current) : undefined;
    return saved ?? this.lessons.find((l) => !this.isDone(l, p)) ?? this.lessons[0]!;
  }

  isDone(lesson: LessonSummary, p: CourseProgress): boolean {
    const done = new Set(p.completed[lesson.id] ?? []);
    return lesson.steps.every((s) => done.has(s.id));
  }

  /** Forgets one lesson's completed steps (the learner resets it). */
  static reset(p: CourseProgress, lessonId: string): CourseProgress {
    const completed = { ...p.completed };
    delete completed[lessonId];
    return { ...p, completed };
  }
}

export interface LessonLink {
  lesson: string;
  /** 1-based step number, when the link names one */
  step?: number;
}

/** Parses `#/lessons/04/2` (or `#/lessons/inside-the-pod`); undefined for anything else. */
export function parseLessonLink(hash: string): LessonLink | undefined {
  const m = /^#?\/lessons\/([A-Za-z0-9-]+)(?:\/(\d+))?\/?$/.exec(hash);
  if (!m) return undefined;
  const step = m[2] === undefined ? undefined : Number(m[2]);
  return step ? { lesson: m[1]!, step } : { lesson: m[1]! };
}

export function lessonLink(lesson: LessonSummary, step?: number): string {
  return `#/lessons/${Course.number(lesson)}${step ? `/${step}` : ''}`;
}
