// npm run bench: the shell's figures from issue 4 — parsing and running a
// typical lesson line, and typing a key, each with a median under 2 ms.
import { bench, describe } from 'vitest';
import type { Command } from '../../src/shell/command.ts';
import { TerminalSession } from '../../src/shell/line-editor/index.ts';
import { parse } from '../../src/shell/parser/index.ts';
import { testCommands } from '../shell/fixtures/commands.ts';
import { FakeHost } from '../shell/fixtures/host.ts';
import { testShell } from '../shell/fixtures/shell.ts';

const ARTICLE_LINE = `TOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token); curl -X GET https://$KUBERNETES_SERVICE_HOST/api/v1/namespaces/somaz/pods --header "Authorization: Bearer $TOKEN" --insecure`;
const HEREDOC = `cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: demo\n  namespace: somaz\nEOF`;

/** kubectl as a stand-in that answers at once: this measures the shell, not kubectl. */
const kubectl: Command = async (ctx) => ({ stdout: `NAME   READY\n${ctx.argv.length}\n`, stderr: '', exitCode: 0 });

describe('shell', () => {
  const commands = testCommands(new FakeHost());
  commands.set('kubectl', kubectl);
  commands.set('curl', kubectl);
  const { shell } = testShell({ commands });

  bench('shell: parse the article curl line', () => {
    parse(ARTICLE_LINE);
  });

  bench('shell: run `k get pods -n somaz`', async () => {
    await shell.run('k get pods -n somaz', { history: false });
  });

  bench('shell: run the article curl line', async () => {
    await shell.run(ARTICLE_LINE, { history: false });
  });

  bench('shell: run a here-document piped to kubectl apply', async () => {
    await shell.run(HEREDOC, { history: false });
  });

  bench('shell: run a pipeline with $(…) and a redirection', async () => {
    await shell.run('kubectl describe secret $(kubectl get secret -n somaz | grep my-sa | cat) > /tmp/out 2>&1', { history: false });
  });
});

describe('terminal', () => {
  const { shell } = testShell();
  const term = new TerminalSession(shell, { write: () => undefined }, { columns: 120 });
  term.start();
  term.feed('kubectl get serviceaccounts -n somaz -o yaml');

  bench('terminal: type a key', async () => {
    term.feed('x');
    await term.idle();
    term.feed('\x7f');
    await term.idle();
  });

  const many = testShell();
  for (let i = 0; i < 1000; i++) many.fs.writeFile(`/tmp/pod-${i}.yaml`, '');

  bench('terminal: complete among 1,000 files', async () => {
    await many.shell.complete('cat /tmp/pod-99', 15);
  });
});
