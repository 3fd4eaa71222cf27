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

export function lessonsPlugin(dir = resolve(import.meta.dirname, '../lessons')): Plugin {
  return {
    name: 'sa-lessons',
    resolveId: (id) => (id === ID ? RESOLVED : id === INDEX ? RESOLVED_INDEX : undefined),
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_INDEX) return undefined;
      const lessons: Lesson[] = [];
      const errors: LessonError[] = [];
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
        const path = join(dir, name);
        this.addWatchFile(path);
        const r = loadLesson(readFileSync(path, 'utf8'), `lessons/${name}`);
        if (r.ok) lessons.push(r.lesson);
        else errors.push(...r.errors);
      }
      const data = id === RESOLVED ? lessons : lessons.map(summarize);
      return `export const lessons = ${JSON.stringify(data)};\nexport const errors = ${JSON.stringify(errors)};\n`;
    },
    hotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.md')) return;
      for (const id of [RESOLVED, RESOLVED_INDEX]) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
