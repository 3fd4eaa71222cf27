// POSIX regular expressions (basic and extended, with the GNU extensions grep
// and sed accept) rewritten as JavaScript RegExp source, with glibc's error
// texts for what it rejects. BRE: \( \) \{ \} \| \+ \? are operators and
// ( ) { } | + ? plain; `*` at the start is literal; ^ and $ anchor only at the
// ends of an expression. ERE: `{` that does not start a valid interval is
// literal, and a `*`, `+`, `?` or `{…}` with nothing before it is ignored
// (grep warns). Both: bracket expressions with [:classes:], \< \> \b \B \w
// \W \s \S \` \', back-references, other escaped characters literal.
// One known difference: JavaScript picks the first alternative that matches,
// POSIX the longest (`echo abcd | grep -oE 'ab|abcd'` prints abcd with GNU).

export type Flavor = 'basic' | 'extended';

export type Translated = { source: string; groups: number; warnings: string[] } | { error: string };

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: '0-9a-zA-Z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
};

const ESCAPES: Record<string, string> = { w: '\\w', W: '\\W', s: '\\s', S: '\\S', b: '\\b', B: '\\B', '<': '\\b(?=\\w)', '>': '\\b(?<=\\w)', '`': '^', "'": '$' };

const UNMATCHED_BRACKET = 'Unmatched [, [^, [:, [., or [=';

const literal = (c: string): string => (/[\\^$.|?*+()[\]{}/]/.test(c) ? `\\${c}` : c);

/** A bracket expression starting at `[` (index i); returns the JS class and the index after `]`. */
function bracket(p: string, i: number): { cls: string; next: number } | { error: string } {
  let j = i + 1;
  let out = '[';
  if (p[j] === '^') {
    out += '^';
    j++;
  }
  const start = j;
  for (;;) {
    if (j >= p.length) return { error: j === start ? 'Invalid regular expression' : UNMATCHED_BRACKET };
    const c = p[j]!;
    if (c === ']' && j > start) break;
    if (c === '[' && /[:=.]/.test(p[j + 1] ?? '')) {
      const kind = p[j + 1]!;
      const end = p.indexOf(`${kind}]`, j + 2);
      if (end < 0) return { error: UNMATCHED_BRACKET };
      const name = p.slice(j + 2, end);
      if (kind === ':') {
        if (!CLASSES[name]) return { error: 'Invalid character class name' };
        out += CLASSES[name];
      } else out += literal(name);
      j = end + 2;
      continue;
    }
    if (p[j + 1] === '-' && p[j + 2] !== undefined && p[j + 2] !== ']') {
      const hi = p[j + 2]!;
      if (hi < c) return { error: 'Invalid range end' };
      out += `${literal(c)}-${literal(hi)}`;
      j += 3;
      continue;
    }
    out += c === '-' ? '\\-' : literal(c);
    j++;
  }
  const body = p.slice(start, j);
  if (/^:[a-z]+:$/.test(body)) return { error: 'character class syntax is [[:space:]], not [:space:]' };
  return { cls: `${out}]`, next: j + 1 };
}

/** `{n}`, `{n,}`, `{,m}`, `{n,m}` at i (just after the brace); undefined when not an interval. */
function interval(p: string, i: number, basic: boolean): { q: string; next: number } | { error: string } | undefined {
  const close = basic ? '\\}' : '}';
  const end = p.indexOf(close, i);
  const body = end < 0 ? undefined : p.slice(i, end);
  const m = body === undefined ? null : /^(\d*)(,?)(\d*)$/.exec(body);
  if (!m || (m[1] === '' && m[2] === '')) return basic ? { error: end < 0 ? 'Unmatched \\{' : 'Invalid content of \\{\\}' } : undefined;
  const lo = m[1] === '' ? 0 : Number(m[1]);
  const hi = m[2] ? (m[3] === '' ? undefined : Number(m[3])) : lo;
  if (hi !== undefined && hi < lo) return { error: 'Invalid content of \\{\\}' };
  return { q: `{${lo}${m[2] ? `,${hi ?? ''}` : ''}}`, next: end + close.length };
}

/** `escapes`: extra backslash sequences of the caller (sed's \n and \t). */
export function translate(p: string, flavor: Flavor, escapes: Readonly<Record<string, string>> = {}): Translated {
  const basic = flavor === 'basic';
  const warnings: string[] = [];
  let out = '';
  let atomStart = -1;
  let lastWasQuant = false;
  let groups = 0;
  const open: number[] = [];
  const atom = (s: string) => {
    atomStart = out.length;
    out += s;
    lastWasQuant = false;
  };
  const quantify = (q: string, shown: string): void => {
    if (atomStart < 0) {
      if (basic && q === '*') return atom('\\*');
      if (!basic) warnings.push(`${shown} at start of expression`);
      return;
    }
    if (lastWasQuant) out = `${out.slice(0, atomStart)}(?:${out.slice(atomStart)})`;
    out += q;
    lastWasQuant = true;
  };
  const reset = () => {
    atomStart = -1;
    lastWasQuant = false;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    let op = c;
    if (c === '\\') {
      if (i === p.length - 1) return { error: 'Trailing backslash' };
      const n = p[++i]!;
      if (basic && '(){}|+?'.includes(n)) op = `\\${n}`;
      else if (/[1-9]/.test(n)) {
        if (Number(n) > groups) return { error: 'Invalid back reference' };
        atom(`\\${n}`);
        continue;
      } else if (escapes[n] !== undefined) {
        atom(escapes[n]);
        continue;
      } else if (ESCAPES[n]) {
        if (n === '`' || n === "'") out += ESCAPES[n];
        else atom(ESCAPES[n]);
        continue;
      } else {
        atom(literal(n));
        continue;
      }
    } else if (basic && '(){}|+?'.includes(c)) {
      atom(literal(c));
      continue;
    }
    const q = op === '*' ? '*' : op === (basic ? '\\+' : '+') ? '+' : op === (basic ? '\\?' : '?') ? '?' : undefined;
    if (q) quantify(q, q);
    else if (op === (basic ? '\\(' : '(')) {
      open.push(out.length);
      groups++;
      out += '(';
      reset();
    } else if (op === (basic ? '\\)' : ')')) {
      if (!open.length) {
        if (basic) return { error: 'Unmatched ) or \\)' };
        atom('\\)');
        continue;
      }
      out += ')';
      atomStart = open.pop()!;
      lastWasQuant = false;
    } else if (op === (basic ? '\\|' : '|')) {
      out += '|';
      reset();
    } else if (op === (basic ? '\\{' : '{')) {
      const r = interval(p, i + 1, basic);
      if (r === undefined) atom('\\{');
      else if ('error' in r) return r;
      else {
        quantify(r.q, '{...}');
        i = r.next - 1;
      }
    } else if (c === '[') {
      const b = bracket(p, i);
      if ('error' in b) return b;
      atom(b.cls);
      i = b.next - 1;
    } else if (c === '^') {
      if (!basic || atomStart < 0) out += '^';
      else atom('\\^');
    } else if (c === '$') {
      const rest = p.slice(i + 1);
      if (!basic || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) out += '$';
      else atom('\\$');
    } else if (c === '.') atom('[^\\n]');
    else atom(literal(c));
  }
  if (open.length) return { error: 'Unmatched ( or \\(' };
  return { source: out, groups, warnings };
}

/** translate() and new RegExp(); a pattern JavaScript still rejects reads as glibc's catch-all error. */
export function compile(p: string, flavor: Flavor, flags: string, escapes: Readonly<Record<string, string>> = {}): { re: RegExp; warnings: string[] } | { error: string } {
  const t = translate(p, flavor, escapes);
  if ('error' in t) return t;
  try {
    return { re: new RegExp(t.source, flags), warnings: t.warnings };
  } catch {
    return { error: 'Invalid regular expression' };
  }
}
