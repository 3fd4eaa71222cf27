// go-yaml v2's resolve.go as the encoder uses it (sigs.k8s.io/yaml/goyaml.v2):
// a string is written plain only when, read back unquoted, it would still be
// a string — so "true", "123", "1e3", "~", "2025-01-01" and "1:20" are quoted.

const MAP_HINT = new Set('yYnNtTfFoO~');

/** resolveMap: the YAML 1.1 booleans, nulls and special floats */
const RESOLVED = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

/** strconv.ParseInt/ParseUint(s, 0, 64) syntax, and big.Int SetString(s, 0) for the out-of-range ones */
const GO_INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** strconv.ParseFloat of a string starting with '.' */
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;

/** ParseFloat fails with ErrRange (and go-yaml keeps the string) when the value overflows. */
const finiteFloat = (s: string): boolean => Number.isFinite(Number(s));

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : DAYS[m - 1]!);
}

/**
 * parseTimestamp: the formats "2006-1-2T15:4:5.999999999Z07:00" (also with
 * a lower-case t), "2006-1-2 15:4:5.999999999" and "2006-1-2", checked the
 * way time.Parse checks them (field ranges, days in the month).
 */
export function isYamlTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  if (!validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (m[4] === undefined) return true;
  if (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7]) > 59) return false;
  // "T"/"t" needs a zone; the space form has none.
  if (m[4] === ' ') return m[9] === undefined;
  if (m[9] === undefined) return false;
  if (m[9] !== 'Z' && (Number(m[9].slice(1, 3)) > 23 || Number(m[9].slice(4)) > 59)) return false;
  return true;
}

/** True when `s` resolves to !!str, i.e. resolve("", s) returns yaml_STR_TAG. */
export function resolvesToString(s: string): boolean {
  if (s === '') return false;
  const c = s[0]!;
  const hint = c === '+' || c === '-' ? 'S' : c >= '0' && c <= '9' ? 'D' : c === '.' ? '.' : MAP_HINT.has(c) ? 'M' : '';
  if (!hint) return true;
  if (RESOLVED.has(s)) return false;
  if (hint === 'M') return true;
  if (hint === '.') return !(DOT_FLOAT.test(s) && finiteFloat(s));
  if (isYamlTimestamp(s)) return false;
  const plain = s.replace(/_/g, '');
  if (GO_INT.test(plain)) return false;
  if (YAML_FLOAT.test(plain) && finiteFloat(plain)) return false;
  if (/^-?0b[01]+$/.test(plain)) return false;
  return true;
}

/** encoder.stringv: plain is allowed for strings that resolve back to strings and are not base-60 floats. */
export function canUsePlain(s: string): boolean {
  return resolvesToString(s) && !BASE60_FLOAT.test(s);
}
