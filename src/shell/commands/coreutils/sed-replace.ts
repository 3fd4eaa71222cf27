// The right-hand side of sed's `s` command and the substitution itself:
// `&`, \1–\9, \n, \t, and GNU's case conversions \U \L \u \l \E. Matches are
// taken as POSIX regexec does in a loop: an empty match right where the
// previous match ended is skipped (`echo hello | sed 's/l*/X/g'` gives
// XhXeXoX), and the N of `s/…/…/N` counts matches from the left.

type Part = { kind: 'text'; text: string } | { kind: 'group'; n: number } | { kind: 'case'; op: 'U' | 'L' | 'u' | 'l' | 'E' };

const ESC: Record<string, string> = { n: '\n', t: '\t', a: '\x07', f: '\f', v: '\v', r: '\r' };

export function parseReplacement(s: string): Part[] {
  const parts: Part[] = [];
  const text = (t: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += t;
    else parts.push({ kind: 'text', text: t });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '&') parts.push({ kind: 'group', n: 0 });
    else if (c === '\\' && i + 1 < s.length) {
      const n = s[++i]!;
      if (/[0-9]/.test(n)) parts.push({ kind: 'group', n: Number(n) });
      else if ('ULulE'.includes(n)) parts.push({ kind: 'case', op: n as 'U' | 'L' | 'u' | 'l' | 'E' });
      else text(ESC[n] ?? n);
    } else text(c);
  }
  return parts;
}

function expand(parts: Part[], m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | undefined;
  let once: 'u' | 'l' | undefined;
  const add = (t: string) => {
    let s = mode === 'U' ? t.toUpperCase() : mode === 'L' ? t.toLowerCase() : t;
    if (once && s) {
      s = (once === 'u' ? s[0]!.toUpperCase() : s[0]!.toLowerCase()) + s.slice(1);
      once = undefined;
    }
    out += s;
  };
  for (const p of parts) {
    if (p.kind === 'text') add(p.text);
    else if (p.kind === 'group') add(m[p.n] ?? '');
    else if (p.op === 'u' || p.op === 'l') once = p.op;
    else if (p.op === 'E') mode = undefined;
    else mode = p.op;
  }
  return out;
}

/** `re` must be global. Returns the new text, or undefined when nothing was replaced. */
export function substitute(ps: string, re: RegExp, parts: Part[], global: boolean, occurrence: number): string | undefined {
  let out = '';
  let last = 0;
  let count = 0;
  let changed = false;
  let prevEnd = -1;
  let from = 0;
  while (from <= ps.length) {
    re.lastIndex = from;
    const m = re.exec(ps);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === '' && start === prevEnd) {
      from = start + 1;
      continue;
    }
    count++;
    if (count >= occurrence) {
      out += ps.slice(last, start) + expand(parts, m);
      last = end;
      changed = true;
      if (!global) break;
    }
    prevEnd = end;
    from = end === start ? end + 1 : end;
  }
  return changed ? out + ps.slice(last) : undefined;
}

const L_ESC: Record<string, string> = { '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

/** The `l` command: escapes, octal for other unprintables, lines folded at 70 with `\`, `$` at the end. */
export function unambiguous(ps: string, width = 70): string {
  const pieces = [...ps].flatMap((c) => {
    if (L_ESC[c]) return [L_ESC[c]];
    const code = c.codePointAt(0)!;
    if (code >= 32 && code < 127) return [c];
    return [...new TextEncoder().encode(c)].map((b) => `\\${b.toString(8).padStart(3, '0')}`);
  });
  let out = '';
  let col = 0;
  for (const piece of pieces) {
    if (col + piece.length > width - 1) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return `${out}$\n`;
}
