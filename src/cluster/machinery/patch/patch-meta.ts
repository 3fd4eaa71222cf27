// strategicpatch/meta.go (PatchMetaFromStruct): what a field's struct tags say
// about merging, read from our Go-struct schema (TypeSpec) instead of reflection.
import type { TypeSpec } from '../../api/schema.ts';
import { SmpFailure } from './mergepatch-errors.ts';

export interface PatchMeta {
  /** `patchStrategy:"merge,retainKeys"` split on commas. */
  strategies: string[];
  patchMergeKey: string;
}

/** The field's type and tags, or undefined when the schema cannot say (unknown field, `any`, scalar). */
export function lookupPatchMetadata(schema: TypeSpec | undefined, key: string): { sub: TypeSpec; meta: PatchMeta } | undefined {
  if (schema?.k === 'map') return { sub: schema.of, meta: { strategies: [], patchMergeKey: '' } };
  if (schema?.k !== 'struct') return undefined;
  const f = Object.prototype.hasOwnProperty.call(schema.fields(), key) ? schema.fields()[key] : undefined;
  if (!f) return undefined;
  return { sub: f.type, meta: { strategies: f.patchStrategy ? f.patchStrategy.split(',') : [], patchMergeKey: f.patchMergeKey ?? '' } };
}

/** LookupPatchMetadataForSlice: the element type of a list field. */
export function lookupSliceMetadata(schema: TypeSpec | undefined, key: string): { elem: TypeSpec; meta: PatchMeta } | undefined {
  const found = lookupPatchMetadata(schema, key);
  if (found?.sub.k !== 'list') return undefined;
  return { elem: found.sub.of, meta: found.meta };
}

/** extractRetainKeysPatchStrategy: "retainKeys" alongside at most one other strategy. */
export function patchStrategy(strategies: readonly string[]): string | SmpFailure {
  const unexpected = (): SmpFailure => new SmpFailure(`unexpected patch strategy: [${strategies.join(' ')}]`);
  if (strategies.length === 0) return '';
  if (strategies.length === 1) return strategies[0] === 'retainKeys' ? '' : strategies[0]!;
  if (strategies.length > 2) return unexpected();
  if (strategies[0] === 'retainKeys') return strategies[1]!;
  return strategies[1] === 'retainKeys' ? strategies[0]! : unexpected();
}

const SCALAR_KIND: Record<string, string> = { string: 'string', int32: 'int32', int64: 'int64', float64: 'float64', bool: 'bool', bytes: 'slice' };

/** reflect.Kind().String() of a type, as "cannot merge lists without merge key for struct" prints it. */
export function kindName(t: TypeSpec): string {
  if (t.k === 'scalar') return SCALAR_KIND[t.s] ?? 'struct';
  return { struct: 'struct', map: 'map', list: 'slice', any: 'interface' }[t.k];
}

/** The error LookupPatchMetadataForSlice gives when a field is not a list the schema knows. */
export function sliceLookupError(schema: TypeSpec | undefined, key: string): string {
  if (schema?.k === 'struct' && !Object.prototype.hasOwnProperty.call(schema.fields(), key)) {
    return `unable to find api field in struct ${schema.name.replace(/^.*\./, '')} for the json field ${JSON.stringify(key)}`;
  }
  if (schema?.k === 'struct' || schema?.k === 'map') return `expected slice or array type, but got: ${kindName(schema)}`;
  return `merging an object in json but data type is not map or struct, instead is: ${schema ? kindName(schema) : 'interface'}`;
}
