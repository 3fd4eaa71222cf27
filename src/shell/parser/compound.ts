// Compound commands (bash manual, "Compound Commands"): `( list )`,
// `{ list; }`, `if … then … [elif …] [else …] fi`, `while`/`until … do … done`
// and `for name [in words]; do … done`. Each level counts toward the
// nesting limit, so no input can exhaust the parser's stack.
import type { Command, ForCommand, IfCommand, Word } from './ast.ts';
import type { Token } from './lexer.ts';
import type { Parser } from './parser.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseCompound(p: Parser, t: Token): Command | undefined {
  const kind = p.isOp(t, '(') ? '(' : t.kind === 'word' && ['{', 'if', 'for', 'while', 'until'].find((w) => p.isWord(t, w));
  if (!kind) return undefined;
  p.take();
  p.lx.nest();
  try {
    switch (kind) {
      case '(': {
        const body = p.compoundList([')'], false);
        p.take();
        return { kind: 'subshell', body, redirs: [] };
      }
      case '{': {
        const body = p.compoundList(['}'], false);
        p.expectWord('}');
        return { kind: 'group', body, redirs: [] };
      }
      case 'if':
        return parseIf(p);
      case 'for':
        return parseFor(p);
      default: {
        const cond = p.compoundList(['do'], false);
        p.expectWord('do');
        const body = p.compoundList(['done'], false);
        p.expectWord('done');
        return { kind: 'while', until: kind === 'until', cond, body, redirs: [] };
      }
    }
  } finally {
    p.lx.unnest();
  }
}

function parseIf(p: Parser): IfCommand {
  const clauses: IfCommand['clauses'] = [];
  for (;;) {
    const cond = p.compoundList(['then'], false);
    p.expectWord('then');
    const body = p.compoundList(['elif', 'else', 'fi'], false);
    clauses.push({ cond, body });
    const t = p.take();
    if (p.isWord(t, 'elif')) continue;
    if (p.isWord(t, 'fi')) return { kind: 'if', clauses, redirs: [] };
    const elseBody = p.compoundList(['fi'], false);
    p.expectWord('fi');
    return { kind: 'if', clauses, elseBody, redirs: [] };
  }
}

function parseFor(p: Parser): ForCommand {
  const nameTok = p.peek();
  // `for` then a newline is an error at once in bash, not a request for more input.
  if (nameTok.kind === 'eof') p.lx.fail({ kind: 'unexpected-token', token: 'newline' });
  if (nameTok.kind !== 'word') p.unexpected(nameTok);
  if (!NAME.test(nameTok.word.text)) p.lx.fail({ kind: 'other', message: `\`${nameTok.word.text}': not a valid identifier` });
  p.take();
  const name = nameTok.word.text;
  p.skipNewlines();
  let words: Word[] | undefined;
  if (p.isWord(p.peek(), 'in')) {
    p.take();
    words = [];
    for (let t = p.peek(); t.kind === 'word'; t = p.peek()) {
      words.push(t.word);
      p.take();
    }
    const sep = p.peek();
    if (!p.isOp(sep, ';', '\n')) p.unexpected(sep);
    p.take();
  } else if (p.isOp(p.peek(), ';')) p.take();
  p.skipNewlines();
  p.expectWord('do');
  const body = p.compoundList(['done'], false);
  p.expectWord('done');
  return words ? { kind: 'for', name, words, body, redirs: [] } : { kind: 'for', name, body, redirs: [] };
}
