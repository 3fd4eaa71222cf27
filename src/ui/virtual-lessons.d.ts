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
