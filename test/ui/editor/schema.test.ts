// The generated Kubernetes schema (scripts/gen-k8s-schemas.mjs): structure only, no validator.
import { describe, expect, it } from 'vitest';
import schema from '../../../src/ui/editor/schemas/kubernetes.schema.json' with { type: 'json' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;
const defs = schema.definitions as Record<string, Node>;

const KINDS: Record<string, string[]> = {
  v1: ['Namespace', 'ServiceAccount', 'Pod', 'Secret', 'ConfigMap', 'Service', 'Node'],
  'apps/v1': ['Deployment', 'ReplicaSet'],
  'rbac.authorization.k8s.io/v1': ['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'],
  'authentication.k8s.io/v1': ['TokenRequest', 'TokenReview'],
  'authorization.k8s.io/v1': ['SubjectAccessReview', 'SelfSubjectAccessReview'],
};

describe('kubernetes.schema.json', () => {
  it('selects each served kind with if/then on kind, and pins its apiVersion', () => {
    const rules = schema.allOf as Node[];
    for (const [apiVersion, kinds] of Object.entries(KINDS)) {
      for (const kind of kinds) {
        const rule = rules.find((r) => r.if.properties.kind.const === kind);
        expect(rule, kind).toBeDefined();
        expect(rule.if.required).toEqual(['kind']);
        expect(rule.then.$ref).toBe(`#/definitions/${kind}`);
        const def = defs[kind];
        expect(def.properties.kind.const).toBe(kind);
        expect(def.properties.apiVersion.const).toBe(apiVersion);
        expect(def.required).toEqual(expect.arrayContaining(['apiVersion', 'kind']));
      }
    }
    expect(rules).toHaveLength(Object.values(KINDS).flat().length);
    expect(schema.properties.apiVersion.enum).toEqual(Object.keys(KINDS));
  });

  it('keeps descriptions for hover', () => {
    expect(defs.ServiceAccount.properties.automountServiceAccountToken.description).toMatch(/^AutomountServiceAccountToken indicates/);
    expect(defs.Container.properties.image.description).toMatch(/image name/i);
  });

  it('rejects additional properties on objects, but not on maps', () => {
    for (const name of ['Pod', 'PodSpec', 'Container', 'ObjectMeta', 'ServiceAccount', 'RoleBinding', 'Subject']) expect(defs[name].additionalProperties, name).toBe(false);
    expect(defs.ObjectMeta.properties.labels.additionalProperties).toEqual({ type: 'string' });
    // Quantity accepts numbers (`cpu: 1`), as on the wire
    expect(defs.ResourceRequirements.properties.limits.additionalProperties.type).toEqual(['string', 'number']);
  });

  it('every $ref resolves', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"#\/definitions\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(defs[ref.slice('"$ref":"#/definitions/'.length, -1)], ref).toBeDefined();
  });
});
