// chmod-style modes for `mkdir -m` (and any later chmod): octal (`700`) or
// symbolic clauses (`u=rwx,go=`, `a+x`, `o-w`) applied to a starting mode.

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 };

/** The mode `spec` gives, starting from `base`; undefined when it does not parse. */
export function parseMode(spec: string, base: number): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = base;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxst]*)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] ? [...m[1]].reduce((acc, c) => acc | WHO[c]!, 0) : 0o7777;
    const bits = [...m[3]!].reduce((acc, c) => acc | PERM[c]!, 0) & who;
    if (m[2] === '+') mode |= bits;
    else if (m[2] === '-') mode &= ~bits;
    else mode = (mode & ~who) | bits;
  }
  return mode;
}
