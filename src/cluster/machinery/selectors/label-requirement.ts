// Label selector requirements (apimachinery/pkg/labels/selector.go): a selector
// is the AND of requirements on label keys. An empty selector matches everything; the
// "nothing" selector (a nil metav1.LabelSelector) matches no object.
import { aggregate, fieldErrorString, GoValue, invalid, notSupported, type FieldError } from '../field-errors.ts';
import { isQualifiedName, isValidLabelValue } from './label-validation.ts';

/** selection.Operator values. */
export type Operator = '!' | '=' | '==' | 'in' | '!=' | 'notin' | 'exists' | 'gt' | 'lt';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export type Selector = { readonly nothing: true } | { readonly nothing: false; readonly requirements: readonly Requirement[] };
export type Labels = Readonly<Record<string, string>> | undefined;
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const everything: Selector = { nothing: false, requirements: [] };
export const nothing: Selector = { nothing: true };

const VALID_OPERATORS: Operator[] = ['in', 'notin', '=', '==', '!=', 'gt', 'lt', 'exists', '!'];

/** Go's %#v of a []string, as field errors print a bad value list. */
function goStringSlice(vals: readonly string[] | null): GoValue {
  if (vals === null) return new GoValue('[]string(nil)');
  return new GoValue(`[]string{${vals.map((v) => JSON.stringify(v)).join(', ')}}`);
}

/** validateLabelKey; `path` is the field path, "<nil>" when the parser has none. */
export function validateLabelKey(key: string, path: string): FieldError | undefined {
  const errs = isQualifiedName(key);
  return errs.length ? invalid(path, key, errs.join('; ')) : undefined;
}

const isInt64 = (s: string): boolean => /^[+-]?[0-9]+$/.test(s) && BigInt(s) <= 2n ** 63n - 1n && BigInt(s) >= -(2n ** 63n);

/**
 * NewRequirement: validates the key, the number of values for the operator,
 * integer values for gt/lt, and each value as a label value. `vals` null is a
 * nil slice (an empty matchExpressions values list).
 */
export function newRequirement(key: string, operator: Operator, vals: string[] | null): Parsed<Requirement> {
  const errs: FieldError[] = [];
  const values = vals ?? [];
  const keyErr = validateLabelKey(key, 'key');
  if (keyErr) errs.push(keyErr);
  if ((operator === 'in' || operator === 'notin') && values.length === 0) {
    errs.push(invalid('values', goStringSlice(vals), "for 'in', 'notin' operators, values set can't be empty"));
  } else if ((operator === '=' || operator === '==' || operator === '!=') && values.length !== 1) {
    errs.push(invalid('values', goStringSlice(vals), 'exact-match compatibility requires one single value'));
  } else if ((operator === 'exists' || operator === '!') && values.length !== 0) {
    errs.push(invalid('values', goStringSlice(vals), 'values set must be empty for exists and does not exist'));
  } else if (operator === 'gt' || operator === 'lt') {
    if (values.length !== 1) errs.push(invalid('values', goStringSlice(vals), "for 'Gt', 'Lt' operators, exactly one value is required"));
    values.forEach((v, i) => isInt64(v) || errs.push(invalid(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer")));
  } else if (!VALID_OPERATORS.includes(operator)) {
    errs.push(notSupported('operator', operator, VALID_OPERATORS));
  }
  values.forEach((v, i) => {
    const bad = isValidLabelValue(v);
    if (bad.length) errs.push(invalid(`values[${i}][${key}]`, v, bad.join('; ')));
  });
  if (errs.length) return { ok: false, error: aggregate(errs.map(fieldErrorString)) };
  return { ok: true, value: { key, operator, values } };
}

/** Requirement.Matches. */
export function requirementMatches(r: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  const val = has ? labels![r.key]! : undefined;
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes(val!);
    case 'notin':
    case '!=':
      return !has || !r.values.includes(val!);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !isInt64(val!) || r.values.length !== 1 || !isInt64(r.values[0]!)) return false;
      const [l, v] = [BigInt(val!), BigInt(r.values[0]!)];
      return r.operator === 'gt' ? l > v : l < v;
    }
  }
}

export function matches(selector: Selector, labels: Labels): boolean {
  return !selector.nothing && selector.requirements.every((r) => requirementMatches(r, labels));
}

const OP_TEXT: Record<Operator, string> = { '!': '', exists: '', '=': '=', '==': '==', '!=': '!=', in: ' in ', notin: ' notin ', gt: '>', lt: '<' };

/** Requirement.String(): "!a", "a", "a=b", "a in (x,y)" with several values sorted. */
export function requirementString(r: Requirement): string {
  const head = (r.operator === '!' ? '!' : '') + r.key + OP_TEXT[r.operator];
  if (r.operator === '!' || r.operator === 'exists') return head;
  const vals = r.values.length === 1 ? r.values[0]! : [...r.values].sort().join(',');
  return r.operator === 'in' || r.operator === 'notin' ? `${head}(${vals})` : head + vals;
}

export function selectorString(selector: Selector): string {
  return selector.nothing ? '' : selector.requirements.map(requirementString).join(',');
}

/** Requirements sorted by key (ByKey), as Parse and Add leave them. */
export function selectorOf(requirements: Requirement[]): Selector {
  return { nothing: false, requirements: [...requirements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

/** SelectorFromSet: key=value for each label, no validation. */
export function selectorFromSet(set: Labels): Selector {
  return selectorOf(Object.entries(set ?? {}).map(([key, v]) => ({ key, operator: '=' as const, values: [v] })));
}
