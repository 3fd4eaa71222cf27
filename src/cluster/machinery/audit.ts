// The audit log: one entry per request, with who asked, what they asked for,
// what the server answered and why RBAC allowed or refused it. The UI's
// activity view shows these verbatim.

export interface AuditEntry {
  /** simulated time, ms since the epoch */
  time: number;
  method: string;
  uri: string;
  /** the client's User-Agent (kubectl/v1.33.0 …, curl/8.5.0, the playground's own views and checks) */
  userAgent: string;
  user: string;
  groups: string[];
  /** set when the request acted as someone else (kubectl --as) */
  impersonatedBy?: string;
  verb: string;
  apiGroup: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  code: number;
  /** authorization: "allow" / "forbid" and the reason in Kubernetes' words */
  decision: 'allow' | 'forbid' | 'unauthenticated' | '';
  reason: string;
  requestBody?: string;
  responseBody?: string;
}

export class AuditLog {
  #entries: AuditEntry[] = [];
  #limit: number;
  #listeners: Array<(e: AuditEntry) => void> = [];

  constructor(limit = 2000) {
    this.#limit = limit;
  }

  record(e: AuditEntry): void {
    this.#entries.push(e);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
    for (const l of this.#listeners) l(e);
  }

  entries(): readonly AuditEntry[] {
    return this.#entries;
  }

  onRecord(listener: (e: AuditEntry) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }
}
