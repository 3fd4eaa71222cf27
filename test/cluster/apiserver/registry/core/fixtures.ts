// One-line builders for the core registry tests: run a ResourceDef the way
// the generic registry does (decode, default, validate, canonicalize).
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { decode } from '../../../../../src/cluster/api/schema.ts';
import type { StrategyContext, ResourceDef } from '../../../../../src/cluster/apiserver/registry/types.ts';
import { fieldErrorString, type FieldError } from '../../../../../src/cluster/machinery/field-errors.ts';
import { seededRandom } from '../../../../../src/cluster/machinery/random.ts';
import { resourceKey, Store } from '../../../../../src/cluster/machinery/store.ts';

export const NOW = Date.parse('2025-01-01T00:00:00Z');

export function context(store = new Store(), now = NOW): StrategyContext {
  return {
    now,
    random: seededRandom(7),
    user: { username: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] },
    store,
    authorizer: { authorize: () => ({ decision: 'NoOpinion', reason: '' }) },
  };
}

export const messages = (errs: readonly FieldError[]): string[] => errs.map(fieldErrorString);

function decoded(def: ResourceDef, body: Record<string, unknown>, namespace: string): KubeObject {
  const r = decode(def.schema, body);
  if (r.error) throw new Error(r.error);
  const obj = r.value as KubeObject;
  if (def.namespaced) obj.metadata.namespace ??= namespace;
  obj.metadata.creationTimestamp ??= '2025-01-01T00:00:00Z';
  return obj;
}

/** decode → defaultCreate → validateCreate; `object` is canonical (Go field order). */
export function create(def: ResourceDef, body: Record<string, unknown>, ctx = context(), namespace = 'default'): { object: KubeObject; errors: string[] } {
  const obj = decoded(def, body, namespace);
  def.defaultCreate?.(obj, ctx);
  const errors = messages(def.validateCreate?.(obj, ctx) ?? []);
  return { object: decode(def.schema, obj).value as KubeObject, errors };
}

/** create, then store the result (so later objects see it, e.g. allocated IPs). */
export function createStored(def: ResourceDef, body: Record<string, unknown>, ctx: StrategyContext, namespace = 'default'): KubeObject {
  const { object, errors } = create(def, body, ctx, namespace);
  if (errors.length) throw new Error(errors.join('\n'));
  return ctx.store.put(resourceKey(def.group, def.resource), object);
}

/** validateUpdate of `next` (a decoded body) against the stored `old`. */
export function update(def: ResourceDef, old: KubeObject, next: Record<string, unknown>, ctx = context()): { object: KubeObject; errors: string[] } {
  const obj = decoded(def, next, old.metadata.namespace ?? '');
  obj.metadata.uid = old.metadata.uid;
  const errors = messages(def.validateUpdate?.(obj, old, ctx) ?? []);
  return { object: decode(def.schema, obj).value as KubeObject, errors };
}

export const pod = (name: string, spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, ...metadata }, spec });
export const container = (name: string, image: string, extra: Record<string, unknown> = {}) => ({ name, image, ...extra });
