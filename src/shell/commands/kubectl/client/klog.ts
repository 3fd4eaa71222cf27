// klog's text header, as kubectl prints the discovery cache's failures to
// stderr before the command's own error:
//   E1129 04:37:07.473633   11400 memcache.go:265] "Unhandled Error" err="..."
// (Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg). The time is the cluster
// clock; the process id is made up from it, as a real one would vary.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function klogHeader(severity: 'E' | 'W' | 'I', nowMs: number, pid: number, file: string): string {
  const d = new Date(nowMs);
  const micros = pad(d.getUTCMilliseconds(), 3) + pad(Math.floor((nowMs * 1000) % 1000), 3);
  const stamp = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${micros}`;
  return `${severity}${stamp} ${String(pid).padStart(7)} ${file}] `;
}

/** a plausible pid for this run */
export const fakePid = (nowMs: number): number => 1000 + (Math.floor(nowMs / 1000) % 30000);

/**
 * The memcache discovery client logs each failed refresh:
 * `"Unhandled Error" err="couldn't get current server API group list: <err>"`
 * (the error quoted like Go's %q). kubectl retries, so get and describe print
 * it five times, api-resources once, explain twice.
 */
export function discoveryFailureLines(err: string, nowMs: number, times: number): string {
  const pid = fakePid(nowMs);
  let out = '';
  for (let i = 0; i < times; i++) {
    const msg = `"Unhandled Error" err=${JSON.stringify(`couldn't get current server API group list: ${err}`)}`;
    out += klogHeader('E', nowMs + i * 1.4 + 0.12, pid, 'memcache.go:265') + msg + '\n';
  }
  return out;
}
