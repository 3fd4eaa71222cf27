// What one run printed, as the terminal shows it: stdout and stderr
// interleaved in order, each also kept apart for run()'s result, and the
// whole bounded to MAX_OUTPUT with a note when cut.
import { BufferOutput, MAX_OUTPUT, type Output } from './interpreter/io.ts';
import type { RunResult } from './session-types.ts';

export class RunOutput {
  readonly #stdout = new BufferOutput();
  readonly #stderr = new BufferOutput();
  #all = '';
  #size = 0;
  readonly out: Output;
  readonly err: Output;

  constructor(onOutput?: (fd: 1 | 2, text: string) => void) {
    const make = (fd: 1 | 2, buf: BufferOutput): Output => ({
      terminal: true,
      write: (text) => {
        if (!text || this.#size >= MAX_OUTPUT) return;
        const t = text.slice(0, MAX_OUTPUT - this.#size);
        this.#size += t.length;
        this.#all += t;
        buf.write(t);
        onOutput?.(fd, t);
      },
    });
    this.out = make(1, this.#stdout);
    this.err = make(2, this.#stderr);
  }

  result(exitCode: number): RunResult {
    if (this.#size >= MAX_OUTPUT) {
      const note = `\n[output cut at ${MAX_OUTPUT} characters: a safety limit of the playground]\n`;
      this.#all += note;
      this.#stderr.write(note);
    }
    return { stdout: this.#stdout.text(), stderr: this.#stderr.text(), exitCode, output: this.#all };
  }
}
