// Everything the page needs once the terminal is on screen: the cluster, the
// shell, the lessons and the Markdown renderer. A separate chunk, fetched at
// start-up in parallel with the first paint, so the prompt appears before
// the simulated control plane has finished arriving.
export { Playground, type UiHooks } from './model/playground.ts';
export { bundledLessons } from './model/course-bundle.ts';
export { TerminalSession } from '../shell/line-editor/index.ts';
export { renderMarkdown } from './lesson/markdown.ts';
export { Course, lessonLink, parseLessonLink } from '../lessons/index.ts';
