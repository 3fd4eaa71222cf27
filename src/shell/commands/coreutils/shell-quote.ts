// bash's `printf %q` (lib/sh/shquote.c): a backslash before each character
// the shell would treat specially; '' for the empty string; and ANSI-C
// $'…' quoting for a string holding control characters.

const BACKSLASHED = new Set([...' \t\n\'"\\|&;()<>!{}*[?]^$`,']);

const ANSI_C: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\x1b': '\\E', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', "'": "\\'" };

const CONTROL = /[\x00-\x1f\x7f]/;

function ansiCQuote(s: string): string {
  let out = "$'";
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (ANSI_C[c] !== undefined) out += ANSI_C[c];
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}'`;
}

export function shellBackslashQuote(s: string): string {
  if (s === '') return "''";
  if (CONTROL.test(s)) return ansiCQuote(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = i === 0 ? undefined : s[i - 1];
    if (BACKSLASHED.has(c)) out += `\\${c}`;
    else if (c === '~' && (prev === undefined || prev === '=' || prev === ':')) out += '\\~';
    else if (c === '#' && i === 0) out += '\\#';
    else out += c;
  }
  return out;
}
