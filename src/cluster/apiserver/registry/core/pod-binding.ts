// pods/binding (pkg/registry/core/pod/storage BindingREST): how the scheduler
// assigns a pod to a node. The pod gets spec.nodeName, the Binding's
// annotations and PodScheduled=True; a pod already bound, being deleted or
// still gated cannot be bound (409 Conflict on "pods/binding").
import type { KubeObject } from '../../../api/object.ts';
import type { Pod } from '../../../api/core-v1/pod.ts';
import { rfc3339 } from '../../../machinery/clock.ts';
import { invalid, required, type FieldError } from '../../../machinery/field-errors.ts';
import { badRequest, conflict, failure, invalidObject, isStatus, notFound, type Status } from '../../../machinery/status.ts';
import { resourceKey } from '../../../machinery/store.ts';
import { canonicalize } from '../generic-registry.ts';
import type { ResourceDef, SubresourceHandler, SubresourceRequest, SubresourceResult } from '../types.ts';

interface Binding {
  metadata?: { name?: string; namespace?: string; uid?: string; annotations?: Record<string, string> };
  target?: { kind?: string; name?: string; apiVersion?: string };
}

const POD_BINDING = { group: '', resource: 'pods/binding' };

/** ValidatePodBinding: the target is a Node (or kind is left empty) with a name. */
function validateBinding(b: Binding): FieldError[] {
  const errs: FieldError[] = [];
  const kind = b.target?.kind ?? '';
  if (kind && kind !== 'Node') errs.push(invalid('target.kind', kind, 'supported values: "Node", "<empty>"'));
  if (!b.target?.name) errs.push(required('target.name', ''));
  return errs;
}

function parse(body: string): Binding | Status {
  try {
    const v = JSON.parse(body) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Binding;
  } catch {
    // fall through to the decoding error
  }
  return badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
}

/** setPodHostAndAnnotations: what may stop a binding, in the storage update's order. */
function refuse(pod: Readonly<Pod>, uid: string | undefined): Status | undefined {
  const name = pod.metadata.name!;
  if (uid && uid !== pod.metadata.uid) {
    return conflict({ group: '', resource: 'pods' }, name, `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${pod.metadata.uid}`);
  }
  if (pod.metadata.deletionTimestamp) return conflict(POD_BINDING, name, `pod ${name} is being deleted, cannot be assigned to a host`);
  if (pod.spec.nodeName) return conflict(POD_BINDING, name, `pod ${name} is already assigned to node ${JSON.stringify(pod.spec.nodeName)}`);
  if (pod.spec.schedulingGates?.length) return conflict(POD_BINDING, name, `pod ${name} has non-empty .spec.schedulingGates`);
  return undefined;
}

/** UpdatePodCondition: PodScheduled becomes True; its transition time moves only when its status changes. */
function setScheduled(pod: Pod, now: number): void {
  const conditions = (pod.status.conditions ??= []);
  const existing = conditions.find((c) => c.type === 'PodScheduled');
  if (existing) {
    if (existing.status !== 'True') existing.lastTransitionTime = rfc3339(now);
    existing.status = 'True';
    delete existing.reason;
    delete existing.message;
  } else {
    conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(now) });
  }
}

async function bind(def: ResourceDef, r: SubresourceRequest): Promise<SubresourceResult> {
  if (r.method !== 'POST') return failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});
  const b = parse(r.body);
  if (isStatus(b)) return b;
  if ((b.metadata?.name ?? '') !== r.name) return badRequest('name in URL does not match name in Binding object');
  const errs = validateBinding(b);
  if (errs.length) return invalidObject({ group: '', kind: 'Binding' }, r.name, errs);
  const key = resourceKey('', 'pods');
  const stored = r.store.get(key, r.namespace, r.name) as Readonly<Pod> | undefined;
  if (!stored) return notFound({ group: '', resource: 'pods' }, r.name);
  const refused = refuse(stored, b.metadata?.uid);
  if (refused) return refused;
  const pod = structuredClone(stored) as Pod;
  pod.spec.nodeName = b.target!.name!;
  const annotations = b.metadata?.annotations ?? {};
  if (Object.keys(annotations).length) pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), ...annotations };
  setScheduled(pod, r.now);
  if (!r.dryRun) r.store.put(key, canonicalize(def, pod as unknown as KubeObject));
  return { code: 201, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 } };
}

export const podBinding = (def: () => ResourceDef): SubresourceHandler => (r) => bind(def(), r);
