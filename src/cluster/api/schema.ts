// A small description of the Go structs behind each API type, so objects can be
// decoded the way the API server decodes JSON into Go structs:
//  1. fields come out in Go struct order, whatever order the client sent;
//  2. `omitempty` fields that are empty vanish, other empty fields print as
//     zero values or null, exactly as encoding/json would write them;
//  3. unknown fields are collected (strict field validation reports them);
//  4. a value of the wrong JSON type fails like encoding/json does.

export type ScalarName = 'string' | 'int32' | 'int64' | 'float64' | 'bool' | 'time' | 'bytes' | 'quantity' | 'intOrString';

export type TypeSpec =
  | { k: 'scalar'; s: ScalarName }
  | { k: 'any' }
  | { k: 'map'; of: TypeSpec }
  | { k: 'list'; of: TypeSpec }
  | { k: 'struct'; name: string; fields: () => Record<string, FieldSpec> };

export interface FieldSpec {
  type: TypeSpec;
  /** `json:",omitempty"` */
  omitempty: boolean;
  /** a Go pointer: nil is omitted (with omitempty) or null */
  pointer: boolean;
  /** `patchStrategy:"merge" patchMergeKey:"name"` struct tags, for strategic merge patch */
  patchStrategy?: 'merge' | 'replace' | 'retainKeys' | 'merge,retainKeys';
  patchMergeKey?: string;
}

/** Adds strategic-merge-patch tags to a field: `merge('name', opt(listOf(Container)))`. */
export const merge = (mergeKey: string | undefined, f: FieldSpec): FieldSpec => ({ ...f, patchStrategy: 'merge', ...(mergeKey ? { patchMergeKey: mergeKey } : {}) });

// ---- builders --------------------------------------------------------------
export const str: TypeSpec = { k: 'scalar', s: 'string' };
export const int32: TypeSpec = { k: 'scalar', s: 'int32' };
export const int64: TypeSpec = { k: 'scalar', s: 'int64' };
export const float64: TypeSpec = { k: 'scalar', s: 'float64' };
export const bool: TypeSpec = { k: 'scalar', s: 'bool' };
export const time: TypeSpec = { k: 'scalar', s: 'time' };
export const bytes: TypeSpec = { k: 'scalar', s: 'bytes' };
export const quantity: TypeSpec = { k: 'scalar', s: 'quantity' };
export const intOrString: TypeSpec = { k: 'scalar', s: 'intOrString' };
export const any: TypeSpec = { k: 'any' };
export const mapOf = (of: TypeSpec): TypeSpec => ({ k: 'map', of });
export const listOf = (of: TypeSpec): TypeSpec => ({ k: 'list', of });
/**
 * name is the Go type as errors print it, e.g. "v1.PodSpec". `fields` is a
 * thunk so types can refer to each other; it is evaluated once.
 */
export const struct = (name: string, fields: () => Record<string, FieldSpec>): TypeSpec => {
  let cached: Record<string, FieldSpec> | undefined;
  return { k: 'struct', name, fields: () => (cached ??= fields()) };
};

/** `json:"x,omitempty"` on a value field: the common case. */
export const opt = (type: TypeSpec): FieldSpec => ({ type, omitempty: true, pointer: false });
/** `json:"x,omitempty"` on a pointer field. */
export const ptr = (type: TypeSpec): FieldSpec => ({ type, omitempty: true, pointer: true });
/** `json:"x"`: always written. */
export const req = (type: TypeSpec): FieldSpec => ({ type, omitempty: false, pointer: false });
/** `json:"x"` on a pointer: written as null when nil. */
export const nullable = (type: TypeSpec): FieldSpec => ({ type, omitempty: false, pointer: true });

// ---- decoding --------------------------------------------------------------
export interface DecodeResult {
  value: unknown;
  /** dotted paths of fields the struct does not have, e.g. "spec.containers[0].foo" */
  unknownFields: string[];
  /** the first type error, as encoding/json words it */
  error?: string;
}

const SCALAR_GO_TYPE: Record<ScalarName, string> = {
  string: 'string',
  int32: 'int32',
  int64: 'int64',
  float64: 'float64',
  bool: 'bool',
  time: 'v1.Time',
  bytes: '[]uint8',
  quantity: 'resource.Quantity',
  intOrString: 'intstr.IntOrString',
};

export function goTypeName(t: TypeSpec): string {
  switch (t.k) {
    case 'scalar':
      return SCALAR_GO_TYPE[t.s];
    case 'any':
      return 'interface {}';
    case 'map':
      return `map[string]${goTypeName(t.of)}`;
    case 'list':
      return `[]${goTypeName(t.of)}`;
    case 'struct':
      return t.name;
  }
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

class TypeError_ {
  constructor(readonly message: string) {}
}

interface Ctx {
  unknown: string[];
  structName: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Go's base64.StdEncoding error: the offset where decoding failed. */
export function base64Error(s: string): string | undefined {
  if (BASE64.test(s)) return undefined;
  const at = (i: number): string => `illegal base64 data at input byte ${i}`;
  for (let i = 0; i < s.length; i++) {
    if (/[A-Za-z0-9+/]/.test(s[i]!)) continue;
    // '=' is only legal as the padding of the final quantum.
    return at(s[i] === '=' && i % 4 < 2 ? i - (i % 4) : i);
  }
  // All characters legal but the last quantum is incomplete (padding is required).
  return at(s.length - (s.length % 4));
}

function typeError(v: unknown, t: TypeSpec, path: string, ctx: Ctx): TypeError_ {
  let value = jsonKind(v);
  if (typeof v === 'number' && !Number.isInteger(v)) value = `number ${v}`;
  const where = path ? ` into Go struct field ${ctx.structName}.${path}` : ' into Go value';
  return new TypeError_(`json: cannot unmarshal ${value}${where} of type ${goTypeName(t)}`);
}

function decodeScalar(s: ScalarName, v: unknown, t: TypeSpec, path: string, ctx: Ctx): unknown {
  switch (s) {
    case 'string':
    case 'time':
      if (typeof v !== 'string') throw typeError(v, t, path, ctx);
      return v;
    case 'bytes': {
      if (typeof v !== 'string') throw typeError(v, t, path, ctx);
      const err = base64Error(v);
      if (err) throw new TypeError_(err);
      return v;
    }
    case 'int32':
    case 'int64':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw typeError(v, t, path, ctx);
      return v;
    case 'float64':
      if (typeof v !== 'number') throw typeError(v, t, path, ctx);
      return v;
    case 'bool':
      if (typeof v !== 'boolean') throw typeError(v, t, path, ctx);
      return v;
    case 'quantity':
    case 'intOrString':
      if (typeof v !== 'string' && typeof v !== 'number') throw typeError(v, t, path, ctx);
      return v;
  }
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return false;
  return false;
}

function zeroValue(f: FieldSpec): unknown {
  const t = f.type;
  if (f.pointer) return null;
  switch (t.k) {
    case 'struct':
      return decodeStruct(t, {}, '', { unknown: [], structName: '' });
    case 'list':
    case 'map':
    case 'any':
      return null;
    case 'scalar':
      if (t.s === 'bool') return false;
      if (t.s === 'string' || t.s === 'bytes') return '';
      if (t.s === 'time' || t.s === 'quantity' || t.s === 'intOrString') return null;
      return 0;
  }
}

function isEmptyMapOrList(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function decodeStruct(t: Extract<TypeSpec, { k: 'struct' }>, v: unknown, path: string, ctx: Ctx): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw typeError(v, t, path, ctx);
  const fields = t.fields();
  const input = v as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(key in fields)) ctx.unknown.push(path ? `${path}.${key}` : key);
  }
  const out: Record<string, unknown> = {};
  const outer = ctx.structName;
  const short = t.name.slice(t.name.lastIndexOf('.') + 1);
  for (const key in fields) {
    const f = fields[key]!;
    const childPath = path ? `${path}.${key}` : key;
    const raw = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    ctx.structName = short;
    let value: unknown = raw === undefined || raw === null ? undefined : decodeValue(f.type, raw, childPath, ctx);
    ctx.structName = outer;
    if (value === undefined) {
      // A nil pointer without omitempty is written as null (nullable); with omitempty it vanishes.
      if ((f.pointer && f.omitempty) || (!f.pointer && f.omitempty && f.type.k !== 'struct' && !(f.type.k === 'scalar' && f.type.s === 'time'))) continue;
      value = zeroValue(f);
    } else if (f.omitempty && !f.pointer) {
      if (f.type.k === 'scalar' && isEmpty(value) && f.type.s !== 'time') continue;
      if ((f.type.k === 'list' || f.type.k === 'map') && isEmptyMapOrList(value)) continue;
    }
    out[key] = value;
  }
  return out;
}

function decodeValue(t: TypeSpec, v: unknown, path: string, ctx: Ctx): unknown {
  switch (t.k) {
    case 'any':
      return v;
    case 'scalar':
      return decodeScalar(t.s, v, t, path, ctx);
    case 'struct':
      return decodeStruct(t, v, path, ctx);
    case 'list': {
      if (!Array.isArray(v)) throw typeError(v, t, path, ctx);
      return v.map((item, i) => (item === null ? zeroValue({ type: t.of, omitempty: false, pointer: false }) : decodeValue(t.of, item, `${path}[${i}]`, ctx)));
    }
    case 'map': {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw typeError(v, t, path, ctx);
      const out: Record<string, unknown> = {};
      // encoding/json writes map keys sorted; a decoded map comes out the same way.
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [k, item] of entries) {
        out[k] = item === null ? zeroValue({ type: t.of, omitempty: false, pointer: false }) : decodeValue(t.of, item, `${path}[${k}]`, ctx);
      }
      return out;
    }
  }
}

/**
 * Decodes a JSON value into the shape of a Go struct. Never throws: a type
 * error is returned in `error` (and `value` is undefined then).
 */
export function decode(t: TypeSpec, v: unknown): DecodeResult {
  const ctx: Ctx = { unknown: [], structName: '' };
  try {
    return { value: decodeValue(t, v, '', ctx), unknownFields: ctx.unknown };
  } catch (e) {
    if (e instanceof TypeError_) return { value: undefined, unknownFields: ctx.unknown, error: e.message };
    throw e;
  }
}
