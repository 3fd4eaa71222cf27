// mitchellh/go-wordwrap WrapString, which kubectl explain's templates use
// (through term.NewWordWrapWriter) to wrap descriptions at 76 columns.

const isSpace = (c: string): boolean => /\s/u.test(c) && c !== '\u00a0';

export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  const len = (x: string) => [...x].length;
  for (const ch of s) {
    if (ch === '\n') {
      buf += space;
      space = '';
      if (current + len(word) > lim) {
        current = 0;
        buf += '\n';
      }
      buf += word + ch;
      word = '';
      current = 0;
    } else if (isSpace(ch)) {
      if (!space || word) {
        current += len(space) + len(word);
        buf += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + len(space) + len(word) > lim && len(word) < lim) {
        buf += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (!word) {
    if (current + len(space) <= lim) buf += space;
  } else buf += space + word;
  return buf;
}

/** the templates' `wrap 76 | indent 4` */
export const wrapIndent = (s: string): string =>
  wrapString(s, 76)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
