// application/json-patch+json: RFC 6902 JSON Patch as the API server applies it
// (gopkg.in/evanphx/json-patch.v4 patch.go). Error texts are the library's own;
// the handler turns any apply error into a bare 422 (see apply-patch.ts).
// Quirks of the library kept on purpose:
//  1. replace on a missing object key adds it (only array indexes are checked);
//  2. copy from a missing object key copies null;
//  3. a missing "value" adds or replaces with null;
//  4. scalars compare by value here, where the library compares raw JSON bytes.
import { add, ERR_MISSING, findObject, get, remove, set } from './json-pointer.ts';
import { clone, deepEqual, has, isObject, type JsonObject, type JsonValue } from './json-value.ts';
import { cannotUnmarshal, goUnmarshal, jsonKindName } from './go-json-decode.ts';

export type JsonPatchOperation = JsonObject | null;
export type DecodedJsonPatch = { ok: true; ops: JsonPatchOperation[]; strictErrors: string[] } | { ok: false; error: string };
export type AppliedJsonPatch = { ok: true; value: JsonValue } | { ok: false; error: string };

const STRING_FIELDS = ['op', 'path', 'from'];
const KNOWN_FIELDS = [...STRING_FIELDS, 'value'];

/** The first type error decoding into []handlers.jsonPatchOp (strict) or jsonpatch.Patch. */
function typeError(doc: JsonValue, strict: boolean): string | undefined {
  const [list, item] = strict ? ['[]handlers.jsonPatchOp', 'handlers.jsonPatchOp'] : ['jsonpatch.Patch', 'jsonpatch.Operation'];
  if (doc === null) return undefined;
  if (!Array.isArray(doc)) return cannotUnmarshal(doc, list);
  for (const op of doc) {
    if (op !== null && !isObject(op)) return cannotUnmarshal(op, item);
    if (!strict || op === null) continue;
    for (const [k, v] of Object.entries(op)) {
      if (STRING_FIELDS.includes(k) && v !== null && typeof v !== 'string') {
        return `json: cannot unmarshal ${jsonKindName(v)} into Go struct field jsonPatchOp.${k} of type string`;
      }
    }
  }
  return undefined;
}

/**
 * Decodes a JSON patch body. With strict (fieldValidation Warn or Strict, the
 * server default) it is first decoded into []jsonPatchOp, case-sensitively,
 * which also reports unknown fields as strict errors ("json patch unknown field").
 */
export function decodeJsonPatch(text: string, strict: boolean): DecodedJsonPatch {
  const parsed = goUnmarshal(text);
  if (!parsed.ok) return parsed;
  const err = typeError(parsed.value, strict);
  if (err) return { ok: false, error: err };
  const ops = (parsed.value ?? []) as JsonPatchOperation[];
  const strictErrors = strict
    ? ops.flatMap((op) => Object.keys(op ?? {}).filter((k) => !KNOWN_FIELDS.includes(k)).map((k) => `json patch unknown field ${JSON.stringify(k)}`))
    : [];
  return { ok: true, ops, strictErrors };
}

const kind = (op: JsonPatchOperation): string => (op && typeof op.op === 'string' ? op.op : 'unknown');
/** Operation.value(): undefined when the member is absent (Go's nil node). */
const valueOf = (op: JsonPatchOperation): JsonValue | undefined => (op && has(op, 'value') ? op.value! : undefined);

/** Operation.Path()/From(): the string, or the decode error. */
function field(op: JsonPatchOperation, name: 'path' | 'from'): { s: string } | { error: string } {
  const v = op?.[name];
  if (v === undefined || v === null) return { error: name === 'path' ? `operation missing path field: ${ERR_MISSING}` : `operation, missing from field: ${ERR_MISSING}` };
  return typeof v === 'string' ? { s: v } : { error: cannotUnmarshal(v, 'string') };
}

/** lazyNode.equal, with nil (absent or null) equal only to nil. */
function equal(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return (a ?? null) === null || (b ?? null) === null ? (a ?? null) === (b ?? null) : deepEqual(a!, b!);
}

interface Doc {
  root: JsonValue;
}

function opAdd(d: Doc, op: JsonPatchOperation): string | undefined {
  const p = field(op, 'path');
  if ('error' in p) return `add operation failed to decode path: ${ERR_MISSING}`;
  const t = findObject(d.root, p.s);
  if (!t) return `add operation does not apply: doc is missing path: "${p.s}": ${ERR_MISSING}`;
  const err = add(t.con, t.key, valueOf(op) ?? null);
  return err && `error in add for path: '${p.s}': ${err}`;
}

function opRemove(d: Doc, op: JsonPatchOperation): string | undefined {
  const p = field(op, 'path');
  if ('error' in p) return `remove operation failed to decode path: ${ERR_MISSING}`;
  const t = findObject(d.root, p.s);
  if (!t) return `remove operation does not apply: doc is missing path: "${p.s}": ${ERR_MISSING}`;
  const err = remove(t.con, t.key);
  return err && `error in remove for path: '${p.s}': ${err}`;
}

function opReplace(d: Doc, op: JsonPatchOperation): string | undefined {
  const p = field(op, 'path');
  if ('error' in p) return `replace operation failed to decode path: ${p.error}`;
  if (p.s === '') {
    const v = valueOf(op);
    if (!Array.isArray(v) && !isObject(v)) return 'replace operation value must be object or array: %!w(<nil>)';
    d.root = v;
    return undefined;
  }
  const t = findObject(d.root, p.s);
  if (!t) return `replace operation does not apply: doc is missing path: ${p.s}: ${ERR_MISSING}`;
  if ('error' in get(t.con, t.key)) return `replace operation does not apply: doc is missing key: ${p.s}: ${ERR_MISSING}`;
  const err = set(t.con, t.key, valueOf(op) ?? null);
  return err && `error in remove for path: '${p.s}': ${err}`;
}

function opMove(d: Doc, op: JsonPatchOperation): string | undefined {
  const f = field(op, 'from');
  if ('error' in f) return `move operation failed to decode from: ${f.error}`;
  const src = findObject(d.root, f.s);
  if (!src) return `move operation does not apply: doc is missing from path: ${f.s}: ${ERR_MISSING}`;
  const got = get(src.con, src.key);
  if ('error' in got) return `error in move for path: '${src.key}': ${got.error}`;
  const rmErr = remove(src.con, src.key);
  if (rmErr) return `error in move for path: '${src.key}': ${rmErr}`;
  const p = field(op, 'path');
  if ('error' in p) return `move operation failed to decode path: ${p.error}`;
  const dst = findObject(d.root, p.s);
  if (!dst) return `move operation does not apply: doc is missing destination path: ${p.s}: ${ERR_MISSING}`;
  const err = add(dst.con, dst.key, got.value ?? null);
  return err && `error in move for path: '${p.s}': ${err}`;
}

function opTest(d: Doc, op: JsonPatchOperation): string | undefined {
  const p = field(op, 'path');
  if ('error' in p) return `test operation failed to decode path: ${p.error}`;
  const failed = `testing value ${p.s} failed: test failed`;
  if (p.s === '') return equal(d.root, valueOf(op)) ? undefined : failed;
  const t = findObject(d.root, p.s);
  if (!t) return `test operation does not apply: is missing path: ${p.s}: ${ERR_MISSING}`;
  const got = get(t.con, t.key);
  if ('error' in got) return `error in test for path: '${p.s}': ${got.error}`;
  if ((got.value ?? null) !== null && valueOf(op) === undefined) return failed;
  return equal(got.value, valueOf(op)) ? undefined : failed;
}

function opCopy(d: Doc, op: JsonPatchOperation): string | undefined {
  const f = field(op, 'from');
  if ('error' in f) return `copy operation failed to decode from: ${f.error}`;
  const src = findObject(d.root, f.s);
  if (!src) return `copy operation does not apply: doc is missing from path: ${f.s}: ${ERR_MISSING}`;
  const got = get(src.con, src.key);
  if ('error' in got) return `error in copy for from: '${f.s}': ${got.error}`;
  const p = field(op, 'path');
  if ('error' in p) return `copy operation failed to decode path: ${ERR_MISSING}`;
  const dst = findObject(d.root, p.s);
  if (!dst) return `copy operation does not apply: doc is missing destination path: ${p.s}: ${ERR_MISSING}`;
  const err = add(dst.con, dst.key, clone(got.value ?? null));
  return err && `error while adding value during copy: ${err}`;
}

const OPS: Record<string, (d: Doc, op: JsonPatchOperation) => string | undefined> = {
  add: opAdd,
  remove: opRemove,
  replace: opReplace,
  move: opMove,
  test: opTest,
  copy: opCopy,
};

/** Patch.Apply: the operations in order; the first error stops the patch. The input is not mutated. */
export function applyJsonPatch(doc: JsonValue, ops: readonly JsonPatchOperation[]): AppliedJsonPatch {
  const d: Doc = { root: clone(doc) };
  for (const op of ops) {
    const fn = Object.prototype.hasOwnProperty.call(OPS, kind(op)) ? OPS[kind(op)]! : undefined;
    const error = fn ? fn(d, op) : `Unexpected kind: ${kind(op)}`;
    if (error) return { ok: false, error };
  }
  return { ok: true, value: d.root };
}
