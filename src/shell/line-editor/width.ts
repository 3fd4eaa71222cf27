// Where text lands on a terminal `columns` wide: East Asian wide characters
// (Hangul, CJK, most emoji) take two cells, combining marks none, escape
// sequences none; a line that reaches the last column wraps.

const WIDE: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (cp < 0x1100) return 1;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

const ESCAPE = /^\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|.)/;

export interface Position {
  row: number;
  col: number;
}

/**
 * Where the cursor is after writing `text` from `from`. A character that
 * does not fit moves to the next row; ending exactly at the right edge
 * counts as the start of the next row (the renderer writes `\r\n` there).
 */
export function advance(text: string, from: Position, columns: number): Position {
  let { row, col } = from;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '\x1b') {
      const m = ESCAPE.exec(text.slice(i, i + 64));
      i += m ? m[0].length : 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x0a) {
      row++;
      col = 0;
      continue;
    }
    const w = charWidth(cp);
    if (col + w > columns) {
      row++;
      col = 0;
    }
    col += w;
    if (col >= columns) {
      row++;
      col = 0;
    }
  }
  return { row, col };
}

/** Display width of text on one line (escape sequences excluded). */
export function textWidth(text: string): number {
  return advance(text, { row: 0, col: 0 }, Number.MAX_SAFE_INTEGER).col;
}
