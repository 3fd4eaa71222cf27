// Probe and lifecycle handler checks (validateProbe, validateHandler).
import type { Probe } from '../../../api/core-v1/container.ts';
import { forbidden, invalid, notSupported, required, type FieldError } from '../../../machinery/field-errors.ts';
import { isValidPortName, isValidPortNum } from './name-validation.ts';

interface Handler {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port: number | string; scheme?: string };
  tcpSocket?: { port: number | string };
  grpc?: { port: number };
  sleep?: { seconds: number };
}

/** ValidatePortNumOrName: a number in range or an IANA_SVC_NAME. */
export function validatePortNumOrName(port: number | string | null | undefined, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(path, port, m));
  const n = port ?? 0;
  return isValidPortNum(n).map((m) => invalid(path, n, m));
}

/** validateHandler: exactly one of exec, httpGet, tcpSocket, grpc, sleep. */
export function validateHandler(h: Handler, path: string, gracePeriod: number | undefined): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  const one = (kind: keyof Handler, check: () => FieldError[]): void => {
    if (!h[kind]) return;
    if (n > 0) errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'));
    else {
      n++;
      errs.push(...check());
    }
  };
  one('exec', () => (h.exec!.command?.length ? [] : [required(`${path}.exec.command`)]));
  one('httpGet', () => {
    const g = h.httpGet!;
    const e: FieldError[] = g.path ? [] : [required(`${path}.httpGet.path`)];
    e.push(...validatePortNumOrName(g.port, `${path}.httpGet.port`));
    if (g.scheme !== 'HTTP' && g.scheme !== 'HTTPS') e.push(notSupported(`${path}.httpGet.scheme`, g.scheme ?? '', ['HTTP', 'HTTPS']));
    return e;
  });
  one('tcpSocket', () => validatePortNumOrName(h.tcpSocket!.port, `${path}.tcpSocket.port`));
  one('grpc', () => validatePortNumOrName(h.grpc!.port, `${path}.grpc.port`));
  one('sleep', () => {
    const s = h.sleep!.seconds;
    return gracePeriod !== undefined && (s <= 0 || s > gracePeriod)
      ? [invalid(`${path}.sleep`, s, `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`)]
      : [];
  });
  if (n === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

const NONNEGATIVE = 'must be greater than or equal to 0';

/** validateProbe plus the liveness/readiness/startup differences. */
export function validateProbe(p: Probe | undefined, kind: 'liveness' | 'readiness' | 'startup', path: string, gracePeriod: number | undefined): FieldError[] {
  if (!p) return [];
  const errs = validateHandler(p, path, gracePeriod);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    if ((p[f] ?? 0) < 0) errs.push(invalid(`${path}.${f}`, p[f]!, NONNEGATIVE));
  }
  if (p.terminationGracePeriodSeconds !== undefined && p.terminationGracePeriodSeconds !== null && p.terminationGracePeriodSeconds <= 0) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, p.terminationGracePeriodSeconds, 'must be greater than 0'));
  }
  if (kind !== 'readiness' && p.successThreshold !== 1) errs.push(invalid(`${path}.successThreshold`, p.successThreshold ?? 0, 'must be 1'));
  if (kind === 'readiness' && p.terminationGracePeriodSeconds !== undefined && p.terminationGracePeriodSeconds !== null) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, p.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
  }
  return errs;
}

/** validateLifecycle: postStart and preStop are handlers (tcpSocket tolerated, unvalidated). */
export function validateLifecycle(l: { postStart?: unknown; preStop?: unknown }, path: string, gracePeriod: number | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (l.postStart) errs.push(...validateHandler(l.postStart as Handler, `${path}.postStart`, gracePeriod));
  if (l.preStop) errs.push(...validateHandler(l.preStop as Handler, `${path}.preStop`, gracePeriod));
  return errs;
}
