// `virtual:sa-lessons`: every lessons/*.md, loaded and validated at build
// time (the same loader `npm run lessons:check` uses) and handed to the page
// as data. The page then needs no YAML parser to show a lesson, and a lesson
// with a mistake reaches the page as its file:line errors. In `vite dev` a
// saved lesson file reloads the page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadLesson } from '../src/lessons/loader.ts';
import { summarize } from '../src/lessons/course.ts';
import type { Lesson, LessonError } from '../src/lessons/schema.ts';

const ID = 'virtual:sa-lessons';
const RESOLVED = '\0' + ID;
/** just titles and step ids, for the page's first chunk (the lesson picker, progress) */
const INDEX = 'virtual:sa-lessons-index';
const RESOLVED_INDEX = '\0' + INDEX;
/** one lesson's full text, a chunk of its own: the page fetches only the lesson it shows */
const ONE = 'virtual:sa-lesson/';
const LOADERS = 'virtual:sa-lesson-loaders';
const RESOLVED_LOADERS = '\0' + LOADERS;

export function lessonsPlugin(dir = resolve(import.meta.dirname, '../lessons')): Plugin {
  return {
    name: 'sa-lessons',
    resolveId: (id) => (id === ID ? RESOLVED : id === INDEX ? RESOLVED_INDEX : id === LOADERS ? RESOLVED_LOADERS : id.startsWith(ONE) ? '\0' + id : undefined),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_INDEX && id !== RESOLVED_LOADERS && !id.startsWith('\0' + ONE)) return undefined;
      const lessons: Lesson[] = [];
      const errors: LessonError[] = [];
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
        const path = join(dir, name);
        this.addWatchFile(path);
        const r = loadLesson(readFileSync(path, 'utf8'), `lessons/${name}`);
        if (r.ok) lessons.push(r.lesson);
        else errors.push(...r.errors);
      }
      if (id === RESOLVED_LOADERS) {
        return `export const loaders = {\n${lessons.map((l) => `  ${JSON.stringify(l.id)}: () => import(${JSON.stringify(ONE + l.id)}),`).join('\n')}\n};\n`;
      }
      if (id.startsWith('\0' + ONE)) {
        const lesson = lessons.find((l) => l.id === id.slice(ONE.length + 1));
        return `export default ${JSON.stringify(lesson ?? null)};\n`;
      }
      const data = id === RESOLVED ? lessons : lessons.map(summarize);
      return `export const lessons = ${JSON.stringify(data)};\nexport const errors = ${JSON.stringify(errors)};\n`;
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.md')) return;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:sa-lesson')) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
