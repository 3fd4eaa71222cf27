// What checks read: the API server as kubernetes-admin (a REST client on
// apiServer.handle, never the store), the terminal history the runner keeps,
// the workstation's files and the pods' files (as `kubectl exec` sees them).
import type { RestClient } from '../../client/rest-client.ts';
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { FsView } from '../../vfs/index.ts';

/** One line the learner (or a solution) ran, with what it printed. */
export interface TerminalEntry {
  line: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** the API requests made while the line ran (the audit log's entries) */
  requests: AuditEntry[];
}

export interface CheckContext {
  api: RestClient;
  history: readonly TerminalEntry[];
  /** the workstation, as root in /root */
  workstation: FsView;
  /** a pod container's filesystem as root, or undefined when it is not running */
  podFs(namespace: string, pod: string, container?: string): FsView | undefined;
}

export function decodeText(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}

/** The text of a file on the workstation or in a pod, or a reason it cannot be read. */
export function readText(ctx: CheckContext, spec: { path: string; pod?: string; namespace?: string; container?: string }): { text: string } | { reason: string } {
  const ns = spec.namespace ?? 'default';
  const fs = spec.pod ? ctx.podFs(ns, spec.pod, spec.container) : ctx.workstation;
  if (!fs) return { reason: `pod \`${spec.pod}\` in \`${ns}\` is not running` };
  const data = fs.readFile(spec.path);
  if (!(data instanceof Uint8Array)) return { reason: `\`${spec.path}\`${spec.pod ? ` in pod \`${spec.pod}\`` : ''} cannot be read (${data.code})` };
  return { text: decodeText(data) };
}
