// The generic REST storage (apiserver/pkg/registry/generic/registry/store.go):
// create, update, delete and read objects of any ResourceDef, running the
// strategy (defaults, validation), admission and the store in Kubernetes'
// order. The HTTP layer above only translates requests into these calls.
import type { KubeObject } from '../../api/object.ts';
import { decode } from '../../api/schema.ts';
import { rfc3339, type Clock } from '../../machinery/clock.ts';
import { generateName } from '../../machinery/names.ts';
import { randomUuid, type RandomSource } from '../../machinery/random.ts';
import {
  alreadyExists,
  badRequest,
  conflict,
  invalidObject,
  notFound,
  type Status,
  isStatus,
} from '../../machinery/status.ts';
import { resourceKey, type Store } from '../../machinery/store.ts';
import type { AdmissionAttributes, AdmissionChain, Operation } from '../admission/admission.ts';
import type { UserInfo } from '../authentication/user.ts';
import type { Authorizer } from '../authorization/authorizer.ts';
import { decodeObject, type FieldValidation } from './decode-object.ts';
import { beforeDelete, type DeleteOptions } from './graceful-delete.ts';
import type { ResourceDef, StrategyContext } from './types.ts';

export interface WriteOptions {
  dryRun: boolean;
  fieldValidation: FieldValidation;
}

export interface WriteResult {
  object: KubeObject;
  warnings: string[];
  /** 201 for a create, 200 otherwise */
  code: number;
}

export const gr = (def: ResourceDef) => ({ group: def.group, resource: def.resource });
const key = (def: ResourceDef) => resourceKey(def.group, def.resource);

export class GenericRegistry {
  #store: Store;
  #clock: Clock;
  #random: RandomSource;
  #authorizer: Authorizer;
  #admission: AdmissionChain;

  constructor(store: Store, clock: Clock, random: RandomSource, authorizer: Authorizer, admission: AdmissionChain) {
    this.#store = store;
    this.#clock = clock;
    this.#random = random;
    this.#authorizer = authorizer;
    this.#admission = admission;
  }

  context(user: UserInfo): StrategyContext {
    return { now: this.#clock.now(), random: this.#random, user, store: this.#store, authorizer: this.#authorizer };
  }

  get(def: ResourceDef, namespace: string, name: string): Readonly<KubeObject> | Status {
    return this.#store.get(key(def), def.namespaced ? namespace : '', name) ?? notFound(gr(def), name);
  }

  list(def: ResourceDef, namespace: string): ReadonlyArray<Readonly<KubeObject>> {
    return this.#store.list(key(def), def.namespaced && namespace ? namespace : undefined);
  }

  /** Create-only APIs (reviews, TokenReview) may need to await (signature checks). */
  async createVirtual(def: ResourceDef, namespace: string, body: unknown, user: UserInfo, opts: WriteOptions): Promise<WriteResult | Status> {
    const decoded = decodeObject(def, body, opts.fieldValidation);
    if (isStatus(decoded)) return decoded;
    const obj = decoded.object;
    if (def.namespaced && obj.metadata.namespace && namespace && obj.metadata.namespace !== namespace) {
      return badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    const ctx = { ...this.context(user), namespace };
    const errs = def.validateCreate?.(obj, ctx) ?? [];
    if (errs.length) return invalidObject({ group: def.group, kind: def.kind }, obj.metadata.name ?? '', errs);
    const out = await def.virtualCreate!(obj, ctx);
    // A review refused by its own handler (bad namespace, invalid spec) answers with a Status.
    if (isStatus(out)) return out;
    return { object: canonicalize(def, out), warnings: decoded.warnings, code: 201 };
  }

  create(def: ResourceDef, namespace: string, body: unknown, user: UserInfo, opts: WriteOptions): WriteResult | Status {
    const decoded = decodeObject(def, body, opts.fieldValidation);
    if (isStatus(decoded)) return decoded;
    const obj = decoded.object;
    const meta = obj.metadata;
    // 1. Namespace from the URL; a different one in the body is refused.
    if (def.namespaced) {
      if (meta.namespace && namespace && meta.namespace !== namespace) {
        return badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      meta.namespace = namespace || meta.namespace;
    } else {
      delete meta.namespace;
    }
    if (meta.resourceVersion) return badRequest('resourceVersion should not be set on objects to be created');
    const ctx = { ...this.context(user), namespace };
    // 2. Mutating admission runs in the create handler, before the store draws
    //    a generateName suffix: its messages name the prefix ("web-5d9c7b8f6-").
    const attrs = this.#attrs('CREATE', def, namespace, obj, undefined, user, opts);
    const refused = this.#admission.admit(attrs) ?? def.checkWrite?.(obj, undefined, ctx);
    if (refused) return refused;
    // 3. store.create: the 5-character suffix, seen by validating admission.
    if (!meta.name && meta.generateName) attrs.name = meta.name = generateName(this.#random, meta.generateName);
    // 4. Strategy: reset what clients may not set, default, validate.
    stampNew(obj, this.#clock.now(), this.#random);
    def.defaultCreate?.(obj, ctx);
    const errs = def.validateCreate?.(obj, ctx) ?? [];
    if (errs.length) return invalidObject({ group: def.group, kind: def.kind }, meta.name ?? '', errs);
    const denied = this.#admission.validate(attrs);
    if (denied) return denied;
    if (this.#store.get(key(def), meta.namespace ?? '', meta.name!)) return alreadyExists(gr(def), meta.name!);
    // A placeholder keeps resourceVersion's place in Go field order; the store stamps the real one.
    meta.resourceVersion = '0';
    const canonical = canonicalize(def, obj);
    if (opts.dryRun) delete canonical.metadata.resourceVersion;
    else this.#store.put(key(def), canonical);
    return { object: structuredClone(canonical), warnings: decoded.warnings, code: 201 };
  }

  update(def: ResourceDef, namespace: string, name: string, body: unknown, user: UserInfo, opts: WriteOptions): WriteResult | Status {
    const decoded = decodeObject(def, body, opts.fieldValidation);
    if (isStatus(decoded)) return decoded;
    return this.#update(def, namespace, name, decoded.object, user, opts, decoded.warnings);
  }

  /** PUT .../status: only the status of the stored object changes. */
  updateStatus(def: ResourceDef, namespace: string, name: string, body: unknown, user: UserInfo, opts: WriteOptions): WriteResult | Status {
    const decoded = decodeObject(def, body, opts.fieldValidation);
    if (isStatus(decoded)) return decoded;
    const old = this.#store.get(key(def), def.namespaced ? namespace : '', name);
    if (!old) return notFound(gr(def), name);
    const next = structuredClone(old) as KubeObject;
    next.status = decoded.object.status;
    next.metadata.resourceVersion = decoded.object.metadata.resourceVersion;
    return this.#update(def, namespace, name, next, user, opts, decoded.warnings, true);
  }

  /** PUT namespaces/{name}/finalize: only spec.finalizers changes; an emptied list lets a deleted namespace go. */
  finalize(def: ResourceDef, name: string, body: unknown, user: UserInfo, opts: WriteOptions): WriteResult | Status {
    const decoded = decodeObject(def, body, opts.fieldValidation);
    if (isStatus(decoded)) return decoded;
    const old = this.#store.get(key(def), '', name);
    if (!old) return notFound(gr(def), name);
    const next = structuredClone(old) as KubeObject;
    const finalizers = (decoded.object.spec as { finalizers?: string[] } | undefined)?.finalizers;
    next.spec = { ...(next.spec as object), finalizers };
    const res = this.#update(def, '', name, next, user, opts, decoded.warnings, true);
    if (isStatus(res) || opts.dryRun) return res;
    if (res.object.metadata.deletionTimestamp && !finalizers?.length && !res.object.metadata.finalizers?.length) this.#store.remove(key(def), '', name);
    return res;
  }

  /** The update half shared by PUT and PATCH: `obj` is the full new object. */
  updateObject(def: ResourceDef, namespace: string, name: string, obj: KubeObject, user: UserInfo, opts: WriteOptions, warnings: string[], viaSubresource = false): WriteResult | Status {
    return this.#update(def, namespace, name, obj, user, opts, warnings, viaSubresource);
  }

  #update(def: ResourceDef, namespace: string, name: string, obj: KubeObject, user: UserInfo, opts: WriteOptions, warnings: string[], viaSubresource = false): WriteResult | Status {
    const meta = obj.metadata;
    if (meta.name && meta.name !== name) {
      return badRequest(`the name of the object (${meta.name}) does not match the name on the URL (${name})`);
    }
    meta.name = name;
    if (def.namespaced) {
      if (meta.namespace && meta.namespace !== namespace) {
        return badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      meta.namespace = namespace;
    } else delete meta.namespace;
    const old = this.#store.get(key(def), def.namespaced ? namespace : '', name);
    if (!old) return notFound(gr(def), name);
    // 1. Optimistic concurrency: a stale resourceVersion is a conflict; none means "whatever is there".
    if (meta.resourceVersion && meta.resourceVersion !== old.metadata.resourceVersion) {
      return conflict(gr(def), name, 'the object has been modified; please apply your changes to the latest version and try again');
    }
    // 2. What the server owns is kept from the stored object.
    meta.uid = old.metadata.uid;
    meta.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) meta.deletionTimestamp = old.metadata.deletionTimestamp;
    else delete meta.deletionTimestamp;
    if (old.metadata.generation !== undefined) meta.generation = old.metadata.generation;
    // PrepareForUpdate: a PUT on the object itself never changes what its
    // subresources own (status; a namespace's spec.finalizers).
    if (!viaSubresource && def.subresources?.includes('status')) obj.status = structuredClone(old.status);
    if (!viaSubresource && def.subresources?.includes('finalize')) {
      (obj.spec as Record<string, unknown> | undefined) ??= {};
      (obj.spec as Record<string, unknown>).finalizers = structuredClone((old.spec as Record<string, unknown> | undefined)?.finalizers);
    }
    const ctx = this.context(user);
    const attrs = this.#attrs('UPDATE', def, namespace, obj, old, user, opts);
    const refused = this.#admission.admit(attrs) ?? def.checkWrite?.(obj, old, ctx);
    if (refused) return refused;
    const errs = def.validateUpdate?.(obj, old, ctx) ?? [];
    if (errs.length) return invalidObject({ group: def.group, kind: def.kind }, name, errs);
    const denied = this.#admission.validate(attrs);
    if (denied) return denied;
    const canonical = canonicalize(def, obj);
    canonical.metadata.resourceVersion = old.metadata.resourceVersion;
    // 3. An update that changes nothing does not bump the resourceVersion.
    if (JSON.stringify(canonical) === JSON.stringify(old)) return { object: structuredClone(canonical), warnings, code: 200 };
    if (opts.dryRun) return { object: canonical, warnings, code: 200 };
    // 4. The last finalizer gone from an object being deleted: it goes.
    const specFinalizers = (canonical.spec as { finalizers?: string[] } | undefined)?.finalizers;
    if (canonical.metadata.deletionTimestamp && !canonical.metadata.finalizers?.length && !(def.subresources?.includes('finalize') && specFinalizers?.length)) {
      this.#store.remove(key(def), canonical.metadata.namespace ?? '', name);
      return { object: canonical, warnings, code: 200 };
    }
    this.#store.put(key(def), canonical);
    return { object: structuredClone(canonical), warnings, code: 200 };
  }

  /**
   * Deletes an object. A graceful one (a running pod) is only marked with a
   * future deletionTimestamp (graceful-delete.ts); objects with finalizers
   * only get a deletionTimestamp and stay until the finalizers are removed.
   */
  delete(def: ResourceDef, namespace: string, name: string, user: UserInfo, opts: WriteOptions, options: DeleteOptions = {}): { object: KubeObject; gone: boolean } | Status {
    const old = this.#store.get(key(def), def.namespaced ? namespace : '', name);
    if (!old) return notFound(gr(def), name);
    const attrs = this.#attrs('DELETE', def, namespace, undefined, old, user, opts);
    const denied = this.#admission.validate(attrs);
    if (denied) return denied;
    const obj = structuredClone(old) as KubeObject;
    const graceful = beforeDelete(def, obj, options, this.#clock.now());
    if (graceful.kind === 'pending') return { object: obj, gone: false };
    const waitsForGrace = graceful.kind === 'graceful' && graceful.period > 0;
    const mustWait = def.prepareForDelete?.(obj) === true;
    const pendingFinalizers = mustWait || !!obj.metadata.finalizers?.length;
    if (opts.dryRun) return { object: obj, gone: !pendingFinalizers && !waitsForGrace };
    if (pendingFinalizers || waitsForGrace) {
      let changed = graceful.kind === 'graceful';
      if (!obj.metadata.deletionTimestamp) {
        obj.metadata.deletionTimestamp = rfc3339(this.#clock.now());
        obj.metadata.deletionGracePeriodSeconds = 0;
        changed = true;
      }
      if (changed) this.#store.put(key(def), obj);
      return { object: structuredClone(obj), gone: false };
    }
    this.#store.remove(key(def), obj.metadata.namespace ?? '', name);
    return { object: obj, gone: true };
  }

  #attrs(operation: Operation, def: ResourceDef, namespace: string, object: KubeObject | undefined, oldObject: Readonly<KubeObject> | undefined, user: UserInfo, opts: WriteOptions): AdmissionAttributes {
    const name = object?.metadata.name || object?.metadata.generateName || oldObject?.metadata.name || '';
    return { operation, def, namespace, name, subresource: '', object, oldObject, user, dryRun: opts.dryRun };
  }
}

/** What the server sets on every new object, whatever the client sent. */
function stampNew(obj: KubeObject, now: number, random: RandomSource): void {
  const m = obj.metadata;
  m.uid = randomUuid(random);
  m.creationTimestamp = rfc3339(now);
  delete m.deletionTimestamp;
  delete m.deletionGracePeriodSeconds;
  delete m.generation;
}

/** Round-trips the object through its schema so fields come out in Go order. */
export function canonicalize(def: ResourceDef, obj: KubeObject): KubeObject {
  const r = decode(def.schema, obj);
  if (r.error) throw new Error(`internal: ${def.kind} does not fit its own schema after defaulting: ${r.error}`);
  return r.value as KubeObject;
}
