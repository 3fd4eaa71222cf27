// metav1.LabelSelectorAsSelector, as far as ClusterRole aggregation needs it:
// an empty selector matches everything; matchLabels and matchExpressions are
// ANDed. An operator it does not know makes the selector an error.
import type { LabelSelector } from '../../../api/rbac-v1.ts';

export type LabelMatcher = (labels: Readonly<Record<string, string>> | undefined) => boolean;

/** A matcher, or a string error for an invalid selector. */
export function labelSelectorMatcher(sel: Readonly<LabelSelector>): LabelMatcher | string {
  const tests: LabelMatcher[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) tests.push((l) => l?.[k] === v);
  for (const e of sel.matchExpressions ?? []) {
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
        tests.push((l) => l?.[e.key] !== undefined && values.includes(l[e.key]!));
        break;
      case 'NotIn':
        tests.push((l) => l?.[e.key] === undefined || !values.includes(l[e.key]!));
        break;
      case 'Exists':
        tests.push((l) => l?.[e.key] !== undefined);
        break;
      case 'DoesNotExist':
        tests.push((l) => l?.[e.key] === undefined);
        break;
      default:
        return `${JSON.stringify(e.operator)} is not a valid label selector operator`;
    }
  }
  return (labels) => tests.every((t) => t(labels));
}
