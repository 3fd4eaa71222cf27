// The line being edited and readline's editing commands on it (emacs mode,
// as bash starts): moving by character and word, deleting, killing to the
// start or end of the line or back to the last blank (Ctrl-W), and yanking.
// Positions step over whole code points, so a Hangul syllable or an emoji
// is one character.

export interface Line {
  text: string;
  cursor: number;
}

const isSurrogateTail = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

export function prevPos(s: string, i: number): number {
  if (i <= 0) return 0;
  return isSurrogateTail(s, i - 1) && i >= 2 ? i - 2 : i - 1;
}

export function nextPos(s: string, i: number): number {
  if (i >= s.length) return s.length;
  return isSurrogateTail(s, i + 1) ? i + 2 : i + 1;
}

export const insert = (l: Line, t: string): Line => ({ text: l.text.slice(0, l.cursor) + t + l.text.slice(l.cursor), cursor: l.cursor + t.length });

export function backspace(l: Line): Line {
  const p = prevPos(l.text, l.cursor);
  return { text: l.text.slice(0, p) + l.text.slice(l.cursor), cursor: p };
}

export function deleteChar(l: Line): Line {
  return { text: l.text.slice(0, l.cursor) + l.text.slice(nextPos(l.text, l.cursor)), cursor: l.cursor };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Alt-B: back to the start of the previous word (letters and digits). */
export function wordLeft(l: Line): number {
  let i = l.cursor;
  while (i > 0 && !isWordChar(l.text[i - 1])) i--;
  while (i > 0 && isWordChar(l.text[i - 1])) i--;
  return i;
}

/** Alt-F: forward to the end of the next word. */
export function wordRight(l: Line): number {
  let i = l.cursor;
  while (i < l.text.length && !isWordChar(l.text[i])) i++;
  while (i < l.text.length && isWordChar(l.text[i])) i++;
  return i;
}

/** Removes [from, to) and returns the line and the killed text (for Ctrl-Y). */
export function kill(l: Line, from: number, to: number): { line: Line; killed: string } {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return { line: { text: l.text.slice(0, a) + l.text.slice(b), cursor: a }, killed: l.text.slice(a, b) };
}

/** Ctrl-W (unix-word-rubout): back over blanks, then back to the previous blank. */
export function rubout(l: Line): number {
  let i = l.cursor;
  while (i > 0 && /\s/.test(l.text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(l.text[i - 1]!)) i--;
  return i;
}
