// `${…}` (bash manual, "Shell Parameter Expansion"): `${x}`, `${#x}`,
// `${x:-w}` `${x-w}` `${x:=w}` `${x:+w}` `${x:?w}`, `${x#p}` `${x##p}`
// `${x%p}` `${x%%p}`, `${x/p/r}` `${x//p/r}`, `${x^^}` `${x,,}` and
// `${x:off:len}`. Anything else is kept as text and reported as "bad
// substitution" when expanded, which is when bash reports it.
import type { ParamOp, Word, WordPart } from './ast.ts';
import { SPECIAL_PARAMS, readBacktick, readDollar } from './dollar.ts';
import type { Lexer } from './lexer.ts';
import { ARG_RUN, Parts, readDouble, readWordChar } from './word.ts';

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+)/;

export function readBraceParam(lx: Lexer, inDq: boolean): WordPart {
  const start = lx.pos;
  lx.pos += 2;
  lx.nest();
  try {
    const p = readInside(lx, inDq);
    if (!p.name || lx.at() !== '}') return badSubstitution(lx, start);
    lx.pos++;
    return { ...p, text: lx.src.slice(start, lx.pos) };
  } finally {
    lx.unnest();
  }
}

type Partial = { kind: 'param'; name: string; op?: ParamOp; colon?: boolean; arg?: Word; arg2?: Word; text: string };

function readInside(lx: Lexer, inDq: boolean): Partial {
  if (lx.at() === '#' && lx.at(1) !== '}' && readName(lx, 1) !== '') {
    lx.pos++;
    return { kind: 'param', name: takeName(lx), op: 'length', text: '' };
  }
  const name = takeName(lx);
  if (!name) return { kind: 'param', name: '', text: '' };
  const p: Partial = { kind: 'param', name, text: '' };
  const c = lx.at();
  if (c === '}') return p;
  if (c === ':' && '-=+?'.includes(lx.at(1)) && lx.at(1) !== '') {
    p.colon = true;
    p.op = lx.at(1) as ParamOp;
    lx.pos += 2;
    p.arg = readArg(lx, inDq, '}');
  } else if (c === ':') {
    p.op = 'substring';
    lx.pos++;
    p.arg = readArg(lx, inDq, ':}');
    if (lx.at() === ':') {
      lx.pos++;
      p.arg2 = readArg(lx, inDq, '}');
    }
  } else if ('-=+?'.includes(c) && c !== '') {
    p.op = c as ParamOp;
    lx.pos++;
    p.arg = readArg(lx, inDq, '}');
  } else if (c === '#' || c === '%' || c === '^' || c === ',') {
    const doubled = lx.at(1) === c;
    p.op = (doubled ? c + c : c) as ParamOp;
    lx.pos += doubled ? 2 : 1;
    p.arg = readArg(lx, inDq, '}');
  } else if (c === '/') {
    const n = lx.at(1);
    p.op = n === '/' ? '//' : n === '#' ? '/#' : n === '%' ? '/%' : '/';
    lx.pos += p.op.length;
    p.arg = readArg(lx, inDq, '/}');
    if (lx.at() === '/') {
      lx.pos++;
      p.arg2 = readArg(lx, inDq, '}');
    }
  }
  return p;
}

function readName(lx: Lexer, offset: number): string {
  const c = lx.at(offset);
  if (c !== '' && SPECIAL_PARAMS.includes(c)) return c;
  return NAME.exec(lx.src.slice(lx.pos + offset, lx.pos + offset + 256))?.[0] ?? '';
}

function takeName(lx: Lexer): string {
  const name = readName(lx, 0);
  lx.pos += name.length;
  return name;
}

/**
 * The word after an operator, up to an unnested `}` (or one of `stops`).
 * Inside double quotes, single quotes are plain characters, as in bash.
 */
function readArg(lx: Lexer, inDq: boolean, stops: string): Word {
  const start = lx.pos;
  const b = new Parts();
  let braces = 0;
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: 'unmatched', match: '}' }, true);
    const c = lx.at();
    if (braces === 0 && stops.includes(c)) break;
    if (c === '{') braces++;
    if (c === '}') braces--;
    if (!inDq) {
      readWordChar(lx, b, ARG_RUN);
      continue;
    }
    if (c === '\\' && '$`"\\}'.includes(lx.at(1)) && lx.at(1) !== '') {
      b.quoted(lx.at(1));
      lx.pos += 2;
    } else if (c === '"') b.push(readDouble(lx));
    else if (c === '$') readDollar(lx, b, true);
    else if (c === '`') b.push(readBacktick(lx, true));
    else {
      b.lit(c);
      lx.pos++;
    }
  }
  return { parts: b.done(), text: lx.src.slice(start, lx.pos) };
}

/** Skips to the matching `}` and keeps the text for the run-time error. */
function badSubstitution(lx: Lexer, start: number): WordPart {
  let braces = 1;
  for (;;) {
    if (lx.atEnd()) lx.fail({ kind: 'unmatched', match: '}' }, true);
    const c = lx.at();
    lx.pos++;
    if (c === '{') braces++;
    else if (c === '}' && --braces === 0) break;
  }
  return { kind: 'bad', text: lx.src.slice(start, lx.pos) };
}
