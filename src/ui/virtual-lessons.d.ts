declare module 'virtual:sa-lessons' {
  import type { Lesson, LessonError } from '../lessons/schema.ts';
  export const lessons: Lesson[];
  export const errors: LessonError[];
}

declare module 'virtual:sa-lessons-index' {
  import type { LessonSummary } from '../lessons/course.ts';
  import type { LessonError } from '../lessons/schema.ts';
  export const lessons: LessonSummary[];
  export const errors: LessonError[];
}

declare module 'virtual:sa-lesson-loaders' {
  import type { Lesson } from '../lessons/schema.ts';
  /** lesson id → its full text, a chunk of its own */
  export const loaders: Record<string, () => Promise<{ default: Lesson | null }>>;
}
