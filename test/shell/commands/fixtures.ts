// One-line builders for command tests: a filesystem on a settable clock, a
// fake host around it, and `run(command, 'argv as words', options)`.
import type { Command, CommandContext, CommandResult, Location, ShellHost } from '../../../src/shell/command.ts';
import { Vfs, type FsView, type FsType } from '../../../src/vfs/index.ts';

/** 2024-04-12T10:05:00Z: five minutes after the article's `Apr 12 10:00` files. */
export const ARTICLE_NOW = Date.UTC(2024, 3, 12, 10, 5, 0);

export class Clock {
  constructor(public ms: number = ARTICLE_NOW) {}
  now = (): number => this.ms;
}

export interface World {
  clock: Clock;
  vfs: Vfs;
  host: ShellHost;
  /** total milliseconds passed to host.advanceClock */
  advanced: number[];
}

export function world(o: { now?: number; type?: FsType; location?: Location } = {}): World {
  const clock = new Clock(o.now);
  const vfs = new Vfs({ now: clock.now, type: o.type ?? 'ext4' });
  const advanced: number[] = [];
  const host: ShellHost = {
    location: o.location ?? { kind: 'workstation', hostname: 'workstation', user: 'learner' },
    network: { resolve: () => undefined, connect: () => ({ kind: 'refused' }) },
    now: clock.now,
    advanceClock: async (ms) => {
      advanced.push(ms);
      clock.ms += ms;
    },
    container: async () => ({ error: 'no containers in this test' }),
  };
  return { clock, vfs, host, advanced };
}

/** Writes a file (making its directories), optionally with an mtime. */
export function file(vfs: Vfs, path: string, content: string, mtime?: number): void {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  vfs.mkdirAll(dir);
  const err = vfs.writeFile(path, content);
  if (err) throw new Error(`${err.code} ${path}`);
  if (mtime !== undefined) vfs.utimes(path, mtime);
}

export interface RunOptions {
  stdin?: string;
  env?: Record<string, string>;
  /** the view the command sees; root at / of w.vfs by default */
  fs?: FsView;
  cwd?: string;
  tty?: boolean;
  columns?: number;
  run?: CommandContext['run'];
}

/** Splits on spaces unless given an array: `run(w, ls, 'ls -l /tmp')`. */
export async function run(w: World, cmd: Command, argv: string | string[], o: RunOptions = {}): Promise<CommandResult> {
  const words = typeof argv === 'string' ? argv.split(' ').filter((x) => x !== '') : argv;
  const fs = o.fs ?? w.vfs.view({ uid: 0, gid: 0 }, { cwd: o.cwd ?? '/' });
  const ctx: CommandContext = {
    argv: words,
    stdin: o.stdin ?? '',
    env: o.env ?? { HOME: '/root', PATH: '/usr/bin:/bin' },
    fs,
    stdoutIsTerminal: o.tty ?? false,
    columns: o.columns ?? 80,
    host: w.host,
    ...(o.run ? { run: o.run } : {}),
  };
  return cmd(ctx);
}

export const out = (stdout: string, exitCode = 0) => ({ stdout, stderr: '', exitCode });
export const err = (stderr: string, exitCode = 1, stdout = '') => ({ stdout, stderr, exitCode });
