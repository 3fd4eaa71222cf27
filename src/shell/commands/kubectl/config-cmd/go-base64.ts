// encoding/base64 StdEncoding as Go decodes it: the offset of the first bad
// byte is the error ("illegal base64 data at input byte N"); CR/LF are skipped.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function goBase64Decode(src: string): Uint8Array | { corruptAt: number } {
  const out: number[] = [];
  let si = 0;
  const skipNewlines = () => {
    while (si < src.length && (src[si] === '\n' || src[si] === '\r')) si++;
  };
  while (si < src.length) {
    const buf: number[] = [];
    let j = 0;
    let end = false;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return Uint8Array.from(out);
        return { corruptAt: si - j };
      }
      const c = src[si]!;
      si++;
      const v = ALPHABET.indexOf(c);
      if (v >= 0) {
        buf.push(v);
        continue;
      }
      if (c === '\n' || c === '\r') {
        j--;
        continue;
      }
      if (c !== '=' || j < 2) return { corruptAt: si - 1 };
      if (j === 2) {
        skipNewlines();
        if (si === src.length) return { corruptAt: src.length };
        if (src[si] !== '=') return { corruptAt: si - 1 };
        si++;
      }
      skipNewlines();
      if (si < src.length) return { corruptAt: si };
      end = true;
      break;
    }
    const n = (buf[0]! << 18) | ((buf[1] ?? 0) << 12) | ((buf[2] ?? 0) << 6) | (buf[3] ?? 0);
    out.push((n >> 16) & 0xff);
    if (buf.length > 2) out.push((n >> 8) & 0xff);
    if (buf.length > 3) out.push(n & 0xff);
    if (end) break;
  }
  return Uint8Array.from(out);
}

export function base64Encode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export const base64OfText = (text: string): string => base64Encode(new TextEncoder().encode(text));
