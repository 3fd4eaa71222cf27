// describe's PrefixWriter over tabbedString's tabwriter (kubectl/pkg/describe
// describe.go): Write(level, text) indents by two spaces a level and escapes
// terminal control characters; Flush() closes the current alignment block
// (DescribeEvents flushes before its table).
import { DESCRIBE_TABWRITER, tabwrite } from '../../../printers/tabwriter.ts';
import { escapeTerminal } from '../printers/table.ts';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;

export class PrefixWriter {
  #done = '';
  #pending = '';
  readonly #indent: number;
  readonly #parent?: PrefixWriter;

  constructor(parent?: PrefixWriter, indent = 0) {
    this.#parent = parent;
    this.#indent = indent;
  }

  /** w.Write(level, format, args...) with the arguments already formatted in */
  write(level: number, text: string): void {
    if (this.#parent) return this.#parent.write(level + this.#indent, text);
    this.#pending += escapeTerminal('  '.repeat(level) + text);
  }

  /** w.WriteLine(a...): fmt.Sprintln, no indentation */
  writeLine(...a: string[]): void {
    if (this.#parent) return this.#parent.write(this.#indent, a.join(' ') + '\n');
    this.#pending += escapeTerminal(a.join(' ') + '\n');
  }

  flush(): void {
    if (this.#parent) return this.#parent.flush();
    this.#done += tabwrite(this.#pending, DESCRIBE_TABWRITER);
    this.#pending = '';
  }

  /** tabbedString's result */
  toString(): string {
    this.flush();
    return this.#done;
  }
}
