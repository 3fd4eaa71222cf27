// date(1) on the cluster clock: GNU's default format (`Sun Nov 29 03:50:57
// UTC 2026`), `+FORMAT`, -u, -d/--date (@SECONDS, now/today/yesterday/
// tomorrow, `N unit ago`, ISO dates and times), -I[TIMESPEC], -R and
// --rfc-3339. Setting the date is not possible from a container.
import { ok, type Command } from '../../command.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { localeQuote } from './quote.ts';
import { strftime } from './strftime.ts';

const SPEC = {
  cmd: 'date',
  short: 'd:uRI::',
  long: { date: 'd:', utc: 'u', universal: 'u', 'rfc-email': 'R', 'iso-8601': 'I::', 'rfc-3339': 'rfc:' },
};

export const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

const ISO: Record<string, string> = {
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};
const RFC3339: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };

export const date: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const now = ctx.host.now();
  const spec = lastValue(p, 'd');
  const when = spec === undefined ? now : parseDate(spec, now);
  if (when === undefined) return { stdout: '', stderr: `date: invalid date ${localeQuote(spec!, ctx.env)}\n`, exitCode: 1 };
  let format = DEFAULT_FORMAT;
  if (has(p, 'I')) {
    const v = lastValue(p, 'I') ?? 'date';
    const f = ISO[v];
    if (!f) return { stdout: '', stderr: badArgument(v, '--iso-8601', Object.keys(ISO), ctx.env), exitCode: 1 };
    format = f;
  } else if (has(p, 'R')) format = '%a, %d %b %Y %H:%M:%S %z';
  else if (has(p, 'rfc')) {
    const v = lastValue(p, 'rfc')!;
    const f = RFC3339[v];
    if (!f) return { stdout: '', stderr: badArgument(v, '--rfc-3339', Object.keys(RFC3339), ctx.env), exitCode: 1 };
    format = f;
  }
  const [first, ...rest] = p.operands;
  if (first !== undefined && first.startsWith('+')) {
    if (rest.length) return { stdout: '', stderr: `date: extra operand ${localeQuote(rest[0]!, ctx.env)}\n${tryHelp('date')}`, exitCode: 1 };
    format = first.slice(1);
  } else if (first !== undefined) {
    return { stdout: '', stderr: `date: invalid date ${localeQuote(first, ctx.env)}\n`, exitCode: 1 };
  }
  return ok(`${strftime(format, when)}\n`);
};

function badArgument(v: string, option: string, valid: string[], env: Readonly<Record<string, string>>): string {
  const q = (s: string) => localeQuote(s, env);
  return `date: invalid argument ${q(v)} for ${q(option)}\nValid arguments are:\n${valid.map((x) => `  - ${q(x)}\n`).join('')}${tryHelp('date')}`;
}

const UNITS: Record<string, number> = { sec: 1e3, second: 1e3, min: 6e4, minute: 6e4, hour: 3.6e6, day: 8.64e7, week: 6.048e8, fortnight: 1.2096e9 };

/** What `date -d` understands here; undefined when it does not parse. */
export function parseDate(text: string, now: number): number | undefined {
  const s = text.trim().toLowerCase();
  if (s === '' || s === 'now' || s === 'today') return now;
  if (s === 'yesterday') return now - UNITS.day!;
  if (s === 'tomorrow') return now + UNITS.day!;
  const epoch = /^@([-+]?\d+(?:\.\d+)?)$/.exec(s);
  if (epoch) return Math.round(Number(epoch[1]) * 1000);
  const rel = /^([-+]?\s*\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?(\s+ago)?$/.exec(s);
  if (rel) {
    const n = Number((rel[1] ?? '1').replace(/\s/g, '')) * (rel[3] ? -1 : 1);
    if (rel[2] === 'month' || rel[2] === 'year') {
      const d = new Date(now);
      if (rel[2] === 'month') d.setUTCMonth(d.getUTCMonth() + n);
      else d.setUTCFullYear(d.getUTCFullYear() + n);
      return d.getTime();
    }
    return now + n * UNITS[rel[2]!]!;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|utc|[-+]\d{2}:?\d{2})?$/.exec(s);
  if (!iso) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0', zone] = iso;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Number(`0.${frac}`) * 1000);
  if (Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 60) return undefined;
  if (!zone || zone === 'z' || zone === 'utc') return ms;
  const z = /([-+])(\d{2}):?(\d{2})/.exec(zone)!;
  return ms - (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60_000;
}
