// C's printf conversions of numbers, shared by the shell's printf and awk's
// printf/sprintf: %d %i %u %o %x %X with 64-bit wrap-around for negatives,
// %f %e %g (C's exponent with at least two digits, %g dropping trailing
// zeros), and padding with `-` / `0` flags.

export function formatInteger(conv: string, flags: string, prec: number | undefined, v: bigint): string {
  const u64 = 1n << 64n;
  let digits: string;
  let sign = '';
  if (conv === 'd' || conv === 'i') {
    sign = v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    digits = (v < 0n ? -v : v).toString();
  } else {
    const u = v < 0n ? v + u64 : v;
    digits = u.toString(conv === 'u' ? 10 : conv === 'o' ? 8 : 16);
    if (conv === 'X') digits = digits.toUpperCase();
    if (flags.includes('#') && u !== 0n) sign = conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '';
  }
  if (prec !== undefined) digits = digits.padStart(prec, '0');
  return sign + digits;
}

export function formatFloat(conv: string, flags: string, prec: number | undefined, v: number): string {
  const p = prec ?? 6;
  const sign = v < 0 || Object.is(v, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const a = Math.abs(v);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else if (conv === 'f' || conv === 'F') body = a.toFixed(p);
  else if (conv === 'e' || conv === 'E') body = cExponent(a.toExponential(p));
  else body = formatG(a, p === 0 ? 1 : p, flags.includes('#'));
  return sign + (conv === conv.toUpperCase() ? body.toUpperCase() : body);
}

/** JS writes 1.5e+3; C writes 1.5e+03. */
const cExponent = (s: string): string => s.replace(/e([-+])(\d)$/, 'e$10$2');

/** %g: %e when the exponent is < -4 or >= the precision, else %f; trailing zeros dropped unless `#`. */
export function formatG(a: number, p: number, alt: boolean): string {
  if (a === 0) return alt ? (0).toFixed(p - 1) : '0';
  const exp = Math.floor(Math.log10(Number(a.toExponential(p - 1))));
  const strip = (s: string): string => (alt || !s.includes('.') ? s : s.replace(/\.?0+$/, ''));
  if (exp < -4 || exp >= p) {
    const [m, e] = a.toExponential(p - 1).split('e') as [string, string];
    return cExponent(`${strip(m)}e${e}`);
  }
  return strip(a.toFixed(Math.max(0, p - 1 - exp)));
}

export function pad(s: string, width: number | undefined, flags: string, numeric?: boolean): string {
  if (width === undefined || s.length >= Math.abs(width)) return s;
  if (flags.includes('-') || width < 0) return s.padEnd(Math.abs(width));
  if (numeric && flags.includes('0') && /\d/.test(s)) {
    const m = /^([-+ ]|0[xX])?(.*)$/.exec(s)!;
    return (m[1] ?? '') + m[2]!.padStart(width - (m[1] ?? '').length, '0');
  }
  return s.padStart(width);
}
