// Drawing the line being edited: the prompt and the text, wrapped at the
// terminal's width, with the cursor put where it belongs. A redraw goes back
// to the prompt's first row, erases to the end of the screen and writes it
// all again; typing at the end of the line just writes the new characters.
// The prompt may start mid-row (after `cat token`, which ends without a
// newline): the renderer is told that column and never erases what is left
// of it, as bash's prompt follows such output on the same row.
import { advance, type Position } from './width.ts';

/** `\n` → `\r\n`: the terminal is in raw mode and does not return the carriage itself. */
export const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

const up = (n: number): string => (n > 0 ? `\x1b[${n}A` : '');
const down = (n: number): string => (n > 0 ? `\x1b[${n}B` : '');
const right = (n: number): string => (n > 0 ? `\x1b[${n}C` : '');

export class Renderer {
  columns: number;
  readonly #write: (s: string) => void;
  /** the cursor's row, counted from the prompt's first row */
  #cursorRow = 0;
  #drawn: { prompt: string; text: string; cursor: number } | undefined;
  /** the column the prompt starts at */
  #anchor = 0;

  constructor(write: (s: string) => void, columns: number) {
    this.#write = write;
    this.columns = columns;
  }

  #at(s: string): Position {
    return advance(s, { row: 0, col: Math.min(this.#anchor, this.columns - 1) }, this.columns);
  }

  draw(prompt: string, text: string, cursor: number): void {
    const last = this.#drawn;
    this.#drawn = { prompt, text, cursor };
    // typing at the end: write only what was added, when it does not reach the edge
    if (last && last.prompt === prompt && last.cursor === last.text.length && cursor === text.length && text.startsWith(last.text)) {
      const end = this.#at(prompt + text);
      if (end.row === this.#cursorRow && end.col > 0 && !text.slice(last.text.length).includes('\n')) {
        this.#write(text.slice(last.text.length));
        return;
      }
    }
    const all = prompt + text;
    const end = this.#at(all);
    const cur = this.#at(prompt + text.slice(0, cursor));
    let s = `${up(this.#cursorRow)}\r${right(Math.min(this.#anchor, this.columns - 1))}\x1b[J${crlf(all)}`;
    if (end.col === 0 && end.row > 0 && !all.endsWith('\n')) s += '\r\n';
    s += `${up(end.row - cur.row)}\r${right(cur.col)}`;
    this.#cursorRow = cur.row;
    this.#write(s);
  }

  /** Leaves the line (Enter, Ctrl-C): the cursor goes below it and the next draw starts afresh. */
  finish(suffix = ''): void {
    const d = this.#drawn;
    if (d) {
      const end = this.#at(d.prompt + d.text);
      const atRowStart = end.col === 0 && end.row > 0;
      this.#write(down(end.row - this.#cursorRow) + suffix + (suffix || !atRowStart ? '\r\n' : ''));
    }
    this.reset();
  }

  /** Forget what is on the screen (after output, or a cleared screen); the next draw starts at column `anchor`. */
  reset(anchor = 0): void {
    this.#cursorRow = 0;
    this.#drawn = undefined;
    this.#anchor = anchor;
  }

  /** Moves below the current line without ending it (to print a completion list). */
  below(): void {
    const d = this.#drawn;
    if (d) {
      const end = this.#at(d.prompt + d.text);
      this.#write(down(end.row - this.#cursorRow) + (end.col === 0 && end.row > 0 ? '' : '\r\n'));
    }
    this.reset();
  }
}
