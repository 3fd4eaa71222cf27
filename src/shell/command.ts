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
  /** the host as seen from inside a pod (its network is the pod network); absent: the session's host with the location swapped */
  forPod?(location: Extract<Location, { kind: 'pod' }>): ShellHost;
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
  /** the interactive session around the command: `kubectl exec` enters or runs in a container through it */
  session?: SessionHooks;
  /** the session's command history, oldest first (what `history` lists) */
  history?: readonly string[];
}

/** A shell to start in a container (`kubectl exec -it POD -- bash`) or to run one command in. */
export interface EnterOptions {
  location: Location;
  fs: FsView;
  /** the container's environment (PATH, HOSTNAME, KUBERNETES_SERVICE_HOST …) */
  env: Record<string, string>;
  /** the host as seen from the container; by default the session's host with `location` swapped in */
  host?: ShellHost;
  /** the working directory; "/" by default */
  cwd?: string;
  /** `bash` or `sh`: the name in the shell's messages and `$0` */
  shellName?: string;
  /** the prompt template (PS1); `\u@\h:\w\$ ` by default */
  ps1?: string;
  /** which command names exist in the container's image; every registered command by default */
  available?(name: string): boolean;
  /**
   * Called when the shell exits with its exit status; what it returns is
   * printed and becomes `$?` where the user returns (kubectl prints
   * "command terminated with exit code N").
   */
  onExit?(code: number): CommandResult | undefined;
}

export interface SessionHooks {
  /** Starts an interactive shell there: the prompt, cwd, env and files change until `exit`. */
  enter(o: EnterOptions): void;
  /** Runs one command (no parsing: argv as given, `sh -c …` for a script) there and returns what it printed. */
  runIn(o: EnterOptions, argv: string[], stdin: string): Promise<CommandResult & { notFound?: boolean }>;
}

export type Command = (ctx: CommandContext) => Promise<CommandResult>;

export const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout = ''): CommandResult => ({ stdout, stderr, exitCode });

/** What an argument completer gets: the words of the command before the one being completed. */
export interface CompletionContext {
  /** argv[0] is the command name (after alias expansion); the word being completed is not included */
  argv: string[];
  /** the (unquoted) text of the word being completed, up to the cursor */
  word: string;
  env: Readonly<Record<string, string>>;
  fs: FsView;
  host: ShellHost;
}

/**
 * Tab completion for one command's arguments (kubectl verbs, resource types,
 * object names, flags). Returns full replacement words for `word`, or
 * undefined to fall back to file names.
 */
export type ArgCompleter = (ctx: CompletionContext) => Promise<string[] | undefined>;
