// The request curl builds: method, body from -d/--data-*/--json (joined with
// & like curl, @file read from the vfs, CR/LF stripped for -d), and the header
// list in curl's order — Host, User-Agent, Accept, then -H headers, then the
// Content-Type/Content-Length it adds — with -H able to replace or remove
// (`-H 'Accept:'`) its built-in headers.
import type { FsView } from '../../../vfs/index.ts';
import type { CurlOptions } from './options.ts';
import { authorityOf, type CurlUrl } from './url.ts';

export const USER_AGENT = 'curl/8.5.0';

export interface BuiltRequest {
  method: string;
  /** name/value pairs in the order curl sends (and -v prints) them */
  headers: Array<[string, string]>;
  body: string | undefined;
  warnings: string;
}

function readData(value: string, raw: boolean, binary: boolean, fs: FsView, stdin: string): { text: string; warning: string } {
  if (raw || !value.startsWith('@')) return { text: value, warning: '' };
  const name = value.slice(1);
  let text: string;
  if (name === '-') text = stdin;
  else {
    const r = fs.readText(name);
    if (typeof r !== 'string') return { text: '', warning: `Warning: Couldn't read data from file "${name}", this makes an empty POST.\n` };
    text = r;
  }
  return { text: binary ? text : text.replace(/[\r\n]/g, ''), warning: '' };
}

export function buildRequest(o: CurlOptions, url: CurlUrl, fs: FsView, stdin: string): BuiltRequest {
  let warnings = '';
  const parts: string[] = [];
  for (const d of o.data) {
    const r = readData(d.value, d.raw, d.binary, fs, stdin);
    warnings += r.warning;
    parts.push(r.text);
  }
  const jsonParts: string[] = [];
  for (const j of o.json) {
    const r = readData(j, false, true, fs, stdin);
    warnings += r.warning;
    jsonParts.push(r.text);
  }
  let body: string | undefined;
  if (parts.length) body = parts.join('&');
  if (jsonParts.length) body = (body !== undefined ? `${body}&` : '') + jsonParts.join('');
  const method = o.method ?? (o.head ? 'HEAD' : body !== undefined ? 'POST' : 'GET');

  // -H headers: "Name: value" replaces a built-in, "Name:" removes it, "Name;" sends it empty.
  const custom: Array<[string, string, boolean]> = [];
  const removed = new Set<string>();
  const extra = jsonParts.length ? ['Content-Type: application/json', 'Accept: application/json'] : [];
  for (const [k, h] of [...extra, ...o.headers].entries()) {
    const fromJson = k < extra.length;
    const colon = h.indexOf(':');
    const semi = h.indexOf(';');
    if (colon > 0) {
      const name = h.slice(0, colon).trim();
      const value = h.slice(colon + 1).trim();
      // --json's own headers give way to the user's.
      const i = custom.findIndex(([n, , j]) => j && n.toLowerCase() === name.toLowerCase());
      if (!fromJson && i >= 0) custom.splice(i, 1);
      if (value === '') removed.add(name.toLowerCase());
      else custom.push([name, value, fromJson]);
    } else if (semi > 0 && h.slice(semi + 1).trim() === '') custom.push([h.slice(0, semi).trim(), '', fromJson]);
  }
  const has = (name: string) => removed.has(name.toLowerCase()) || custom.some(([n]) => n.toLowerCase() === name.toLowerCase());
  const headers: Array<[string, string]> = [];
  if (!has('Host')) headers.push(['Host', authorityOf(url)]);
  const ua = o.userAgent ?? USER_AGENT;
  if (!has('User-Agent') && ua !== '') headers.push(['User-Agent', ua]);
  if (!has('Accept')) headers.push(['Accept', '*/*']);
  for (const [n, v] of custom) headers.push([n, v]);
  if (body !== undefined) {
    if (!has('Content-Type')) headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
    if (!has('Content-Length')) headers.push(['Content-Length', String(new TextEncoder().encode(body).length)]);
  }
  return { method, headers, body, warnings };
}
