// How coreutils quote a file name in a message, in the C/POSIX locale
// (gnulib quotearg.c, shell-escape styles):
//   quote()  always quotes:        ls: cannot access 'nope': …
//   quotef() quotes only if needed: cat: nope: …   cat: 'a b': …
// A name with a single quote is double-quoted ("it's") unless it also holds
// a character special inside double quotes; control characters and non-ASCII
// bytes leave the quotes as $'\n' / $'\303\251'.

const ALWAYS_SPECIAL = new Set([...' !"$&\'()*;<=>?[\\^`|\t']);
const SPECIAL_FIRST = new Set(['#', '~']);

function needsQuoting(name: string, colon: boolean, utf8: boolean): boolean {
  if (name === '' || name === '{' || name === '}') return true;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || (code > 0x7f && !utf8) || ALWAYS_SPECIAL.has(c)) return true;
    if (i === 0 && SPECIAL_FIRST.has(c)) return true;
    if (colon && c === ':') return true;
  }
  return false;
}

const CONTROL_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

/** The bytes a C-locale tool cannot print, as $'…' octal or letter escapes. */
function dollarEscape(c: string): string {
  if (CONTROL_ESCAPES[c]) return CONTROL_ESCAPES[c];
  return [...new TextEncoder().encode(c)].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

const isPlain = (c: string, utf8: boolean): boolean => {
  const code = c.charCodeAt(0);
  return (code >= 0x20 && code < 0x7f) || (utf8 && code > 0x9f);
};

function shellQuote(name: string, utf8: boolean): string {
  if ([...name].every((c) => isPlain(c, utf8))) {
    if (!name.includes("'")) return `'${name}'`;
    if (!/[\\"$`]/.test(name)) return `"${name}"`;
    return `'${name.replaceAll("'", "'\\''")}'`;
  }
  // 'a'$'\n''b': printable runs in single quotes, the rest as $'…'.
  let out = '';
  let run = '';
  let started = false;
  for (const c of name) {
    if (isPlain(c, utf8)) {
      run += c === "'" ? "'\\''" : c;
      continue;
    }
    if (run !== '' || !started) out += `'${run}'`;
    run = '';
    started = true;
    out += `$'${dollarEscape(c)}'`;
  }
  return run === '' ? out : `${out}'${run}'`;
}

/** quoteaf(): always quoted (ls, head, rm, cp, mv, touch messages about files). */
export const quote = (name: string, utf8 = false): string => shellQuote(name, utf8);

/** quotef(): quoted only when the shell would need it, and a colon needs it (cat, wc, cut messages). */
export const quotef = (name: string, utf8 = false): string => (needsQuoting(name, true, utf8) ? shellQuote(name, utf8) : name);

/** ls's own display of names on a terminal (shell-escape): quoted only when needed, colons left alone. */
export const quoteForTerminal = (name: string, utf8 = false): string => (needsQuoting(name, false, utf8) ? shellQuote(name, utf8) : name);

/** Whether the environment selects a UTF-8 locale (LC_ALL, else LC_CTYPE, else LANG). */
export function isUtf8(env: Readonly<Record<string, string>>): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale);
}

/** gnulib quote(): the locale's quotation marks around an argument. */
export function localeQuote(s: string, env: Readonly<Record<string, string>>): string {
  return isUtf8(env) ? `\u2018${s}\u2019` : `'${s}'`;
}
