// metav1.LabelSelectorAsSelector (apimachinery/pkg/apis/meta/v1/helpers.go):
// matchLabels and matchExpressions become requirements. A nil selector selects
// nothing; an empty one selects everything.
import { everything, newRequirement, nothing, selectorOf, type Operator, type Parsed, type Requirement, type Selector } from './label-requirement.ts';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[] | null;
}
export interface LabelSelector {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: LabelSelectorRequirement[] | null;
}

const OPERATORS: Record<string, Operator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/**
 * The first invalid requirement fails the whole selector. matchLabels are
 * checked first, in key order (Go ranges over a map, so its order is random).
 */
export function selectorFromLabelSelector(ls: LabelSelector | null | undefined): Parsed<Selector> {
  if (ls === null || ls === undefined) return { ok: true, value: nothing };
  const labels = Object.entries(ls.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const exprs = ls.matchExpressions ?? [];
  if (labels.length + exprs.length === 0) return { ok: true, value: everything };
  const reqs: Requirement[] = [];
  for (const [k, v] of labels) {
    const r = newRequirement(k, '=', [v]);
    if (!r.ok) return r;
    reqs.push(r.value);
  }
  for (const e of exprs) {
    const op = Object.prototype.hasOwnProperty.call(OPERATORS, e.operator) ? OPERATORS[e.operator] : undefined;
    if (!op) return { ok: false, error: `${JSON.stringify(e.operator)} is not a valid label selector operator` };
    const r = newRequirement(e.key, op, e.values?.length ? [...e.values] : null);
    if (!r.ok) return r;
    reqs.push(r.value);
  }
  return { ok: true, value: selectorOf(reqs) };
}
