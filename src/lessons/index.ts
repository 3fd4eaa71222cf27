export { loadLesson, type LoadResult } from './loader.ts';
export { formatLessonError, type Lesson, type LessonError, type Step } from './schema.ts';
export { LessonRunner, type LessonProgress, type StepStatus } from './runner.ts';
export { formatReport, replayLesson, type LessonReport } from './replay.ts';
export * from './checks/index.ts';
export { Course, lessonLink, parseLessonLink, type CourseProgress, type LessonLink } from './course.ts';
export { appendEvent, journalProblem, type JournalEvent } from './journal.ts';
