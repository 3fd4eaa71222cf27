// Admission (apiserver/pkg/admission): plugins see each create, update and
// delete after authorization, may change the object (mutating) and may refuse
// it (validating) with a Status.
import type { KubeObject } from '../../api/object.ts';
import { forbidden, type Status } from '../../machinery/status.ts';
import type { UserInfo } from '../authentication/user.ts';
import type { ResourceDef } from '../registry/types.ts';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

export interface AdmissionAttributes {
  operation: Operation;
  def: ResourceDef;
  namespace: string;
  /** the object's name; for a create with generateName, the prefix is used in messages */
  name: string;
  subresource: string;
  object?: KubeObject;
  oldObject?: Readonly<KubeObject>;
  user: UserInfo;
  dryRun: boolean;
}

export interface AdmissionPlugin {
  readonly name: string;
  /** change the object in place; return a Status to refuse */
  admit?(a: AdmissionAttributes): Status | undefined;
  /** refuse without changing anything */
  validate?(a: AdmissionAttributes): Status | undefined;
}

/**
 * admission.NewForbidden (apiserver/pkg/admission/errors.go): a 403 about the
 * object by name, else its generateName prefix, else "Unknown".
 */
export function newForbidden(a: AdmissionAttributes, err: string): Status {
  return forbidden({ group: a.def.group, resource: a.def.resource }, a.name || 'Unknown', err);
}

export class AdmissionChain {
  #plugins: AdmissionPlugin[];
  constructor(plugins: AdmissionPlugin[]) {
    this.#plugins = plugins;
  }
  add(p: AdmissionPlugin): void {
    this.#plugins.push(p);
  }
  admit(a: AdmissionAttributes): Status | undefined {
    for (const p of this.#plugins) {
      const s = p.admit?.(a);
      if (s) return s;
    }
    return undefined;
  }
  validate(a: AdmissionAttributes): Status | undefined {
    for (const p of this.#plugins) {
      const s = p.validate?.(a);
      if (s) return s;
    }
    return undefined;
  }
}
