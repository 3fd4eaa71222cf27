// Splits a lesson file into its parts: front matter, the intro, and one
// section per `## ` heading with its ```sh commands and its ```yaml check block.

export interface Fence {
  info: string;
  body: string;
  /** 1-based line of the first body line */
  line: number;
}

export interface Section {
  title: string;
  line: number;
  /** the section's Markdown with the check block taken out */
  prose: string;
  fences: Fence[];
  check?: Fence;
}

export interface SplitFile {
  frontMatter?: Fence;
  intro: string;
  sections: Section[];
  /** lines of check blocks outside a step or after a step's first */
  misplacedChecks: number[];
}

const FENCE = /^(```+|~~~+)\s*(.*)$/;

export function splitLesson(text: string): SplitFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let frontMatter: Fence | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      frontMatter = { info: 'yaml', body: lines.slice(1, end).join('\n'), line: 2 };
      i = end + 1;
    }
  }
  const intro: string[] = [];
  const sections: Section[] = [];
  const misplacedChecks: number[] = [];
  let current: Section | undefined;
  let prose: string[] = intro;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const close = fence[1]!;
      const start = i + 1;
      let j = start;
      while (j < lines.length && !lines[j]!.startsWith(close)) j++;
      const f: Fence = { info: fence[2]!.trim(), body: lines.slice(start, j).join('\n'), line: start + 1 };
      if (/^yaml\s+check$/.test(f.info)) {
        if (current && !current.check) current.check = f;
        else misplacedChecks.push(i + 1);
      } else {
        current?.fences.push(f);
        prose.push(...lines.slice(i, Math.min(j + 1, lines.length)));
      }
      i = j + 1;
      continue;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) {
      if (current) current.prose = prose.join('\n').trim();
      current = { title: heading[1]!, line: i + 1, prose: '', fences: [] };
      sections.push(current);
      prose = [];
    } else prose.push(line);
    i++;
  }
  if (current) current.prose = prose.join('\n').trim();
  return { ...(frontMatter ? { frontMatter } : {}), intro: intro.join('\n').trim(), sections, misplacedChecks };
}
