// Every recorded case (cases-*.ts, captured from the real GNU tools) run
// through the playground's command of the same name: stdout, stderr and the
// exit status must match byte for byte.
import { describe, it } from 'vitest';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { AWK_CASES } from './cases-awk.ts';
import { GREP_CASES } from './cases-grep.ts';
import { JQ_CASES } from './cases-jq.ts';
import { MISC_CASES } from './cases-misc.ts';
import { SED_CASES } from './cases-sed.ts';
import { TEXT_CASES } from './cases-text.ts';
import { expectCase, title, type Case } from './sample.ts';

const commands = coreutils();

const tables: [string, Case[]][] = [
  ['cat, head, tail, wc, cut, sort, uniq (GNU coreutils 9.1)', TEXT_CASES],
  ['grep (GNU grep 3.8)', GREP_CASES],
  ['sed (GNU sed 4.9)', SED_CASES],
  ['awk (GNU Awk 5.2.1)', AWK_CASES],
  ['jq (jq 1.6 recordings in jq 1.7.1 wording)', JQ_CASES],
  ['base64, tr, echo, date, usage errors (GNU coreutils 9.1, bash 5.2)', MISC_CASES],
];

for (const [name, cases] of tables) {
  describe(name, () => {
    for (const c of cases) {
      it(title(c), async () => {
        await expectCase(commands.get(c.argv[0]!)!, c);
      });
    }
  });
}
