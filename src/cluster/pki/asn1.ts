// A small DER (ITU-T X.690) writer and reader: just what X.509 certificates
// need. Values are built bottom-up as byte arrays; the reader walks
// tag-length-value triples without interpreting more than it is asked to.

export type Bytes = Uint8Array<ArrayBuffer>;

/** Universal and context tags used by certificates. */
export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function lengthBytes(n: number): Bytes {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export const tlv = (tag: number, content: Bytes): Bytes => concat(Uint8Array.of(tag), lengthBytes(content.length), content);
export const sequence = (...items: Bytes[]): Bytes => tlv(TAG.SEQUENCE, concat(...items));
export const set = (...items: Bytes[]): Bytes => tlv(TAG.SET, concat(...items));
export const octetString = (b: Bytes): Bytes => tlv(TAG.OCTET_STRING, b);
export const nullValue = (): Bytes => Uint8Array.of(TAG.NULL, 0);
export const boolean = (v: boolean): Bytes => Uint8Array.of(TAG.BOOLEAN, 1, v ? 0xff : 0);
/** [n] EXPLICIT: a constructed context tag around a whole TLV. */
export const explicit = (n: number, inner: Bytes): Bytes => tlv(0xa0 | n, inner);
/** [n] IMPLICIT on a primitive value: the tag replaces the universal one. */
export const implicit = (n: number, content: Bytes): Bytes => tlv(0x80 | n, content);
export const bitString = (b: Bytes, unusedBits = 0): Bytes => tlv(TAG.BIT_STRING, concat(Uint8Array.of(unusedBits), b));

/** An unsigned big-endian integer: leading zeros trimmed, a 0x00 added when the top bit is set. */
export function integer(b: Bytes): Bytes {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  const trimmed = b.subarray(i);
  return tlv(TAG.INTEGER, trimmed[0]! & 0x80 ? concat(Uint8Array.of(0), trimmed) : trimmed);
}

export const smallInteger = (n: number): Bytes => integer(Uint8Array.of(n));

export function oid(dotted: string): Bytes {
  const [a, b, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const out: number[] = [a * 40 + b];
  for (const arc of rest) {
    const groups: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v & 0x7f) | 0x80);
    out.push(...groups);
  }
  return tlv(TAG.OID, Uint8Array.from(out));
}

const utf8 = (s: string): Bytes => new TextEncoder().encode(s);

/** Go's asn1 marshals a string as PrintableString when it can, UTF8String otherwise. */
export function directoryString(s: string): Bytes {
  return tlv(/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s) ? TAG.PRINTABLE_STRING : TAG.UTF8_STRING, utf8(s));
}

export const ia5 = (s: string): Bytes => utf8(s);

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
export function time(ms: number): Bytes {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = Number(iso.slice(0, 4));
  if (year >= 1950 && year < 2050) return tlv(TAG.UTC_TIME, utf8(digits.slice(2) + 'Z'));
  return tlv(TAG.GENERALIZED_TIME, utf8(digits + 'Z'));
}

// ---- reading ---------------------------------------------------------------

/** One parsed TLV: `raw` is the whole element, `content` its value bytes. */
export interface Element {
  tag: number;
  raw: Bytes;
  content: Bytes;
}

/** Reads the element starting at `at`; throws on truncated or indefinite-length input. */
export function readElement(b: Bytes, at = 0): Element {
  const tag = b[at];
  let len = b[at + 1];
  if (tag === undefined || len === undefined) throw new Error('asn1: truncated element');
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('asn1: unsupported length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[start + i]!;
    start += n;
  }
  const end = start + len;
  if (end > b.length) throw new Error('asn1: truncated element');
  return { tag, raw: b.subarray(at, end), content: b.subarray(start, end) };
}

/** The elements inside a constructed element (SEQUENCE, SET, [n]). */
export function children(e: Element): Element[] {
  const out: Element[] = [];
  for (let at = 0; at < e.content.length; ) {
    const child = readElement(e.content, at);
    out.push(child);
    at += child.raw.length;
  }
  return out;
}

export function readOid(e: Element): string {
  const b = e.content;
  const arcs = [Math.floor(b[0]! / 40), b[0]! % 40];
  for (let i = 1, v = 0; i < b.length; i++) {
    v = v * 128 + (b[i]! & 0x7f);
    if (!(b[i]! & 0x80)) {
      arcs.push(v);
      v = 0;
    }
  }
  return arcs.join('.');
}

export function readTime(e: Element): number {
  const s = new TextDecoder().decode(e.content);
  const full = e.tag === TAG.UTC_TIME ? (Number(s.slice(0, 2)) < 50 ? '20' : '19') + s : s;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(full);
  if (!m) throw new Error(`asn1: unsupported time ${s}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export const readString = (e: Element): string => new TextDecoder().decode(e.content);

export function bytesEqual(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
