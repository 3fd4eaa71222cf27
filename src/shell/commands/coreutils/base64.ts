// base64(1): encodes with lines wrapped at 76 columns (-w N, -w 0 for one
// line), decodes with -d. Decoding follows GNU's base64_decode_ctx: newlines
// are skipped, `=`-padded quanta may follow one another, and at the first
// character that is not valid there — or at an end that leaves an unfinished
// quantum, e.g. a JWT segment without its padding — the bytes decodable so
// far (2 chars → 1 byte, 3 → 2) are written, then `base64: invalid input`
// and status 1. -i skips characters outside the alphabet.
import { type Command } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, lastValue, tryHelp } from './getopt.ts';
import { readBytes, stdinOnce } from './io.ts';
import { localeQuote, quotef } from './quote.ts';

const SPEC = { cmd: 'base64', short: 'diw:', long: { decode: 'd', 'ignore-garbage': 'i', wrap: 'w:' } };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encode(bytes: Uint8Array, wrap: number): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) + (c === undefined ? '=' : ALPHABET[n & 63]!);
  }
  if (s === '') return '';
  if (wrap <= 0) return s;
  return `${s.match(new RegExp(`.{1,${wrap}}`, 'g'))!.join('\n')}\n`;
}

/** Bytes of a quantum of 2–4 sextets (missing ones count as zero). */
function quantumBytes(q: number[]): number[] {
  const n = ((q[0] ?? 0) << 18) | ((q[1] ?? 0) << 12) | ((q[2] ?? 0) << 6) | (q[3] ?? 0);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].slice(0, Math.max(0, q.length - 1));
}

export function decode(text: string, ignoreGarbage: boolean): { bytes: Uint8Array; ok: boolean } {
  const out: number[] = [];
  let q: number[] = [];
  let pad = 0;
  for (const c of text) {
    if (c === '\n') continue;
    const v = VALUE.get(c);
    if (pad > 0) {
      // inside "xx==": only the second '=' may follow
      if (c === '=' && q.length + pad === 3) {
        pad++;
        continue;
      }
      if (q.length + pad === 4) {
        q = [];
        pad = 0;
      } else if (!ignoreGarbage) return { bytes: new Uint8Array(out), ok: false };
      else continue;
    }
    if (v !== undefined) {
      q.push(v);
      if (q.length === 4) {
        out.push(...quantumBytes(q));
        q = [];
      }
    } else if (c === '=' && q.length >= 2) {
      out.push(...quantumBytes(q));
      pad = 1;
    } else if (!ignoreGarbage) {
      out.push(...quantumBytes(q));
      return { bytes: new Uint8Array(out), ok: false };
    }
  }
  if (pad > 0) return { bytes: new Uint8Array(out), ok: q.length + pad === 4 };
  out.push(...quantumBytes(q));
  return { bytes: new Uint8Array(out), ok: q.length === 0 };
}

export const base64: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length > 1) return { stdout: '', stderr: `base64: extra operand ${localeQuote(p.operands[1]!, ctx.env)}\n${tryHelp('base64')}`, exitCode: 1 };
  const w = lastValue(p, 'w') ?? '76';
  if (!/^\d+$/.test(w)) return { stdout: '', stderr: `base64: invalid wrap size: ${localeQuote(w, ctx.env)}\n`, exitCode: 1 };
  const name = p.operands[0] ?? '-';
  const input = readBytes(ctx, name, stdinOnce(ctx));
  if (isFsError(input)) {
    const msg = input.code === 'EISDIR' ? `base64: read error: ${input.message}\n` : `base64: ${quotef(name)}: ${input.message}\n`;
    return { stdout: '', stderr: msg, exitCode: 1 };
  }
  if (!has(p, 'd')) return { stdout: encode(input, Number(w)), stderr: '', exitCode: 0 };
  const r = decode(new TextDecoder().decode(input), has(p, 'i'));
  const stdout = new TextDecoder().decode(r.bytes);
  return r.ok ? { stdout, stderr: '', exitCode: 0 } : { stdout, stderr: 'base64: invalid input\n', exitCode: 1 };
};
