// The lessons under lessons/, bundled into the page at build time (vite's
// import.meta.glob): a new Markdown file there is a new lesson, no code.
import { loadLesson, type Lesson, type LessonError } from '../../lessons/index.ts';

const files = import.meta.glob('/lessons/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function bundledLessons(): { lessons: Lesson[]; errors: LessonError[] } {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const r = loadLesson(text, path.replace(/^\//, ''));
    if (r.ok) lessons.push(r.lesson);
    else errors.push(...r.errors);
  }
  return { lessons, errors };
}
