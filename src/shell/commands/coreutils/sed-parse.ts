// Parsing a sed script (GNU sed 4.9 syntax) into commands: addresses (N,
// $, /re/I, \cREc, first~step, addr,+N, addr,~N, 0,/re/, `!`), blocks, and
// the commands s y p P d D n N g G h H x q Q = a i c b t T : l z #. Errors
// carry GNU's text and the character position it reports, e.g.
// `-e expression #1, char 5: unterminated `s' command`.

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: string; flags: string } | { kind: 'step'; first: number; step: number };
export type End = Address | { kind: 'plus'; n: number } | { kind: 'multiple'; n: number };

export interface SedCommand {
  a1?: Address;
  a2?: End;
  negate: boolean;
  name: string;
  /** s: regex source and flags; y: source set */
  re?: string;
  reFlags?: string;
  replacement?: string;
  /** s: g, p, occurrence N */
  global?: boolean;
  print?: boolean;
  occurrence?: number;
  /** a/i/c text, b/t/T/: label, y: target set */
  text?: string;
  exitCode?: number;
  /** s///w FILE, w FILE */
  file?: string;
  /** `{`: index of its `}` */
  blockEnd?: number;
  /** where the command ended in its expression (regex errors are reported there) */
  pos: number;
  expression: number;
}

export class SedError {
  constructor(public char: number, public message: string) {}
}

const SIMPLE = new Set([...'=dDgGhHxnNpPlz']);

/** The file name of `w` (and s///w): the rest of the line. */
function filename(r: Reader): string {
  r.skipSpace();
  const m = /^[^\n]*/.exec(r.s.slice(r.i))!;
  if (m[0] === '') r.fail('missing filename in r/R/w/W commands');
  r.i += m[0].length;
  return m[0];
}

class Reader {
  i = 0;
  constructor(public s: string) {}
  peek = (): string | undefined => this.s[this.i];
  next = (): string | undefined => (this.i < this.s.length ? this.s[this.i++] : undefined);
  eof = (): boolean => this.i >= this.s.length;
  skipSpace(newlines = false): void {
    while (this.i < this.s.length && (this.s[this.i] === ' ' || this.s[this.i] === '\t' || (newlines && (this.s[this.i] === '\n' || this.s[this.i] === ';')))) this.i++;
  }
  fail(message: string, at = this.i): never {
    throw new SedError(at, message);
  }
}

/** Text up to the unescaped delimiter, honouring [brackets]; `\delim` becomes the delimiter itself. */
function delimited(r: Reader, delim: string, isRegex: boolean, what: string): string {
  let out = '';
  for (;;) {
    const c = r.next();
    if (c === undefined) r.fail(what);
    if (c === delim) return out;
    if (c === '\\') {
      const n = r.next();
      if (n === undefined) r.fail(what);
      if (n === delim) out += delim;
      else if (n === '\n') out += isRegex ? '\\n' : '\n';
      else out += `\\${n}`;
      continue;
    }
    if (c === '\n' && !isRegex) r.fail(what);
    out += c;
    if (c === '[' && isRegex) {
      const close = /^\^?\]?(?:\[:[a-z]+:\]|[^\]])*\]/.exec(r.s.slice(r.i));
      if (!close) r.fail(what, r.s.length);
      out += close[0];
      r.i += close[0].length;
    }
  }
}

function address(r: Reader): Address | undefined {
  const c = r.peek();
  if (c === undefined) return undefined;
  const num = /^(\d+)(?:~(\d+))?/.exec(r.s.slice(r.i));
  if (num) {
    r.i += num[0].length;
    return num[2] !== undefined ? { kind: 'step', first: Number(num[1]), step: Number(num[2]) } : { kind: 'line', n: Number(num[1]) };
  }
  if (c === '$') {
    r.i++;
    return { kind: 'last' };
  }
  if (c === '/' || c === '\\') {
    r.i++;
    const delim = c === '/' ? '/' : r.next();
    if (delim === undefined || delim === '\n' || delim === '\\') r.fail('unexpected `,\'');
    const re = delimited(r, delim, true, 'unterminated address regex');
    let flags = '';
    while (r.peek() === 'I' || r.peek() === 'M') flags += r.next() === 'I' ? 'i' : 'm';
    return { kind: 're', re, flags };
  }
  return undefined;
}

function readText(r: Reader): string {
  // GNU one-liner `a text` (leading blanks dropped) or `a\` newline text; `\` at a line end continues it.
  r.skipSpace();
  if (r.peek() === '\\') {
    r.i++;
    if (r.peek() === '\n') r.i++;
  }
  let out = '';
  while (!r.eof() && r.peek() !== '\n') {
    const c = r.next()!;
    if (c === '\\' && !r.eof()) out += r.next();
    else out += c;
  }
  return out;
}

function substitute(r: Reader, cmd: SedCommand): void {
  const delim = r.next();
  if (delim === undefined || delim === '\n' || delim === '\\') r.fail("unterminated `s' command");
  cmd.re = delimited(r, delim, true, "unterminated `s' command");
  cmd.replacement = delimited(r, delim, false, "unterminated `s' command");
  let flags = '';
  for (;;) {
    const c = r.peek();
    if (c === 'g') {
      if (cmd.global) r.fail("multiple `g' options to `s' command", r.i + 1);
      cmd.global = true;
    } else if (c === 'p') cmd.print = true;
    else if (c === 'i' || c === 'I') flags += 'i';
    else if (c === 'm' || c === 'M') flags += 'm';
    else if (c !== undefined && /\d/.test(c)) {
      const m = /^\d+/.exec(r.s.slice(r.i))!;
      cmd.occurrence = Number(m[0]);
      r.i += m[0].length - 1;
    } else if (c === 'w') {
      r.i++;
      cmd.file = filename(r);
      break;
    } else if (c === ' ' || c === '\t') {
      r.i++;
      continue;
    } else if (c === undefined || ';\n}#'.includes(c)) break;
    else r.fail("unknown option to `s'", r.i + 1);
    r.i++;
  }
  cmd.reFlags = flags;
  const groups = (cmd.re.match(/\\\(|\(/g) ?? []).length;
  const ref = /\\([1-9])/.exec(cmd.replacement.replace(/\\\\/g, ''));
  if (ref && Number(ref[1]) > groups) r.fail(`invalid reference \\${ref[1]} on \`s' command's RHS`);
}

function command(r: Reader, cmd: SedCommand, blocks: number[], out: SedCommand[]): void {
  const name = r.next()!;
  cmd.name = name;
  if (name === '{') {
    cmd.pos = r.i;
    blocks.push(out.length);
    out.push(cmd);
    return;
  }
  if (name === '}') {
    if (cmd.a1) r.fail('} doesn\'t want any addresses');
    const open = blocks.pop();
    if (open === undefined) r.fail("unexpected `}'");
    out[open]!.blockEnd = out.length;
  } else if (name === 's') substitute(r, cmd);
  else if (name === 'y') {
    const delim = r.next() ?? '';
    cmd.re = delimited(r, delim, false, "unterminated `y' command").replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    cmd.text = delimited(r, delim, false, "unterminated `y' command").replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    if ([...cmd.re].length !== [...cmd.text].length) r.fail("strings for `y' command are different lengths");
  } else if ('aic'.includes(name)) {
    if (r.eof()) r.fail("expected \\ after `a', `c' or `i'");
    cmd.text = readText(r);
  } else if ('btT:'.includes(name)) {
    r.skipSpace();
    const m = /^[^;\n]*/.exec(r.s.slice(r.i))!;
    cmd.text = m[0].trim();
    r.i += m[0].length;
    if (name === ':' && cmd.text === '') r.fail('":" lacks a label');
  } else if (name === 'q' || name === 'Q') {
    r.skipSpace();
    const m = /^\d+/.exec(r.s.slice(r.i));
    if (m) {
      cmd.exitCode = Number(m[0]);
      r.i += m[0].length;
    }
  } else if (name === 'w') cmd.file = filename(r);
  else if (name === '#') {
    while (!r.eof() && r.peek() !== '\n') r.i++;
    return;
  } else if (!SIMPLE.has(name)) r.fail(`unknown command: \`${name}'`, r.i);
  cmd.pos = r.i;
  out.push(cmd);
  r.skipSpace();
  const c = r.peek();
  if (c !== undefined && c !== ';' && c !== '\n' && c !== '}' && c !== '#') r.fail('extra characters after command', r.i + 1);
}

/** Parses one -e expression, adding to `out`; `blocks` carries open `{` across expressions. */
export function parseExpression(s: string, expression: number, out: SedCommand[], blocks: number[]): void {
  const r = new Reader(s);
  for (;;) {
    r.skipSpace(true);
    if (r.eof()) return;
    const cmd: SedCommand = { negate: false, name: '', pos: 0, expression };
    const a1 = address(r);
    if (a1) cmd.a1 = a1;
    r.skipSpace();
    if (a1 && r.peek() === ',') {
      r.i++;
      r.skipSpace();
      const m = /^([+~])(\d+)/.exec(r.s.slice(r.i));
      if (m) {
        r.i += m[0].length;
        cmd.a2 = { kind: m[1] === '+' ? 'plus' : 'multiple', n: Number(m[2]) };
      } else {
        const a2 = address(r);
        if (!a2) r.fail("unexpected `,'");
        cmd.a2 = a2;
      }
      r.skipSpace();
    }
    if (r.peek() === '!') {
      r.i++;
      cmd.negate = true;
      r.skipSpace();
      if (r.peek() === '!') r.fail("multiple `!'s", r.i + 1);
    }
    if (r.eof()) r.fail('missing command');
    command(r, cmd, blocks, out);
  }
}
