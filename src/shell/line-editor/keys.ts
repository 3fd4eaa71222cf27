// Terminal input → key events. xterm (and a real terminal in raw mode) sends
// text, control characters and escape sequences in one string; a paste
// arrives as one long string with `\r` or `\n` between lines.

export type NamedKey =
  | 'enter' | 'backspace' | 'delete' | 'tab' | 'escape'
  | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'kill-word-back' | 'kill-word-forward';

export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'key'; name: NamedKey }
  /** Ctrl + a letter: 'a' … 'z', plus '_' for Ctrl-_ (undo) */
  | { kind: 'ctrl'; key: string };

const SEQUENCES: [string, NamedKey][] = [
  ['\x1b[1;5D', 'word-left'], ['\x1b[1;5C', 'word-right'], ['\x1b[1;3D', 'word-left'], ['\x1b[1;3C', 'word-right'],
  ['\x1b[A', 'up'], ['\x1b[B', 'down'], ['\x1b[C', 'right'], ['\x1b[D', 'left'],
  ['\x1bOA', 'up'], ['\x1bOB', 'down'], ['\x1bOC', 'right'], ['\x1bOD', 'left'],
  ['\x1b[H', 'home'], ['\x1b[F', 'end'], ['\x1bOH', 'home'], ['\x1bOF', 'end'],
  ['\x1b[1~', 'home'], ['\x1b[4~', 'end'], ['\x1b[7~', 'home'], ['\x1b[8~', 'end'], ['\x1b[3~', 'delete'],
  ['\x1bb', 'word-left'], ['\x1bf', 'word-right'], ['\x1b\x7f', 'kill-word-back'], ['\x1bd', 'kill-word-forward'],
];

export function decodeKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < data.length; ) {
    const c = data[i]!;
    const code = c.charCodeAt(0);
    if (c === '\x1b') {
      flush();
      const seq = SEQUENCES.find(([s]) => data.startsWith(s, i));
      if (seq) {
        keys.push({ kind: 'key', name: seq[1] });
        i += seq[0].length;
        continue;
      }
      // an unknown CSI sequence is swallowed whole rather than typed
      const csi = /^\x1b\[[0-9;?]*[ -/]*[@-~]/.exec(data.slice(i, i + 32));
      if (!csi) keys.push({ kind: 'key', name: 'escape' });
      i += csi ? csi[0].length : 1;
      continue;
    }
    i++;
    if (c === '\r' || c === '\n') {
      flush();
      keys.push({ kind: 'key', name: 'enter' });
      if (c === '\r' && data[i] === '\n') i++;
    } else if (c === '\x7f' || c === '\b') {
      flush();
      keys.push({ kind: 'key', name: 'backspace' });
    } else if (c === '\t') {
      flush();
      keys.push({ kind: 'key', name: 'tab' });
    } else if (code < 0x20) {
      flush();
      keys.push({ kind: 'ctrl', key: code === 0x1f ? '_' : String.fromCharCode(code + 96) });
    } else text += c;
  }
  flush();
  return keys;
}
