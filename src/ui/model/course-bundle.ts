// The lessons under lessons/, loaded at build time (scripts/vite-lessons-plugin.ts):
// a new Markdown file there is a new lesson, no code.
import { errors, lessons } from 'virtual:sa-lessons';
import type { Lesson, LessonError } from '../../lessons/schema.ts';

export function bundledLessons(): { lessons: Lesson[]; errors: LessonError[] } {
  return { lessons, errors };
}
