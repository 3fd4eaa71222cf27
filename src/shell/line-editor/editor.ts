// The line editor: readline's emacs keys over one line of input, history
// with ↑/↓ and Ctrl-R, and Tab completion through an injected completer. It
// knows nothing of the DOM or xterm: keys come in, terminal output goes out
// through `write`, and a finished line comes back as an event.
import type { Completion } from '../completion.ts';
import { backspace, deleteChar, insert, kill, nextPos, prevPos, rubout, wordLeft, wordRight, type Line } from './buffer.ts';
import type { Key } from './keys.ts';
import { tabAction } from './complete.ts';
import { formatColumns } from './listing.ts';
import { crlf, Renderer } from './render.ts';
import { searchPrompt, searchStep, startSearch, type Search } from './search.ts';

export type EditorEvent = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupt' };

export interface LineEditorOptions {
  write(data: string): void;
  columns?: number;
  /** the session's history, oldest first */
  history?: () => readonly string[];
  complete?: (line: string, cursor: number) => Promise<Completion>;
}

const BELL = '\x07';
const EMPTY: Line = { text: '', cursor: 0 };

export class LineEditor {
  readonly #o: LineEditorOptions;
  readonly #r: Renderer;
  #prompt = '';
  #line: Line = EMPTY;
  /** the history entry shown by ↑/↓; undefined while editing a new line */
  #histIndex: number | undefined;
  /** the new line, kept while browsing the history */
  #saved: Line = EMPTY;
  #killed = '';
  #search: Search | undefined;
  /** "Display all N possibilities? (y or n)" is waiting for its answer */
  #pendingList: string[] | undefined;
  #lastWasTab = false;

  constructor(o: LineEditorOptions) {
    this.#o = o;
    this.#r = new Renderer(o.write, o.columns ?? 80);
  }

  get text(): string {
    return this.#line.text;
  }

  get cursor(): number {
    return this.#line.cursor;
  }

  /** Shows `prompt` and starts a new line; `column`: where the cursor is (output may have ended mid-row). */
  start(prompt: string, column = 0): void {
    this.#prompt = prompt;
    this.#line = EMPTY;
    this.#histIndex = undefined;
    this.#search = undefined;
    this.#r.reset(column);
    this.#draw();
  }

  resize(columns: number): void {
    this.#r.columns = Math.max(1, columns);
  }

  #history(): readonly string[] {
    return this.#o.history?.() ?? [];
  }

  #draw(): void {
    const s = this.#search;
    if (s) this.#r.draw(searchPrompt(s), this.#line.text, s.index === -1 ? 0 : s.pos);
    else this.#r.draw(this.#prompt, this.#line.text, this.#line.cursor);
  }

  #set(line: Line): undefined {
    this.#line = line;
    this.#draw();
    return undefined;
  }

  async handle(key: Key): Promise<EditorEvent | undefined> {
    const wasTab = this.#lastWasTab;
    this.#lastWasTab = key.kind === 'key' && key.name === 'tab';
    if (this.#pendingList) return this.#answerList(key);
    if (this.#search) {
      const done = this.#searchKey(key);
      if (done !== 'pass') return done;
    }
    if (key.kind === 'text') return this.#set(insert(this.#line, key.text));
    const name = key.kind === 'key' ? key.name : `C-${key.key}`;
    const l = this.#line;
    switch (name) {
      case 'enter': case 'C-j': case 'C-m': return this.#accept();
      case 'C-c': return this.#interrupt();
      case 'C-d': return l.text === '' ? { kind: 'eof' } : this.#set(deleteChar(l));
      case 'backspace': return this.#set(backspace(l));
      case 'delete': return this.#set(deleteChar(l));
      case 'left': case 'C-b': return this.#set({ ...l, cursor: prevPos(l.text, l.cursor) });
      case 'right': case 'C-f': return this.#set({ ...l, cursor: nextPos(l.text, l.cursor) });
      case 'home': case 'C-a': return this.#set({ ...l, cursor: 0 });
      case 'end': case 'C-e': return this.#set({ ...l, cursor: l.text.length });
      case 'word-left': return this.#set({ ...l, cursor: wordLeft(l) });
      case 'word-right': return this.#set({ ...l, cursor: wordRight(l) });
      case 'C-k': return this.#kill(l.cursor, l.text.length);
      case 'C-u': return this.#kill(0, l.cursor);
      case 'C-w': case 'kill-word-back': return this.#kill(key.kind === 'ctrl' ? rubout(l) : wordLeft(l), l.cursor);
      case 'kill-word-forward': return this.#kill(l.cursor, wordRight(l));
      case 'C-y': return this.#set(insert(l, this.#killed));
      case 'C-l': return this.clearScreen();
      case 'up': case 'C-p': return this.#browse(-1);
      case 'down': case 'C-n': return this.#browse(1);
      case 'C-r': return this.#startSearch();
      case 'tab': return this.#complete(wasTab);
      default: return undefined;
    }
  }

  #accept(): EditorEvent {
    const text = this.#line.text;
    this.#r.finish();
    this.#line = EMPTY;
    this.#histIndex = undefined;
    return { kind: 'line', text };
  }

  #interrupt(): EditorEvent {
    this.#search = undefined;
    this.#draw();
    this.#r.finish('^C');
    this.#line = EMPTY;
    this.#histIndex = undefined;
    return { kind: 'interrupt' };
  }

  #kill(from: number, to: number): undefined {
    const { line, killed } = kill(this.#line, from, to);
    if (killed) this.#killed = killed;
    return this.#set(line);
  }

  clearScreen(): undefined {
    this.#o.write('\x1b[H\x1b[2J');
    this.#r.reset();
    this.#draw();
    return undefined;
  }

  /** ↑ (dir -1) and ↓ (dir 1) through the history; below the newest entry is the new line. */
  #browse(dir: -1 | 1): undefined {
    const h = this.#history();
    const at = this.#histIndex ?? h.length;
    const next = at + dir;
    if (next < 0 || next > h.length) {
      this.#o.write(BELL);
      return;
    }
    if (this.#histIndex === undefined) this.#saved = this.#line;
    this.#histIndex = next === h.length ? undefined : next;
    const text = next === h.length ? this.#saved.text : h[next]!;
    return this.#set({ text, cursor: text.length });
  }

  #startSearch(): undefined {
    this.#search = startSearch();
    this.#saved = this.#line;
    this.#draw();
    return undefined;
  }

  /** A key during Ctrl-R: 'pass' when it ends the search and should act on the found line. */
  #searchKey(key: Key): EditorEvent | undefined | 'pass' {
    const step = searchStep(this.#search!, key, this.#history());
    if (step.kind === 'show') {
      const s = (this.#search = step.search);
      if (s.index !== -1) this.#line = { text: this.#history()[s.index]!, cursor: s.pos };
      this.#draw();
      return undefined;
    }
    this.#search = undefined;
    if (step.kind === 'cancel') {
      this.#o.write(BELL);
      return this.#set(this.#saved);
    }
    return step.kind === 'stop' ? this.#set(this.#line) : 'pass';
  }

  async #complete(secondTab: boolean): Promise<undefined> {
    const a = tabAction(this.#line, await this.#o.complete?.(this.#line.text, this.#line.cursor), secondTab);
    switch (a.kind) {
      case 'bell':
        return void this.#o.write(BELL);
      case 'replace':
        // readline lists on the next Tab only if this one did not change the line
        this.#lastWasTab = false;
        return this.#set(a.line);
      case 'ask':
        this.#r.below();
        this.#pendingList = a.items;
        return void this.#o.write(`Display all ${a.items.length} possibilities? (y or n)`);
      case 'list':
        this.#r.below();
        return this.#showList(a.items);
    }
  }

  #answerList(key: Key): undefined {
    const items = this.#pendingList!;
    this.#pendingList = undefined;
    this.#o.write('\r\n');
    if (key.kind === 'text' && /^[yY ]/.test(key.text)) return this.#showList(items);
    this.#draw();
    return undefined;
  }

  #showList(items: readonly string[]): undefined {
    this.#o.write(crlf(formatColumns(items, this.#r.columns)));
    this.#draw();
    return undefined;
  }
}
