// Tab completion as bash's programmable completion does it by default:
// command names in command position, `$VAR` names, a command's own
// completer (kubectl registers one) for its arguments, and file names
// otherwise. The line editor (line-editor/completion.ts) decides what to do
// with the candidates.
import type { ArgCompleter, Command } from './command.ts';
import { BUILTINS } from './interpreter/builtins/index.ts';
import type { Frame } from './interpreter/frame.ts';
import { isFsError } from '../vfs/index.ts';

export interface Completion {
  /** the range of the line [from, to) the chosen candidate replaces */
  from: number;
  to: number;
  /** replacement texts, quoted for the shell; a directory ends with `/` */
  candidates: string[];
  /** how the list shows each candidate (a file without its directory) */
  display?: string[];
}

export interface CompletionScope {
  frame: Frame;
  commands: ReadonlyMap<string, Command>;
  completers: ReadonlyMap<string, ArgCompleter>;
}

interface WordAt {
  /** earlier words of the command the cursor is in, unquoted */
  words: string[];
  /** the word at the cursor, unquoted, and where it starts */
  word: string;
  start: number;
  quoted: boolean;
}

/** Splits the line up to the cursor the way the shell would, well enough to complete. */
export function wordAt(line: string, cursor: number): WordAt {
  let words: string[] = [];
  let word = '';
  let start = cursor;
  let inWord = false;
  let quote = '';
  let quoted = false;
  const begin = (i: number) => {
    if (!inWord) [inWord, start, word, quoted] = [true, i, '', false];
  };
  for (let i = 0; i < cursor; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < cursor) word += line[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      begin(i);
      quote = c;
      quoted = true;
    } else if (c === '\\') {
      begin(i);
      if (i + 1 < cursor) word += line[++i];
    } else if (c === ' ' || c === '\t' || c === '\n' || '|;&()<>'.includes(c)) {
      if (inWord && !(c === '(' && word === '$')) words.push(word);
      inWord = false;
      if ('|;&('.includes(c)) words = [];
    } else {
      begin(i);
      word += c;
    }
  }
  if (!inWord) [word, start] = ['', cursor];
  return { words, word, start, quoted };
}

export async function completeLine(line: string, cursor: number, s: CompletionScope): Promise<Completion> {
  const at = wordAt(line, cursor);
  // a word begun with a quote is completed inside that quote, and closed when complete
  const q = at.quoted && (line[at.start] === '"' || line[at.start] === "'") ? line[at.start]! : '';
  const quote = (c: string): string => (q ? q + c + (c.endsWith('/') ? '' : q) : at.quoted ? c : escape(c));
  const result = (candidates: string[], display?: string[]): Completion => ({
    from: at.start,
    to: cursor,
    candidates: candidates.map(quote),
    ...(display ? { display } : {}),
  });
  if (at.word.startsWith('$') && !at.word.includes('/')) {
    const names = s.frame.vars.sorted().map(([n]) => '$' + n);
    return { from: at.start, to: cursor, candidates: names.filter((n) => n.startsWith(at.word)) };
  }
  if (!at.words.length && !at.word.includes('/')) return result(commandNames(s).filter((n) => n.startsWith(at.word)));
  if (at.words.length) {
    const argv = expandAlias(s.frame, at.words);
    const completer = s.completers.get(argv[0]!);
    const f = s.frame;
    const words = completer && (await completer({ argv, word: at.word, env: f.vars.environment(), fs: f.fs, host: f.host }));
    if (words) return result([...new Set(words.filter((w) => w.startsWith(at.word)))].sort());
  }
  const files = fileNames(s.frame, at.word);
  return result(files.map((f) => f.candidate), files.map((f) => f.display));
}

function commandNames(s: CompletionScope): string[] {
  const available = s.frame.available ?? (() => true);
  const names = new Set([...BUILTINS.keys(), ...[...s.commands.keys()].filter(available), ...s.frame.aliases.keys()]);
  return [...names].sort();
}

/** `k get po` completes as `kubectl get po` would. */
function expandAlias(f: Frame, words: string[]): string[] {
  const value = f.aliases.get(words[0]!);
  return value === undefined ? words : [...value.split(/\s+/).filter(Boolean), ...words.slice(1)];
}

function fileNames(f: Frame, word: string): { candidate: string; display: string }[] {
  const slash = word.lastIndexOf('/');
  const dirPart = word.slice(0, slash + 1);
  const base = word.slice(slash + 1);
  const home = f.vars.get('HOME') ?? '/';
  const dir = dirPart === '' ? '.' : dirPart.replace(/^~(?=\/)/, home);
  const names = f.fs.readdir(dir);
  if (isFsError(names)) return [];
  return names
    .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
    .sort()
    .map((n) => {
      const st = f.fs.stat(`${dir.replace(/\/$/, '')}/${n}`);
      const suffix = !isFsError(st) && st.type === 'dir' ? '/' : '';
      return { candidate: dirPart + n + suffix, display: n + suffix };
    });
}

/** Backslashes before the characters the shell would otherwise interpret. */
function escape(word: string): string {
  return word.replace(/[\s"'\\$`&|;()<>*?[\]!{}#]/g, '\\$&');
}
