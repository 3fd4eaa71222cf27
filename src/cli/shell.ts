// `npm run shell`: the playground's shell in a real terminal, against a fresh
// cluster. On a TTY it is interactive (the same line editor the browser
// uses); with stdin from a file or a pipe, the lines run in order and the
// output is what the browser terminal would show — prompts, typed lines and
// all — so `npm run shell < scenario.sh` prints a transcript.
import { createCluster } from '../cluster/index.ts';
import type { ClusterVersionName } from '../cluster/versions.ts';
import { TerminalSession } from '../shell/line-editor/index.ts';
import { createPlaygroundShell } from '../shell/playground.ts';
import { runTranscript } from '../shell/transcript.ts';

interface Args {
  version?: ClusterVersionName;
  seed: number;
  echo: boolean;
}

const USAGE = 'usage: npm run shell -- [--version 1.23|1.33] [--seed N] [--no-echo] [< scenario.sh]';

function parseArgs(argv: string[]): Args {
  const args: Args = { seed: 1, echo: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => inline ?? argv[++i] ?? '';
    if (flag === '--version') args.version = value() as ClusterVersionName;
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--no-echo') args.echo = false;
    else {
      console.error(flag === '--help' || flag === '-h' ? USAGE : `unknown flag: ${flag}\n${USAGE}`);
      process.exit(flag === '--help' || flag === '-h' ? 0 : 2);
    }
  }
  return args;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cluster = createCluster({ seed: args.seed, ...(args.version ? { version: args.version } : {}) });
  // The page's clock runs with the wall clock; here too (a transcript's `sleep` still jumps it).
  const { shell } = await createPlaygroundShell(cluster, { columns: process.stdout.columns || 80 });
  setInterval(() => void cluster.tick(), 200).unref();
  if (!process.stdin.isTTY) {
    await runTranscript(shell, await readStdin(), { echo: args.echo, write: (s) => process.stdout.write(s) });
    process.exitCode = shell.exitStatus;
    return;
  }
  const term = new TerminalSession(shell, { write: (s) => process.stdout.write(s) }, { columns: process.stdout.columns || 80, onEnd: (code) => process.exit(code) });
  process.stdout.on('resize', () => term.resize(process.stdout.columns || 80));
  process.stdin.setRawMode(true);
  process.stdin.on('data', (d: Buffer) => term.feed(d.toString('utf8')));
  term.start();
}

void main();
