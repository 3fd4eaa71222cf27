// JSON exactly as Go's encoding/json writes it, which is what the API server
// sends: keys in the order given (our objects are built in Go struct order),
// and <, >, &, U+2028, U+2029 escaped as \u003c … (json.Encoder's HTML escaping).

const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Those characters can only appear inside JSON strings, so a global replace is safe. */
function escapeLikeGo(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]!);
}

/**
 * The wire form of a response body.
 * - pretty: json.MarshalIndent with two spaces, and no trailing newline;
 * - compact: json.Encoder.Encode, which ends with a newline.
 */
export function goJson(value: unknown, pretty: boolean): string {
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
