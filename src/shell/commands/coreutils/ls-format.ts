// How ls writes what it found (coreutils ls.c): the long format with its
// column widths, ls's two date styles, -h sizes, and the multi-column layout
// for a terminal (calculate_columns / print_many_per_line, padding with tabs
// at 8-column stops as coreutils 9 does).
import { modeString, type Stat } from '../../../vfs/index.ts';
import { strftime } from './strftime.ts';

export interface Entry {
  /** the name as ls prints it (already quoted for a terminal) */
  display: string;
  /** the name for sorting */
  name: string;
  stat: Stat;
  /** a symlink's target text, quoted like names */
  target?: string;
  /** the -F/-p indicator */
  indicator: string;
}

export interface LongOptions {
  human: boolean;
  numeric: boolean;
  showOwner: boolean;
  showGroup: boolean;
  now: number;
  user: (uid: number) => string | undefined;
  group: (gid: number) => string | undefined;
}

/** Half of the Gregorian year (31556952 s / 2): older files show the year instead of the time. */
const SIX_MONTHS_MS = 15_778_476_000;

/**
 * `Apr 12 10:00` for a file modified in the last six months, else
 * `Apr 12  2024` (also for a time in the future). A file written at the
 * clock's current instant counts as recent: the simulated clock does not tick
 * between a write and the ls that follows it.
 */
export function lsDate(mtime: number, now: number): string {
  const recent = mtime > now - SIX_MONTHS_MS && mtime <= now;
  return strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', mtime);
}

/** ls -h: powers of 1024, rounded up, one decimal below 10 (`4.0K`, `4.9K`, `12K`, `1.0M`). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = 'KMGTPEZY';
  let v = bytes;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (v < 10) {
    const tenths = Math.ceil(v * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${units[u]}`;
    return `10${units[u]}`;
  }
  const whole = Math.ceil(v - 1e-9);
  if (whole >= 1024 && u < units.length - 1) return `1.0${units[u + 1]}`;
  return `${whole}${units[u]}`;
}

/** The `total` line: 512-byte blocks shown in 1K units, rounded up. */
export function totalLine(entries: readonly Entry[], human: boolean): string {
  const blocks = entries.reduce((n, e) => n + e.stat.blocks, 0);
  return `total ${human ? humanSize(blocks * 512) : Math.ceil(blocks / 2)}\n`;
}

export function longFormat(entries: readonly Entry[], o: LongOptions): string {
  const rows = entries.map((e) => ({
    e,
    mode: modeString(e.stat.type, e.stat.mode),
    links: String(e.stat.nlink),
    owner: o.numeric ? String(e.stat.uid) : (o.user(e.stat.uid) ?? String(e.stat.uid)),
    group: o.numeric ? String(e.stat.gid) : (o.group(e.stat.gid) ?? String(e.stat.gid)),
    size: o.human ? humanSize(e.stat.size) : String(e.stat.size),
  }));
  const w = (k: 'links' | 'owner' | 'group' | 'size'): number => Math.max(0, ...rows.map((r) => r[k].length));
  const [lw, ow, gw, sw] = [w('links'), w('owner'), w('group'), w('size')];
  return rows
    .map((r) => {
      const cols = [r.mode, r.links.padStart(lw)];
      if (o.showOwner) cols.push(r.owner.padEnd(ow));
      if (o.showGroup) cols.push(r.group.padEnd(gw));
      cols.push(r.size.padStart(sw), lsDate(r.e.stat.mtime, o.now));
      const name = r.e.target !== undefined ? `${r.e.display} -> ${r.e.target}` : r.e.display + r.e.indicator;
      return `${cols.join(' ')} ${name}\n`;
    })
    .join('');
}

/** Padding from column `from` to `to`: tabs while a tab stop fits, then spaces (ls.c indent()). */
function indent(from: number, to: number): string {
  let s = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += '\t';
      from += 8 - (from % 8);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

const MIN_COLUMN_WIDTH = 3;

/** `ls -C`: as many columns as fit in `width`, filled top to bottom. */
export function columns(names: readonly string[], width: number): string {
  const n = names.length;
  if (n === 0) return '';
  const lens = names.map((s) => [...s].length);
  const maxCols = Math.max(1, Math.min(Math.floor(width / MIN_COLUMN_WIDTH) || 1, n));
  let best = { cols: 1, widths: [Math.max(...lens)] };
  for (let cols = 1; cols <= maxCols; cols++) {
    const rows = Math.ceil(n / cols);
    const widths: number[] = Array(cols).fill(0);
    lens.forEach((len, i) => {
      const col = Math.floor(i / rows);
      widths[col] = Math.max(widths[col]!, len + (col === cols - 1 ? 0 : 2));
    });
    if (widths.reduce((a, b) => a + b, 0) < width) best = { cols, widths };
  }
  const rows = Math.ceil(n / best.cols);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let pos = 0;
    for (let i = r, col = 0; i < n; i += rows, col++) {
      out += names[i];
      if (i + rows >= n) break;
      out += indent(pos + lens[i]!, pos + best.widths[col]!);
      pos += best.widths[col]!;
    }
    out += '\n';
  }
  return out;
}
