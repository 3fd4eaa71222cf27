// Validates one check of a step's check block against CHECK_FIELDS.
import { parsePath } from './checks/jsonpath.ts';
import { resourceInfo, RESOURCE_NAMES } from './checks/resources.ts';
import { CHECK_FIELDS, CHECK_KINDS, type CheckKind, type CheckSpec, type FieldType } from './checks/types.ts';
import { suggest } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function typeProblem(type: FieldType, v: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof v === 'string' ? undefined : 'must be a string';
    case 'number':
      return typeof v === 'number' && Number.isInteger(v) ? undefined : 'must be a whole number';
    case 'boolean':
      return typeof v === 'boolean' ? undefined : 'must be true or false';
    case 'strings':
      return isStrings(v) ? undefined : 'must be a list of strings';
    case 'jsonpath':
      return typeof v === 'string' && parsePath(v) ? undefined : `"${String(v)}" is not a path like .metadata.name or .data['ca.crt']`;
    case 'any':
      return undefined;
    case 'regex':
      if (typeof v !== 'string') return 'must be a regular expression (a string)';
      try {
        new RegExp(v);
        return undefined;
      } catch (e) {
        return `is not a valid regular expression: ${(e as Error).message}`;
      }
    case 'resource':
      return typeof v === 'string' && resourceInfo(v) ? undefined : `unknown resource "${String(v)}"${suggest(String(v), RESOURCE_NAMES)}`;
    case 'rules':
      if (!Array.isArray(v)) return 'must be a list of rules ({apiGroups, resources, verbs})';
      for (const [i, r] of v.entries()) {
        const o = r as Record<string, unknown>;
        if (typeof r !== 'object' || r === null || !isStrings(o.resources) || !isStrings(o.verbs)) return `rule ${i + 1} needs resources and verbs (lists of strings)`;
        for (const k of Object.keys(o)) if (!['apiGroups', 'resources', 'verbs', 'resourceNames'].includes(k)) return `rule ${i + 1}: unknown field "${k}"`;
      }
      return undefined;
  }
}

/** The check at `path` in the block, or undefined after recording what is wrong. */
export function validateCheck(src: YamlSource, path: Array<string | number>, raw: unknown, where: string): CheckSpec | undefined {
  const err = (p: Array<string | number>, msg: string, atKey = false): undefined => {
    src.error(p, `${where}: ${msg}`, atKey);
    return undefined;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return err(path, 'must be a mapping with a `kind`');
  const o = raw as Record<string, unknown>;
  if (typeof o.kind !== 'string') return err(path, `needs a kind (one of ${CHECK_KINDS.join(', ')})`);
  const fields = CHECK_FIELDS[o.kind as CheckKind];
  if (!fields) return err([...path, 'kind'], `unknown kind "${o.kind}"${suggest(o.kind, CHECK_KINDS)}`);
  let ok = true;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'kind') continue;
    const f = fields[k];
    if (!f) {
      ok = false;
      err([...path, k], `unknown field "${k}" for kind ${o.kind}${suggest(k, Object.keys(fields))}`, true);
      continue;
    }
    const problem = typeProblem(f.type, v);
    if (problem) {
      ok = false;
      err([...path, k], `${k} ${problem}`);
    }
  }
  for (const [k, f] of Object.entries(fields)) {
    if (f.required && !(k in o)) {
      ok = false;
      err(path, `kind ${o.kind} needs "${k}"`);
    }
  }
  if (o.kind === 'fileContains' && o.text === undefined && o.pattern === undefined) return err(path, 'kind fileContains needs "text" or "pattern"');
  return ok ? (o as unknown as CheckSpec) : undefined;
}
