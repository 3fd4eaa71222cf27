// Go's text/tabwriter, which kubectl prints every table and describe through.
// Cells are tab-terminated; the text after a line's last tab is not a cell of
// any column and is never padded. A column's width is settled per "column
// block": the run of consecutive lines that have a cell in that column.

export interface TabwriterOptions {
  minwidth: number;
  /** only matters for padchar '\t'; kubectl pads with spaces */
  tabwidth: number;
  padding: number;
  padchar: string;
}

/** kubectl get, auth can-i --list: tabwriter.NewWriter(out, 6, 4, 3, ' ', 0) */
export const GET_TABWRITER: TabwriterOptions = { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ' };
/** kubectl describe: tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' };

/** Width in runes, as tabwriter counts (it counts UTF-8 code points). */
const runeWidth = (s: string): number => [...s].length;

export function tabwrite(text: string, o: TabwriterOptions): string {
  const lines = text.split('\n');
  const trailingNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (trailingNewline) lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const line = cells[i]!;
      let s = '';
      for (let j = 0; j < line.length; j++) {
        const c = line[j]!;
        s += c;
        // The last text of a line belongs to no column; every earlier cell is padded.
        if (j < line.length - 1 && j < widths.length) s += o.padchar.repeat(Math.max(0, widths[j]! - runeWidth(c)));
      }
      out.push(s);
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= cells[i]!.length - 1) continue;
      // A column block starts here: everything above it is printed with the widths known so far.
      writeLines(line0, i);
      line0 = i;
      let width = o.minwidth;
      for (; i < line1; i++) {
        const line = cells[i]!;
        if (column >= line.length - 1) break;
        width = Math.max(width, runeWidth(line[column]!) + o.padding);
      }
      widths.push(width);
      format(line0, i);
      widths.pop();
      line0 = i;
      i--; // the for-loop's i++ would skip the line that ended the block
    }
    writeLines(line0, line1);
  };

  format(0, cells.length);
  return out.join('\n') + (trailingNewline ? '\n' : '');
}
