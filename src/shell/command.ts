// The contract between the shell's interpreter and every command it runs
// (coreutils, curl, kubectl …): a command gets its argv, stdin, environment,
// a view of the filesystem it runs in and the host around it, and returns
// what it printed and its exit status — it never throws for a user mistake.
import type { Transport } from '../client/transport.ts';
import type { FsView } from '../vfs/index.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Where the shell is running: the learner's workstation or a container of a pod. */
export type Location =
  | { kind: 'workstation'; hostname: string; user: string }
  | { kind: 'pod'; namespace: string; pod: string; container: string; hostname: string; user: string };

export interface ContainerTarget {
  namespace: string;
  pod: string;
  /** empty: the pod's first (default) container */
  container: string;
}

/** What is listening at an address of the simulated network. */
export type Endpoint =
  | {
      kind: 'https';
      /** the server's certificate chain as PEM (the serving cert), for TLS trust decisions */
      certificatePem(): Promise<string>;
      /** HTTP once the TLS session is up */
      transport: Transport;
    }
  | { kind: 'refused' }
  | { kind: 'timeout' };

export interface Network {
  /** DNS as seen from where the shell runs (a pod sees cluster DNS names); undefined: not resolvable */
  resolve(hostname: string): string | undefined;
  connect(ip: string, port: number): Endpoint;
}

export interface ShellHost {
  readonly location: Location;
  readonly network: Network;
  /** the cluster clock, ms since the epoch */
  now(): number;
  /** moves the cluster clock forward (sleep, clock +1h) */
  advanceClock(ms: number): Promise<void>;
  /**
   * The container runtime behind `kubectl exec` — only reached after the API
   * server allowed the exec (create pods/exec). Returns a FsView and env for
   * the container, or an error text when it is not running.
   */
  container(target: ContainerTarget): Promise<{ fs: FsView; env: Record<string, string>; hostname: string } | { error: string }>;
}

export interface CommandContext {
  /** argv[0] is the command name as typed (after alias expansion) */
  argv: string[];
  stdin: string;
  /** the exported environment */
  env: Readonly<Record<string, string>>;
  /** the filesystem as this process sees it; its cwd is the working directory */
  fs: FsView;
  stdoutIsTerminal: boolean;
  /** terminal width (for ls, kubectl wrapping) */
  columns: number;
  host: ShellHost;
  /** runs another command line in the same session (xargs-like needs, `kubectl exec POD -- cmd`) */
  run?(argv: string[], stdin: string): Promise<CommandResult>;
}

export type Command = (ctx: CommandContext) => Promise<CommandResult>;

export const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({ stdout, stderr, exitCode });
