// Pattern matching (bash manual, "Pattern Matching"): `*`, `?` and bracket
// expressions `[a-z]`, `[!x]`, `[[:digit:]]`. A pattern is held as text in
// which `\c` stands for a quoted character, so `"*".txt` and `\*.txt` match
// only a literal star.

const SPECIAL = new Set(['*', '?', '[', ']', '\\']);
const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: 'A-Za-z0-9_', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

/** Quoted text as pattern text: every special character escaped. */
export function quotePattern(text: string): string {
  let out = '';
  for (const c of text) out += SPECIAL.has(c) ? '\\' + c : c;
  return out;
}

export function unescapePattern(p: string): string {
  return p.replace(/\\(.)/gs, '$1');
}

/** Whether the pattern has an unquoted `*`, `?` or bracket expression. */
export function hasGlob(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(p, i) !== -1) return true;
  }
  return false;
}

/** The index of the `]` closing the bracket expression at `start`, or -1. */
function bracketEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close !== -1) i = close + 1;
    } else if (p[i] === ']') return i;
  }
  return -1;
}

const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The pattern as a RegExp source (unanchored). */
export function patternSource(p: string): string {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') re += escapeRe(p[++i] ?? '\\');
    else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[' && bracketEnd(p, i) !== -1) {
      const end = bracketEnd(p, i);
      re += bracket(p.slice(i + 1, end));
      i = end;
    } else re += escapeRe(c);
  }
  return re;
}

function bracket(body: string): string {
  let negate = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    negate = true;
    i = 1;
  }
  let cls = '';
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (c === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2);
      const name = body.slice(i + 2, close);
      if (close !== -1 && name in CLASSES) {
        cls += CLASSES[name];
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < body.length) cls += escapeRe(body[++i]!);
    else if (c === '-' && cls && i + 1 < body.length) cls += '-';
    else cls += escapeRe(c);
  }
  return `[${negate ? '^' : ''}${cls}]`;
}

const cache = new Map<string, RegExp>();
/** What a pattern too large for a RegExp matches: nothing. */
const NEVER = /(?!)/;

function tryRegExp(source: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/**
 * The pattern compiled with a prefix and suffix around it (`^(?:` … `)$`);
 * a bracket expression no RegExp accepts (`[z-a]`) matches literally.
 */
export function compilePattern(p: string, before = '^(?:', after = ')$', flags = ''): RegExp {
  const key = `${before}\0${p}\0${after}\0${flags}`;
  let re = cache.get(key);
  if (!re) {
    re = tryRegExp(before + patternSource(p) + after, flags) ?? tryRegExp(before + escapeRe(unescapePattern(p)) + after, flags) ?? NEVER;
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Whether the whole of `text` matches the pattern. */
export function matchPattern(p: string, text: string): boolean {
  return compilePattern(p).test(text);
}
