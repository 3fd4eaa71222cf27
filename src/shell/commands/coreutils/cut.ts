// cut(1): selected bytes/characters (-b, -c: C locale, so both count bytes)
// or fields (-f, split on -d, TAB by default) of each line. Lines without the
// delimiter pass whole unless -s; ranges are N, N-, -M, N-M, merged and in
// ascending order whatever order they were written in; --complement and
// --output-delimiter as GNU.
import { type Command } from '../../command.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { fileError, lines, Output, readAll } from './io.ts';
import { localeQuote } from './quote.ts';

const SPEC = {
  cmd: 'cut',
  short: 'b:c:d:f:nsz',
  long: { bytes: 'b:', characters: 'c:', delimiter: 'd:', fields: 'f:', 'only-delimited': 's', complement: 'complement', 'output-delimiter': 'od:' },
};

const usage = (message: string) => ({ stdout: '', stderr: `cut: ${message}\n${tryHelp('cut')}`, exitCode: 1 });

type Range = [number, number];

/** Parses a LIST; returns the error text on failure. */
function parseList(list: string, fields: boolean, env: Readonly<Record<string, string>>): Range[] | string {
  const ranges: Range[] = [];
  const what = fields ? 'field value' : 'byte/character position';
  const fromOne = fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
  for (const part of list.split(/[, ]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m) return `invalid ${what} ${localeQuote(part, env)}`;
    const [, a, dash, b] = m;
    if (!a && !b) return dash ? 'invalid range with no endpoint: -' : fromOne;
    const lo = a ? Number(a) : 1;
    const hi = dash ? (b ? Number(b) : Infinity) : lo;
    if ((a && lo === 0) || (b && Number(b) === 0 && !a)) return fromOne;
    if (hi < lo) return 'invalid decreasing range';
    ranges.push([lo, hi]);
  }
  return ranges;
}

const selected = (ranges: Range[], i: number, complement: boolean): boolean => ranges.some(([lo, hi]) => i >= lo && i <= hi) !== complement;

export const cut: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  const lists = p.opts.filter((o) => 'bcf'.includes(o.key) && o.key.length === 1);
  if (lists.length === 0) return usage('you must specify a list of bytes, characters, or fields');
  if (new Set(lists.map((l) => l.key)).size > 1) return usage('only one list may be specified');
  const fields = lists[0]!.key === 'f';
  const ranges = parseList(lists[lists.length - 1]!.value!, fields, ctx.env);
  if (typeof ranges === 'string') return usage(ranges);
  const delim = lastValue(p, 'd') ?? '\t';
  if (!fields && has(p, 'd')) return usage('an input delimiter may be specified only when operating on fields');
  if (!fields && has(p, 's')) return usage('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  if ([...delim].length > 1) return usage('the delimiter must be a single character');
  const d = delim === '' ? '\0' : delim;
  const complement = has(p, 'complement');
  const outDelim = lastValue(p, 'od') ?? (fields ? d : '');
  const o = new Output();
  for (const input of readAll(ctx, p.operands).inputs) {
    if ('error' in input) {
      o.err(fileError(ctx, 'cut', input.name, input.error));
      continue;
    }
    for (const line of lines(input.text)) {
      if (!fields) {
        const bytes = [...new TextEncoder().encode(line)];
        o.out(`${new TextDecoder().decode(new Uint8Array(bytes.filter((_, i) => selected(ranges, i + 1, complement))))}\n`);
        continue;
      }
      if (!line.includes(d)) {
        if (!has(p, 's')) o.out(`${line}\n`);
        continue;
      }
      o.out(`${line.split(d).filter((_, i) => selected(ranges, i + 1, complement)).join(outDelim)}\n`);
    }
  }
  return o.result();
};
