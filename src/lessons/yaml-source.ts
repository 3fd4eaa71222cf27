// A YAML block of a lesson file, parsed with the line every value sits on, so
// an error can name the line of the lesson file (not of the block).
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { LessonError } from './schema.ts';

export class YamlSource {
  readonly doc: Document;
  readonly errors: LessonError[] = [];
  readonly #lc = new LineCounter();
  readonly #file: string;
  /** the lesson-file line of the block's first line, 1-based */
  readonly #firstLine: number;

  constructor(text: string, file: string, firstLine: number) {
    this.#file = file;
    this.#firstLine = firstLine;
    this.doc = parseDocument(text, { lineCounter: this.#lc, uniqueKeys: true, prettyErrors: false });
    for (const e of this.doc.errors) this.errors.push({ file, line: this.#lineAt(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` });
  }

  get value(): unknown {
    return this.doc.toJS();
  }

  #lineAt(offset: number): number {
    return this.#firstLine + this.#lc.linePos(offset).line - 1;
  }

  /** the line of the value at `path` (or of its nearest parent that exists) */
  line(path: Array<string | number>): number {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return this.#lineAt(node.range[0]);
    }
    return this.#firstLine;
  }

  /** the line of the key `path`'s last element (for unknown keys) */
  keyLine(path: Array<string | number>): number {
    const parent = path.length > 1 ? this.doc.getIn(path.slice(0, -1), true) : this.doc.contents;
    if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
      for (const item of parent.items as Array<{ key?: unknown }>) {
        if (isNode(item.key) && (item.key as { value?: unknown }).value === path[path.length - 1] && item.key.range) return this.#lineAt(item.key.range[0]);
      }
    }
    return this.line(path);
  }

  error(path: Array<string | number>, message: string, atKey = false): void {
    this.errors.push({ file: this.#file, line: atKey ? this.keyLine(path) : this.line(path), message });
  }
}
