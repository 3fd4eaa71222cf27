// Reads one lesson file (its text; the caller reads the disk) into a Lesson,
// or the list of what is wrong with it, each with its file and line.
import type { CheckSpec } from './checks/types.ts';
import { splitLesson, type Section } from './markdown.ts';
import { CLUSTER_VERSIONS, slug, suggest, type Lesson, type LessonError, type Step } from './schema.ts';
import { validateCheck } from './validate-check.ts';
import { YamlSource } from './yaml-source.ts';

export type LoadResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] };

const FRONT_MATTER_KEYS = ['id', 'title', 'summary', 'clusterVersion', 'setup', 'files'];
const CHECK_BLOCK_KEYS = ['hints', 'solution', 'checks'];

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const COMMAND_FENCES = /^(sh|bash|shell|console)$/;

type FrontMatter = Omit<Lesson, 'intro' | 'steps' | 'file'>;

function readFrontMatter(src: YamlSource, file: string): FrontMatter | undefined {
  const fm = src.value as Record<string, unknown> | null;
  if (typeof fm !== 'object' || fm === null) {
    src.error([], 'front matter must be a mapping (id, title, summary, clusterVersion, …)');
    return undefined;
  }
  for (const k of Object.keys(fm)) if (!FRONT_MATTER_KEYS.includes(k)) src.error([k], `unknown front matter field "${k}"${suggest(k, FRONT_MATTER_KEYS)}`, true);
  for (const k of ['id', 'title', 'summary']) if (typeof fm[k] !== 'string' || !fm[k]) src.error(k in fm ? [k] : [], `front matter needs "${k}" (a string)`);
  if (typeof fm.id === 'string' && !/^[a-z0-9][a-z0-9-]*$/.test(fm.id)) src.error(['id'], `id "${fm.id}" must be lower-case letters, digits and dashes`);
  const version = String(fm.clusterVersion ?? '1.33');
  if (!(CLUSTER_VERSIONS as readonly string[]).includes(version)) src.error(['clusterVersion'], `clusterVersion "${version}" is not one of ${CLUSTER_VERSIONS.join(', ')} (quote it: '1.23')`);
  if (fm.setup !== undefined && !isStrings(fm.setup)) src.error(['setup'], 'setup must be a list of shell lines');
  const files = fm.files ?? {};
  if (typeof files !== 'object' || files === null || Array.isArray(files) || !Object.values(files).every((v) => typeof v === 'string')) src.error(['files'], 'files must map a path to its content');
  void file;
  return {
    id: String(fm.id),
    title: String(fm.title),
    summary: String(fm.summary),
    clusterVersion: version as FrontMatter['clusterVersion'],
    setup: isStrings(fm.setup) ? fm.setup : [],
    files: files as Record<string, string>,
  };
}

function readStep(s: Section, file: string, errors: LessonError[]): Step | undefined {
  const where = `step "${s.title}"`;
  const commands = s.fences.filter((f) => COMMAND_FENCES.test(f.info)).map((f) => f.body);
  if (!s.check) {
    errors.push({ file, line: s.line, message: `${where}: no \`\`\`yaml check block (every step needs at least one check)` });
    return undefined;
  }
  const src = new YamlSource(s.check.body, file, s.check.line);
  const block = (src.value ?? {}) as Record<string, unknown>;
  if (src.errors.length === 0 && (typeof block !== 'object' || Array.isArray(block))) src.error([], `${where}: the check block must be a mapping (hints, solution, checks)`);
  for (const k of Object.keys(block)) if (!CHECK_BLOCK_KEYS.includes(k)) src.error([k], `${where}: unknown field "${k}"${suggest(k, CHECK_BLOCK_KEYS)}`, true);
  if (block.hints !== undefined && !isStrings(block.hints)) src.error(['hints'], `${where}: hints must be a list of strings`);
  if (block.solution !== undefined && !isStrings(block.solution)) src.error(['solution'], `${where}: solution must be a list of shell lines`);
  const solution = isStrings(block.solution) ? block.solution : commands;
  if (solution.length === 0) src.error([], `${where}: no solution and no \`\`\`sh command to use as one`);
  const checks: CheckSpec[] = [];
  if (!Array.isArray(block.checks) || block.checks.length === 0) src.error(block.checks === undefined ? [] : ['checks'], `${where}: needs a list of checks`);
  else block.checks.forEach((c, i) => {
    const spec = validateCheck(src, ['checks', i], c, `${where}: check ${i + 1}`);
    if (spec) checks.push(spec);
  });
  errors.push(...src.errors);
  if (src.errors.length) return undefined;
  return { id: slug(s.title), title: s.title, prose: s.prose, commands, hints: isStrings(block.hints) ? block.hints : [], solution, checks, line: s.line };
}

export function loadLesson(text: string, file: string): LoadResult {
  const parts = splitLesson(text);
  const errors: LessonError[] = [];
  if (!parts.frontMatter) return { ok: false, errors: [{ file, line: 1, message: 'no front matter: the file must start with a --- line' }] };
  const fmSrc = new YamlSource(parts.frontMatter.body, file, parts.frontMatter.line);
  const fm = fmSrc.errors.length ? undefined : readFrontMatter(fmSrc, file);
  errors.push(...fmSrc.errors);
  for (const line of parts.misplacedChecks) errors.push({ file, line, message: 'a ```yaml check block must come once, inside a `## ` step' });
  if (parts.sections.length === 0) errors.push({ file, line: 1, message: 'no steps: each step is a `## ` heading' });
  const steps: Step[] = [];
  const seen = new Map<string, number>();
  for (const s of parts.sections) {
    const step = readStep(s, file, errors);
    if (!step) continue;
    if (seen.has(step.id)) errors.push({ file, line: s.line, message: `step "${s.title}": another step (line ${seen.get(step.id)}) has the same title` });
    seen.set(step.id, s.line);
    steps.push(step);
  }
  if (errors.length || !fm) return { ok: false, errors };
  return { ok: true, lesson: { ...fm, intro: parts.intro, steps, file } };
}
