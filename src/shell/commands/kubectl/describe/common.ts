// The pieces every describer uses (kubectl/pkg/describe/describe.go):
// multi-line labels and annotations, tolerations and taints, Go's %v of a
// string slice, RFC1123Z times, and the events table.
import { humanDuration } from '../../../../cluster/machinery/duration.ts';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.ts';

/** annotations every describer hides */
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** Go's %v of a []string: [a b], [] for none */
export const goList = (v: readonly string[] | undefined | null): string => `[${(v ?? []).join(' ')}]`;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** time.Time.Format(time.RFC1123Z) of an API timestamp (UTC): "Wed, 01 Jan 2025 00:00:00 +0000" */
export function rfc1123z(ts: string | null | undefined): string {
  const t = ts ? Date.parse(ts) : NaN;
  if (Number.isNaN(t)) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** translateTimestampSince: HumanDuration since the timestamp, <unknown> for none */
export function since(ts: string | null | undefined, now: number): string {
  if (!ts) return '<unknown>';
  const t = Date.parse(ts);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

/** printLabelsMultilineWithIndent */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) return w.writeLine('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(LEVEL_0, initialIndent + innerIndent);
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

/** shorten: the first n bytes and "..." */
const shorten = (s: string, n: number): string => (new TextEncoder().encode(s).length > n ? new TextDecoder().decode(new TextEncoder().encode(s).slice(0, n)) + '...' : s);
const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/** printAnnotationsMultiline: long or multi-line values go on their own indented lines */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort();
  if (!keys.length) return w.writeLine('<none>');
  keys.forEach((k, i) => {
    if (i) w.write(LEVEL_0, '\t');
    const value = annotations![k]!.replace(/\n$/, '');
    if (byteLength(value) + byteLength(k) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${k}:\n`);
      for (const line of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(line, MAX_ANNOTATION_LEN - 2)}\n`);
    } else w.write(LEVEL_0, `${k}: ${value}\n`);
  });
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent (sorted by key) */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (!list.length) return w.writeLine('<none>');
  list.forEach((t, i) => {
    if (i) w.write(LEVEL_0, initialIndent + innerIndent);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, s + '\n');
  });
}

export interface Taint {
  key?: string;
  value?: string;
  effect?: string;
}

/** printTaintsMultilineWithIndent: sorted by "effect,key"; Taint.ToString is key[=value]:effect */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const cmp = (t: Taint) => `${t.effect ?? ''},${t.key ?? ''}`;
  const list = [...(taints ?? [])].sort((a, b) => (cmp(a) < cmp(b) ? -1 : cmp(a) > cmp(b) ? 1 : 0));
  if (!list.length) return w.writeLine('<none>');
  list.forEach((t, i) => {
    if (i) w.write(LEVEL_0, '\t');
    const k = t.key ?? '';
    const text = !t.effect ? (t.value ? `${k}=${t.value}:` : k) : t.value ? `${k}=${t.value}:${t.effect}` : `${k}:${t.effect}`;
    w.write(LEVEL_0, text + '\n');
  });
}

/** stringOrNone */
export const orNone = (s: string | undefined): string => (s ? s : '<none>');
