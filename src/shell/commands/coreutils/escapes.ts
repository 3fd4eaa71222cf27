// Backslash escapes as `echo -e`, `printf`'s format and `%b` read them
// (bash builtins/printf.def): \a \b \e \f \n \r \t \v \\, octal, \xHH,
// \uHHHH, \UHHHHHHHH; `\c` ends the output. The one difference: echo's and
// %b's octal is \0NNN, the format string's is \NNN (and there `\c` is literal).

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

export interface Unescaped {
  text: string;
  /** `\c` was met: print nothing more */
  stop: boolean;
}

/** `mode`: 'echo' and '%b' take \0NNN; 'format' takes \NNN and also \" and \'. */
export function backslashEscapes(s: string, mode: 'echo' | 'format'): Unescaped {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    if (SIMPLE[n] !== undefined) out += SIMPLE[n];
    else if (n === 'c' && mode === 'echo') return { text: out, stop: true };
    else if (mode === 'format' && (n === '"' || n === "'" || n === '?')) out += n;
    else if (/[0-7]/.test(n) && (mode === 'format' || n === '0')) {
      const start = mode === 'echo' ? i + 1 : i;
      const m = /^[0-7]{1,3}/.exec(s.slice(start));
      const digits = m ? m[0] : '';
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
      i = start + digits.length - 1;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const max = n === 'x' ? 2 : n === 'u' ? 4 : 8;
      const m = new RegExp(`^[0-9a-fA-F]{1,${max}}`).exec(s.slice(i + 1));
      if (!m) out += `\\${n}`;
      else {
        out += n === 'x' ? String.fromCharCode(parseInt(m[0], 16)) : String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff));
        i += m[0].length;
      }
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}
