// What the app's panes and views get from the playground: the live cluster
// (reached through its API server as kubernetes-admin), the learner's files,
// and ways to act visibly (type into the terminal, open an editor tab).
// A lesson jump or reset replaces the whole handle: views are re-created
// for each one (Svelte {#key}), so none of them has to follow a swap.
import type { RestClient } from '../../client/rest-client.ts';
import type { AuditLog } from '../../cluster/machinery/audit.ts';

/** What views may observe of the cluster besides its API: the audit log and the clock (a mirror of them in the page). */
export interface ClusterView {
  readonly audit: Pick<AuditLog, 'entries' | 'onRecord'>;
  readonly clock: { now(): number };
}

export interface PlaygroundHandle {
  /** the cluster's audit log and clock (the engine runs in a worker; these mirror it) */
  readonly cluster: ClusterView;
  /** kubernetes-admin's client; every read and write goes through the API server */
  readonly api: RestClient;
  /** Calls `listener` after anything that may change what views show (a request, a clock move). Returns unsubscribe. */
  onChange(listener: () => void): () => void;
  /** the learner's workstation files (home is /root); relative paths are under /root */
  readFile(path: string): Promise<string | undefined>;
  /** writes a workstation file and records it in the saved session */
  writeFile(path: string, content: string): void;
  /** the regular files under /root (relative paths, sorted), for the editor's file picker */
  listFiles(): Promise<string[]>;
  /** the content of a file inside a pod's container (a mounted token), undefined when there is none */
  podFile(namespace: string, pod: string, container: string, path: string): Promise<string | undefined>;
  /** types `line` into the terminal, where the learner sees it run */
  runInTerminal(line: string): void;
  /** opens a read-only editor tab (an object's YAML from the explorer) */
  openReadOnly(title: string, text: string): void;
  /** opens a workstation file in the editor */
  openFile(path: string): void;
}

/** How the page acts visibly for the views (the terminal and the editor live in components). */
export interface UiHooks {
  runInTerminal(line: string): void;
  openReadOnly(title: string, text: string): void;
  openFile(path: string): void;
}
