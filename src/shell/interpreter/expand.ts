// Word expansion, in bash's order (bash manual, "Shell Expansions"):
//   1. tilde, parameter, command and arithmetic expansion, left to right
//   2. field splitting of the unquoted results of step 1, on $IFS
//   3. pathname expansion of unquoted `*`, `?`, `[…]`
//   4. quote removal (here: quoted text never carried its quotes)
// Brace expansion and process substitution are not part of the playground.
import type { Word, WordPart } from '../parser/index.ts';
import { commandSubstitution } from './exec.ts';
import { expandPathname } from './glob.ts';
import type { Io } from './io.ts';
import { arithmetic, expandParam, fail } from './params.ts';
import { hasGlob, quotePattern } from './pattern.ts';
import { shellError, type Runtime } from './runtime.ts';
import { expandTilde, tildeInAssignment } from './tilde.ts';

/** A piece of a word after step 1: `split` when it came from an unquoted expansion. */
interface Seg {
  text: string;
  quoted: boolean;
  split: boolean;
}
/** A field boundary inside `"$@"`. */
const BREAK = null;
type Segs = (Seg | typeof BREAK)[];

const ASSIGNMENT_LIKE = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Command arguments: every step, so one word may become several fields or none. */
export async function expandArgs(rt: Runtime, io: Io, words: readonly Word[]): Promise<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const first = w.parts[0];
    const parts = first?.kind === 'lit' && ASSIGNMENT_LIKE.test(first.text) ? tildeInAssignment(rt, w.parts) : expandTilde(rt, w.parts);
    for (const field of splitFields(rt, await expandParts(rt, io, parts, false))) out.push(...glob(rt, field));
  }
  return out;
}

/** Assignment values, here-strings, here-document bodies: steps 1 and 4 only. */
export async function expandString(rt: Runtime, io: Io, w: Word, o: { assignment?: boolean; tilde?: boolean } = {}): Promise<string> {
  const parts = o.assignment ? tildeInAssignment(rt, w.parts) : o.tilde ? expandTilde(rt, w.parts) : w.parts;
  const segs = await expandParts(rt, io, parts, false);
  return segs.map((s) => (s === BREAK ? ' ' : s.text)).join('');
}

/** A `${x#pattern}` operand: quoted characters are escaped so they match literally. */
async function expandPattern(rt: Runtime, io: Io, w: Word): Promise<string> {
  const segs = await expandParts(rt, io, w.parts, false);
  return segs.map((s) => (s === BREAK ? ' ' : s.quoted ? quotePattern(s.text) : s.text)).join('');
}

/** A redirection target: must expand to exactly one field ("ambiguous redirect" otherwise). */
export async function expandTarget(rt: Runtime, io: Io, w: Word): Promise<string | undefined> {
  const fields = await expandArgs(rt, io, [w]);
  return fields.length === 1 ? fields[0] : undefined;
}

async function expandParts(rt: Runtime, io: Io, parts: readonly WordPart[], inDq: boolean): Promise<Segs> {
  const segs: Segs = [];
  const expanded = (text: string) => segs.push({ text, quoted: inDq, split: !inDq });
  for (const p of parts) {
    switch (p.kind) {
      case 'lit':
        segs.push({ text: p.text, quoted: inDq, split: false });
        break;
      case 'sq':
        segs.push({ text: p.text, quoted: true, split: false });
        break;
      case 'dq': {
        const inner = await expandParts(rt, io, p.parts, true);
        segs.push(...(inner.length ? inner : [{ text: '', quoted: true, split: false }]));
        break;
      }
      case 'param':
        if (p.name === '@' && !p.op && inDq) segs.push(...quotedAt(rt.frame.positional));
        else if (p.name === '*' && !p.op && inDq) expanded(rt.frame.positional.join((rt.frame.vars.get('IFS') ?? ' ')[0] ?? ''));
        else expanded(await expandParam(rt, io, p, (w, asPattern) => (asPattern ? expandPattern(rt, io, w) : expandString(rt, io, w))));
        break;
      case 'cmd':
        if (p.error) {
          for (const line of p.error) shellError(rt, io, line);
          expanded('');
        } else expanded(await commandSubstitution(rt, io, p.list));
        break;
      case 'arith':
        expanded(String(arithmetic(rt, io, await expandString(rt, io, p.expr))));
        break;
      case 'bad':
        fail(rt, io, `${p.text}: bad substitution`);
    }
  }
  return segs;
}

/** `"$@"`: one field per positional parameter; none at all when there are none. */
function quotedAt(params: readonly string[]): Segs {
  if (!params.length) return [{ text: '', quoted: false, split: true }];
  const segs: Segs = [];
  params.forEach((p, i) => {
    if (i) segs.push(BREAK);
    segs.push({ text: p, quoted: true, split: false });
  });
  return segs;
}

/**
 * Field splitting (bash manual, "Word Splitting"): IFS whitespace separates
 * fields and is trimmed at the ends; any other IFS character ends a field,
 * even an empty one.
 */
function splitFields(rt: Runtime, segs: Segs): Seg[][] {
  const ifs = rt.frame.vars.get('IFS') ?? ' \t\n';
  const fields: Seg[][] = [];
  let cur: Seg[] = [];
  let has = false;
  const boundary = (hard: boolean) => {
    if (has || hard) fields.push(cur);
    cur = [];
    has = false;
  };
  for (const s of segs) {
    if (s === BREAK) boundary(true);
    else if (!s.split || !ifs) {
      cur.push(s);
      has ||= s.quoted || s.text !== '';
    } else splitText(s.text, ifs, (text) => {
      cur.push({ text, quoted: false, split: true });
      has ||= text !== '';
    }, boundary);
  }
  if (has) fields.push(cur);
  return fields;
}

function splitText(text: string, ifs: string, onText: (t: string) => void, onBoundary: (hard: boolean) => void): void {
  const isWs = (c: string) => (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const isHard = (c: string) => ifs.includes(c) && !isWs(c);
  let i = 0;
  let piece = '';
  while (i < text.length) {
    const c = text[i]!;
    if (!ifs.includes(c)) {
      piece += c;
      i++;
      continue;
    }
    if (piece) onText(piece);
    piece = '';
    while (i < text.length && isWs(text[i]!)) i++;
    let hard = false;
    if (i < text.length && isHard(text[i]!)) {
      hard = true;
      i++;
      while (i < text.length && isWs(text[i]!)) i++;
    }
    onBoundary(hard);
  }
  if (piece) onText(piece);
}

/** Pathname expansion of one field; the field itself when nothing matches. */
function glob(rt: Runtime, field: Seg[]): string[] {
  const text = field.map((s) => s.text).join('');
  if (!field.some((s) => !s.quoted && hasGlob(s.text))) return [text];
  const pattern = field.map((s) => (s.quoted ? quotePattern(s.text) : s.text)).join('');
  return expandPathname(rt.frame.fs, pattern) ?? [text];
}
