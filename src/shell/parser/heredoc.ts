// Here-documents (bash manual, "Here Documents"): `<<WORD` reads the lines
// after the current command up to a line that is exactly WORD. A quoted WORD
// (any quote or backslash in it) keeps the body literal; otherwise the body
// undergoes parameter, command and arithmetic expansion, and backslash quotes
// only `\`, `$`, backtick and newline. `<<-` strips leading tabs from the
// body lines and the delimiter line.
import type { HereDoc, Word } from './ast.ts';
import type { Lexer } from './lexer.ts';
import { readDqParts } from './word.ts';

/** Reads the delimiter word after `<<` and queues the document for the next newline. */
export function readHereDocDelimiter(lx: Lexer, stripTabs: boolean): HereDoc {
  lx.skipBlanks();
  const t = lx.next();
  if (t.kind !== 'word') {
    const token = t.kind === 'eof' || (t.kind === 'op' && t.op === '\n') ? 'newline' : lx.src.slice(t.start, t.end);
    lx.fail({ kind: 'unexpected-token', token });
  }
  const raw = t.word.text;
  const doc: HereDoc = {
    delim: removeQuotes(raw),
    quoted: /['"\\]/.test(raw),
    stripTabs,
    body: { parts: [], text: '' },
  };
  lx.pending.push(doc);
  return doc;
}

/** The delimiter as bash compares it: quotes and backslashes removed, nothing expanded. */
function removeQuotes(raw: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && '$`"\\'.includes(raw[i + 1] ?? '')) out += raw[++i];
      else out += c;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') out += raw[++i] ?? '';
    else out += c;
  }
  return out;
}

/** After a newline: the bodies of the queued here-documents, in order. */
export function readHereDocBodies(lx: Lexer): void {
  const docs = lx.pending.splice(0);
  for (const doc of docs) {
    const startLine = lx.lineAt(lx.pos);
    const lines: string[] = [];
    for (;;) {
      if (lx.atEnd()) {
        // Interactive bash keeps reading; at a real end of input it warns and uses what it has.
        if (!lx.final) lx.fail({ kind: 'unexpected-eof' }, true);
        lx.warnings.push(`warning: here-document at line ${Math.max(1, startLine - 1)} delimited by end-of-file (wanted \`${doc.delim}')`);
        break;
      }
      const nl = lx.src.indexOf('\n', lx.pos);
      const end = nl === -1 ? lx.src.length : nl;
      let line = lx.src.slice(lx.pos, end);
      if (doc.stripTabs) line = line.replace(/^\t+/, '');
      lx.pos = nl === -1 ? end : end + 1;
      if (line === doc.delim) break;
      lines.push(line + '\n');
    }
    doc.body = bodyWord(lx, lines.join(''), doc.quoted);
  }
}

function bodyWord(lx: Lexer, text: string, quoted: boolean): Word {
  if (quoted) return { parts: text ? [{ kind: 'sq', text }] : [], text };
  return { parts: lx.inSub(text, (sub) => readDqParts(sub, null, '$`\\')), text };
}
