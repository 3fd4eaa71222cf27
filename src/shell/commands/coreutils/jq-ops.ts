// jq's arithmetic and comparison operators on JSON values, with its error
// texts (`number (1) and string ("a") cannot be added`).
import { compare, describe, equals, isObject, typeOf, type JObject, type Json } from './jq-json.ts';
import { fail } from './jq-paths.ts';

function deepMerge(a: JObject, b: JObject): JObject {
  const out = new Map(a);
  for (const [k, v] of b) {
    const cur = out.get(k);
    out.set(k, cur !== undefined && isObject(cur) && isObject(v) ? deepMerge(cur, v) : v);
  }
  return out;
}

function add(a: Json, b: Json): Json {
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isObject(a) && isObject(b)) return new Map([...a, ...b]);
  return fail(`${describe(a)} and ${describe(b)} cannot be added`);
}

function subtract(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => equals(x, y)));
  return fail(`${describe(a)} and ${describe(b)} cannot be subtracted`);
}

function multiply(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  const [s, n] = typeof a === 'string' && typeof b === 'number' ? [a, b] : typeof b === 'string' && typeof a === 'number' ? [b, a] : [undefined, 0];
  if (s !== undefined) return n <= 0 ? null : s.repeat(Math.max(1, Math.ceil(n)));
  if (isObject(a) && isObject(b)) return deepMerge(a, b);
  return fail(`${describe(a)} and ${describe(b)} cannot be multiplied`);
}

function divide(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return fail(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
    return a / b;
  }
  if (typeof a === 'string' && typeof b === 'string') return split(a, b);
  return fail(`${describe(a)} and ${describe(b)} cannot be divided`);
}

export function split(s: string, sep: string): Json {
  if (s === '') return [];
  return sep === '' ? [...s] : s.split(sep);
}

function modulo(a: Json, b: Json): Json {
  if (typeof a === 'number' && typeof b === 'number') {
    const x = Math.trunc(a);
    const y = Math.trunc(b);
    if (y === 0) return fail(`${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`);
    const r = Math.abs(x) % Math.abs(y);
    return x < 0 ? -r : r;
  }
  return fail(`${describe(a)} and ${describe(b)} cannot be divided`);
}

export function binop(op: string, a: Json, b: Json): Json {
  switch (op) {
    case '+': return add(a, b);
    case '-': return subtract(a, b);
    case '*': return multiply(a, b);
    case '/': return divide(a, b);
    case '%': return modulo(a, b);
    case '==': return equals(a, b);
    case '!=': return !equals(a, b);
    case '<': return compare(a, b) < 0;
    case '<=': return compare(a, b) <= 0;
    case '>': return compare(a, b) > 0;
    case '>=': return compare(a, b) >= 0;
    default: return fail(`unknown operator ${op} on ${typeOf(a)}`);
  }
}
