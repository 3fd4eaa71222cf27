// Golden transcripts: each NAME.sh under transcripts/ runs line by line in a
// fresh session, as if typed, and must print exactly NAME.out. The ones under
// transcripts/bash/ are bash's behaviour: their .out files are what GNU bash
// 5.2 prints for the same lines (bash -i, see fixtures/bash-oracle.ts), and
// when a bash is installed this test checks that again.
// UPDATE_GOLDEN=1 rewrites the .out files (bash's own output for bash/).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../src/shell/transcript.ts';
import { bashTranscript, bashVersion } from './fixtures/bash-oracle.ts';
import { testShell } from './fixtures/shell.ts';

const DIR = join(import.meta.dirname, 'transcripts');
const update = !!process.env.UPDATE_GOLDEN;
const bash = bashVersion();

function scripts(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.sh')).map((f) => join(dir, f));
}

async function check(script: string, golden?: () => string): Promise<void> {
  const outFile = script.replace(/\.sh$/, '.out');
  const ours = await runTranscript(testShell().shell, readFileSync(script, 'utf8'));
  if (update || !existsSync(outFile)) writeFileSync(outFile, golden ? golden() : ours);
  expect(ours).toBe(readFileSync(outFile, 'utf8'));
}

describe('playground transcripts', () => {
  for (const script of scripts(DIR)) {
    it(script.slice(DIR.length + 1), () => check(script));
  }
});

describe('transcripts that are bash behaviour', () => {
  for (const script of scripts(join(DIR, 'bash'))) {
    const name = script.slice(DIR.length + 1);
    it(name, () => check(script, () => bashTranscript(readFileSync(script, 'utf8'))));
    it.runIf(bash?.startsWith('5.'))(`${name} is what bash ${bash} prints`, () => {
      expect(bashTranscript(readFileSync(script, 'utf8'))).toBe(readFileSync(script.replace(/\.sh$/, '.out'), 'utf8'));
    });
  }
});
