// ValidateTolerations (pkg/apis/core/validation/validation.go).
import type { Toleration } from '../../../api/core-v1/common.ts';
import { invalid, notSupported, type FieldError } from '../../../machinery/field-errors.ts';
import { isQualifiedName, isValidLabelValue } from './name-validation.ts';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * 1. a key is a qualified name; no key means operator Exists;
 * 2. tolerationSeconds only with effect NoExecute;
 * 3. Equal (or empty) needs a label value, Exists needs no value;
 * 4. a non-empty effect is one of the three.
 */
export function validateTolerations(tolerations: Toleration[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t.key) errs.push(...isQualifiedName(t.key).map((m) => invalid(`${p}.key`, t.key!, m)));
    if (!t.key && t.operator !== 'Exists') {
      errs.push(invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute') {
      errs.push(invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    switch (t.operator ?? '') {
      case 'Equal':
      case '': {
        const msgs = isValidLabelValue(t.value ?? '');
        if (msgs.length) errs.push(invalid(`${p}.operator`, t.value ?? '', msgs.join(';')));
        break;
      }
      case 'Exists':
        if (t.value) errs.push(invalid(`${p}.operator`, t.value, "value must be empty when `operator` is 'Exists'"));
        break;
      default:
        errs.push(notSupported(`${p}.operator`, t.operator!, ['Equal', 'Exists']));
    }
    if (t.effect && !EFFECTS.includes(t.effect)) errs.push(notSupported(`${p}.effect`, t.effect, EFFECTS));
  });
  return errs;
}
