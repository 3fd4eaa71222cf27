// Go's %#v for the values RBAC and authorization validation print in field
// errors (apimachinery field.Error renders non-string values this way in
// Kubernetes 1.33; the internal API packages are named rbac, authorization).
import type { ObjectMeta } from '../../../api/object.ts';
import type { NonResourceAttributes } from '../../../api/authorization-v1.ts';
import type { RoleRef } from '../../../api/rbac-v1.ts';
import { GoValue } from '../../../machinery/field-errors.ts';
import { goQuote } from '../../../machinery/go-json.ts';

/** []string{"a", "b"}, or []string(nil). */
export const goStringSlice = (xs: readonly string[] | null | undefined): string =>
  xs ? `[]string{${xs.map(goQuote).join(', ')}}` : '[]string(nil)';

const goStringMap = (m: Readonly<Record<string, string>> | undefined): string =>
  m
    ? `map[string]string{${Object.keys(m)
        .sort()
        .map((k) => `${goQuote(k)}:${goQuote(m[k]!)}`)
        .join(', ')}}`
    : 'map[string]string(nil)';

/** rbac.RoleRef{APIGroup:"…", Kind:"…", Name:"…"} */
export const goRoleRef = (r: Readonly<RoleRef>): GoValue =>
  new GoValue(`rbac.RoleRef{APIGroup:${goQuote(r.apiGroup ?? '')}, Kind:${goQuote(r.kind ?? '')}, Name:${goQuote(r.name ?? '')}}`);

export const goNonResourceAttributes = (a: Readonly<NonResourceAttributes>): GoValue =>
  new GoValue(`authorization.NonResourceAttributes{Path:${goQuote(a.path ?? '')}, Verb:${goQuote(a.verb ?? '')}}`);

/** A field error's value for a nil pointer: the string "null", quoted. */
export const goNil = (): GoValue => new GoValue('"null"');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * time.Time's GoString. A zero time is in UTC; a decoded metav1.Time is
 * converted to the server's local zone, which Go prints as time.Local.
 */
function goTime(ts: string | null | undefined): string {
  if (!ts) return 'time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)';
  const d = new Date(ts);
  const parts = [d.getUTCFullYear(), `time.${MONTHS[d.getUTCMonth()]}`, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0];
  return `time.Date(${parts.join(', ')}, time.Local)`;
}

/**
 * v1.ObjectMeta{…} with every field, as %#v prints a metadata that should
 * have been empty. Fields a client cannot usefully send print as zero.
 */
export function goObjectMeta(m: Readonly<ObjectMeta>): GoValue {
  const s = (v: string | undefined) => goQuote(v ?? '');
  const created = goTime(m.creationTimestamp);
  const fields = [
    `Name:${s(m.name)}`, `GenerateName:${s(m.generateName)}`, `Namespace:${s(m.namespace)}`, 'SelfLink:""',
    `UID:${s(m.uid)}`, `ResourceVersion:${s(m.resourceVersion)}`, `Generation:${m.generation ?? 0}`,
    `CreationTimestamp:${created}`, 'DeletionTimestamp:<nil>', 'DeletionGracePeriodSeconds:(*int64)(nil)',
    `Labels:${goStringMap(m.labels)}`, `Annotations:${goStringMap(m.annotations)}`,
    'OwnerReferences:[]v1.OwnerReference(nil)', `Finalizers:${goStringSlice(m.finalizers)}`,
    'ManagedFields:[]v1.ManagedFieldsEntry(nil)',
  ];
  return new GoValue(`v1.ObjectMeta{${fields.join(', ')}}`);
}
