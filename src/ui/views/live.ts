// Keeping a view live without feeding back into itself. Views refetch after
// writes (an object created, patched, deleted), not after every request: the
// views' own reads, the controllers' reads and the access reviews change
// nothing they show, and refetching on them would loop (a view's read is a
// request, which would wake every view again).
import type { AuditEntry } from '../../cluster/machinery/audit.ts';
import type { PlaygroundHandle } from '../model/handle.ts';

const WRITE_VERBS = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);
/** create-only resources that store nothing: asking is not writing */
const REVIEWS = new Set(['tokenreviews', 'subjectaccessreviews', 'localsubjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews']);

/** a request that may have changed stored objects */
export function isWrite(e: AuditEntry): boolean {
  if (!WRITE_VERBS.has(e.verb) || e.code >= 400 || !e.resource) return false;
  if (REVIEWS.has(e.resource)) return false;
  // TokenRequest (serviceaccounts/token) mints a token and stores nothing
  return !(e.resource === 'serviceaccounts' && e.subresource === 'token');
}

export interface LiveOptions {
  /** ms to wait for a burst to settle; 150 by default */
  delay?: number;
  /** the audit entries that call for a refresh; writes by default */
  relevant?: (e: AuditEntry) => boolean;
  /** also refresh when the cluster clock has moved (checked on handle.onChange) */
  clock?: boolean;
  /** called for every relevant entry before the refresh (to note what changed) */
  note?: (e: AuditEntry) => void;
}

export interface Live {
  /** refresh soon (debounced) */
  poke(): void;
  stop(): void;
}

/**
 * Runs `refresh` (debounced) after relevant audit entries and, optionally,
 * clock moves. Never runs two refreshes at once: a poke during a refresh
 * runs one more afterwards.
 */
export function live(handle: PlaygroundHandle, refresh: () => Promise<void> | void, o: LiveOptions = {}): Live {
  const delay = o.delay ?? 150;
  const relevant = o.relevant ?? isWrite;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let lastNow = handle.cluster.clock.now();
  const run = async (): Promise<void> => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await refresh();
    } catch (err) {
      console.error('view refresh failed', err);
    } finally {
      running = false;
    }
    if (again && !stopped) {
      again = false;
      poke();
    }
  };
  const poke = (): void => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };
  const offAudit = handle.cluster.audit.onRecord((e) => {
    if (!relevant(e)) return;
    o.note?.(e);
    poke();
  });
  const offChange = handle.onChange(() => {
    if (!o.clock) return;
    const now = handle.cluster.clock.now();
    if (now !== lastNow) {
      lastNow = now;
      poke();
    }
  });
  return {
    poke,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      offAudit();
      offChange();
    },
  };
}
