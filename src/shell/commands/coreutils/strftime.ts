// strftime(3) as GNU date uses it, in the C locale and UTC (the playground has
// no other time zone: containers run without TZ). Supports GNU's flags after
// `%`: `-` (no padding), `_` (spaces), `0` (zeros), `^` (upper case), `#`
// (swap case) and a field width (`%10Y`).

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY_MS = 86_400_000;

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS);
}

/** ISO 8601 week number and week-based year (%V, %G). */
function isoWeek(d: Date): { week: number; year: number } {
  const wday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - wday + 3));
  const year = thursday.getUTCFullYear();
  return { week: 1 + Math.floor(dayOfYear(thursday) / 7), year };
}

type Field = { v: string | number; w: number; pad?: ' ' | '0' };

/** The value of one conversion: numbers with their natural width and pad, or text. */
function field(c: string, d: Date, ms: number): Field | string | undefined {
  const h = d.getUTCHours();
  const yday = dayOfYear(d);
  const wday = d.getUTCDay();
  switch (c) {
    case 'a': return DAYS[wday]!.slice(0, 3);
    case 'A': return DAYS[wday]!;
    case 'b': case 'h': return MONTHS[d.getUTCMonth()]!.slice(0, 3);
    case 'B': return MONTHS[d.getUTCMonth()]!;
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', ms);
    case 'C': return { v: Math.floor(d.getUTCFullYear() / 100), w: 2 };
    case 'd': return { v: d.getUTCDate(), w: 2 };
    case 'D': case 'x': return strftime('%m/%d/%y', ms);
    case 'e': return { v: d.getUTCDate(), w: 2, pad: ' ' };
    case 'F': return strftime('%Y-%m-%d', ms);
    case 'g': return { v: isoWeek(d).year % 100, w: 2 };
    case 'G': return { v: isoWeek(d).year, w: 1 };
    case 'H': return { v: h, w: 2 };
    case 'I': return { v: h % 12 || 12, w: 2 };
    case 'j': return { v: yday + 1, w: 3 };
    case 'k': return { v: h, w: 2, pad: ' ' };
    case 'l': return { v: h % 12 || 12, w: 2, pad: ' ' };
    case 'm': return { v: d.getUTCMonth() + 1, w: 2 };
    case 'M': return { v: d.getUTCMinutes(), w: 2 };
    case 'n': return '\n';
    case 'N': return { v: (((ms % 1000) + 1000) % 1000) * 1_000_000, w: 9 };
    case 'p': return h < 12 ? 'AM' : 'PM';
    case 'P': return h < 12 ? 'am' : 'pm';
    case 'q': return { v: Math.floor(d.getUTCMonth() / 3) + 1, w: 1 };
    case 'r': return strftime('%I:%M:%S %p', ms);
    case 'R': return strftime('%H:%M', ms);
    case 's': return { v: Math.floor(ms / 1000), w: 1 };
    case 'S': return { v: d.getUTCSeconds(), w: 2 };
    case 't': return '\t';
    case 'T': case 'X': return strftime('%H:%M:%S', ms);
    case 'u': return { v: wday || 7, w: 1 };
    case 'U': return { v: Math.floor((yday + 7 - wday) / 7), w: 2 };
    case 'V': return { v: isoWeek(d).week, w: 2 };
    case 'w': return { v: wday, w: 1 };
    case 'W': return { v: Math.floor((yday + 7 - ((wday + 6) % 7)) / 7), w: 2 };
    case 'y': return { v: d.getUTCFullYear() % 100, w: 2 };
    case 'Y': return { v: d.getUTCFullYear(), w: 1 };
    case 'z': return '+0000';
    case 'Z': return 'UTC';
    case '%': return '%';
    default: return undefined;
  }
}

function applyFlags(f: Field | string, flag: string, width: number): string {
  if (typeof f === 'string') {
    let s = flag.includes('^') ? f.toUpperCase() : flag.includes('#') ? (f === f.toUpperCase() ? f.toLowerCase() : f.toUpperCase()) : f;
    if (width > s.length) s = (flag.includes('0') ? '0' : ' ').repeat(width - s.length) + s;
    return s;
  }
  const n = Number(f.v);
  const digits = String(Math.abs(n));
  const pad = flag.includes('-') ? '' : flag.includes('_') ? ' ' : flag.includes('0') ? '0' : (f.pad ?? '0');
  const w = flag.includes('-') ? 0 : Math.max(width, f.w) - (n < 0 ? 1 : 0);
  return (n < 0 ? '-' : '') + (pad ? digits.padStart(w, pad) : digits);
}

/** Formats `ms` (since the epoch) with a strftime format. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  return format.replace(/%([-_0^#]*)(\d*)(:{0,3}z|.|$)/gs, (all, flag: string, width: string, c: string) => {
    if (/^:+z$/.test(c)) return ['+00:00', '+00:00:00', '+00'][c.length - 2]!;
    const f = field(c, d, ms);
    return f === undefined ? all : applyFlags(f, flag, Number(width || 0));
  });
}
