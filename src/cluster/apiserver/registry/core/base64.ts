// []byte fields travel as standard base64 (encoding/json's rule for []byte).

/** The UTF-8 bytes of a string, base64-encoded: what a stringData value becomes in data. */
export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** len([]byte) of a base64 value without decoding it. */
export function decodedLength(b64: string): number {
  if (!b64) return 0;
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}

/** The decoded bytes as a string (for checks that parse the content, e.g. .dockerconfigjson). */
export function base64DecodeText(b64: string): string {
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
