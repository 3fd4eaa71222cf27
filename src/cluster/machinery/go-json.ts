// JSON exactly as Go's encoding/json writes it, which is what the API server
// sends: keys in the order given (our objects are built in Go struct order),
// and <, >, &, U+2028, U+2029 escaped as \u003c … (json.Encoder's HTML escaping).

const SPECIAL = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * Those characters can only appear inside JSON strings, so plain replacing is
 * safe. Short texts take one regex pass; long ones (big lists) a native
 * replaceAll per character, which is faster there.
 */
export function escapeLikeGo(json: string): string {
  if (json.length < 4096) return json.replace(SPECIAL, (c) => ESCAPES[c]!);
  // Native replaceAll per character beats one regex with a callback on large lists.
  let out = json;
  if (out.includes('&')) out = out.replaceAll('&', '\\u0026');
  if (out.includes('<')) out = out.replaceAll('<', '\\u003c');
  if (out.includes('>')) out = out.replaceAll('>', '\\u003e');
  if (out.includes('\u2028')) out = out.replaceAll('\u2028', '\\u2028');
  if (out.includes('\u2029')) out = out.replaceAll('\u2029', '\\u2029');
  return out;
}

/** Compact JSON text already in wire form (escaped), spliced into a body as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

// Store objects are never changed in place (a write stores a new object), so
// their serialized form can be kept for as long as the object lives.
const cache = new WeakMap<object, string>();

/** Compact, escaped JSON of an immutable object, computed once per object. */
export function cachedJson(value: object): string {
  let text = cache.get(value);
  if (text === undefined) {
    text = escapeLikeGo(JSON.stringify(value));
    cache.set(value, text);
  }
  return text;
}

/**
 * The wire form of a response body.
 * - pretty: json.MarshalIndent with two spaces, and no trailing newline;
 * - compact: json.Encoder.Encode, which ends with a newline.
 */
export function goJson(value: unknown, pretty: boolean): string {
  if (value instanceof RawJson) return pretty ? goJson(JSON.parse(value.text), true) : value.text + '\n';
  if (pretty) return escapeLikeGo(JSON.stringify(value, null, 2));
  return escapeLikeGo(JSON.stringify(value)) + '\n';
}

/** Go's %q for a string (close enough: JSON escaping matches Go's for printable text). */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** Go's %q for a []string: ["a" "b"]. */
export function goQuoteList(list: readonly string[]): string {
  return '[' + list.map(goQuote).join(' ') + ']';
}
