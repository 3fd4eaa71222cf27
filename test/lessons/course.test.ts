// The course across lessons: order, references from deep links, resuming
// where the learner was, and resetting one lesson's progress.
import { describe, expect, it } from 'vitest';
import { lessonFiles, loadLessonFiles } from '../../src/cli/lessons-check.ts';
import { Course, lessonLink, parseLessonLink, type CourseProgress } from '../../src/lessons/index.ts';

const course = new Course(loadLessonFiles(lessonFiles()).lessons);

describe('Course', () => {
  it('orders lessons by file and numbers them from the file name', () => {
    const numbers = course.lessons.map((l) => Course.number(l));
    expect(numbers.slice(0, 3)).toEqual(['00', '01', '02']);
    expect(numbers).toContain('07b');
    expect(numbers.indexOf('07b')).toBe(numbers.indexOf('07') + 1);
  });

  it('finds a lesson by number, unpadded number or id', () => {
    const l4 = course.find('04')!;
    expect(l4.file).toMatch(/04-inside-the-pod\.md$/);
    expect(course.find('4')).toBe(l4);
    expect(course.find(l4.id)).toBe(l4);
    expect(course.find('07B')?.id).toBe('token-secrets-by-hand');
    expect(course.find('99')).toBeUndefined();
    expect(course.find('')).toBeUndefined();
  });

  it('resumes the saved lesson, else the first unfinished one', () => {
    const first = course.lessons[0]!;
    const done: CourseProgress = { completed: { [first.id]: first.steps.map((s) => s.id) } };
    expect(course.resume({ completed: {} })).toBe(first);
    expect(course.resume(done)).toBe(course.lessons[1]);
    expect(course.resume({ ...done, current: '06' }).file).toMatch(/06-rbac/);
    expect(course.resume({ completed: {}, current: 'no-such-lesson' })).toBe(first);
  });

  it('resetting a lesson forgets only its steps', () => {
    const p: CourseProgress = { current: 'a', completed: { a: ['x'], b: ['y'] } };
    expect(Course.reset(p, 'a')).toEqual({ current: 'a', completed: { b: ['y'] } });
    expect(p.completed.a).toEqual(['x']);
  });
});

describe('lesson links', () => {
  it('parses #/lessons/NN and #/lessons/NN/STEP', () => {
    expect(parseLessonLink('#/lessons/04/2')).toEqual({ lesson: '04', step: 2 });
    expect(parseLessonLink('#/lessons/inside-the-pod')).toEqual({ lesson: 'inside-the-pod' });
    expect(parseLessonLink('/lessons/07b/')).toEqual({ lesson: '07b' });
    for (const bad of ['', '#', '#/lesson/04', '#/lessons/04/x', '#/lessons/../etc', '#/lessons/04/0/1']) expect(parseLessonLink(bad)).toBeUndefined();
    expect(parseLessonLink('#/lessons/04/0')).toEqual({ lesson: '04' });
  });

  it('formats the link a lesson and step are shared by', () => {
    const l = course.find('04')!;
    expect(lessonLink(l)).toBe('#/lessons/04');
    expect(lessonLink(l, 3)).toBe('#/lessons/04/3');
    expect(parseLessonLink(lessonLink(l, 3))).toEqual({ lesson: '04', step: 3 });
  });
});
