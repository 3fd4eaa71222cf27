// A script run as if typed: each line appears after its prompt, a command
// that needs more lines (an open quote, a here-document, a trailing `|`)
// continues after the `> ` prompt, and the output follows — what the
// browser terminal shows. `npm run shell < scenario.sh` prints this, and the
// golden transcripts under test/ are files of it.
import type { Shell } from './session.ts';

export interface TranscriptOptions {
  /** print the prompts and the typed lines (true); false prints only the output */
  echo?: boolean;
  /** called with each piece as it is ready (the CLI streams) */
  write?(text: string): void;
}

export async function runTranscript(shell: Shell, input: string, o: TranscriptOptions = {}): Promise<string> {
  const echo = o.echo ?? true;
  let all = '';
  const write = (text: string) => {
    all += text;
    o.write?.(text);
  };
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let pending: string | undefined;
  for (const line of lines) {
    if (echo) write((pending === undefined ? shell.prompt() : shell.continuationPrompt()) + line + '\n');
    const text = pending === undefined ? line : `${pending}\n${line}`;
    if (!shell.isComplete(text)) {
      pending = text;
      continue;
    }
    pending = undefined;
    await shell.run(text, { onOutput: (_fd, t) => write(t) });
    if (shell.ended) return all;
  }
  // the input ended inside a command: what bash says at end of file
  if (pending !== undefined) await shell.run(pending, { onOutput: (_fd, t) => write(t) });
  return all;
}
