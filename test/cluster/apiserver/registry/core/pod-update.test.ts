// ValidatePodUpdate: what may change on a running pod.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../../src/cluster/api/object.ts';
import { pods } from '../../../../../src/cluster/apiserver/registry/core/pods.ts';
import { container, create, pod, update } from './fixtures.ts';

const stored = (): KubeObject => {
  const { object, errors } = create(pods, pod('web', { containers: [container('web', 'nginx:1.26')], activeDeadlineSeconds: 600 }));
  expect(errors).toEqual([]);
  object.metadata.resourceVersion = '5';
  return object;
};

/** The stored pod with a change applied (what kubectl apply/edit sends). */
const changed = (old: KubeObject, change: (spec: Record<string, any>) => void): Record<string, unknown> => { // eslint-disable-line @typescript-eslint/no-explicit-any -- editing nested JSON
  const next = structuredClone(old) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- editing nested JSON
  change(next.spec);
  return next;
};

const UPDATABLE =
  'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n';

describe('pod updates', () => {
  it('an unchanged pod passes', () => {
    const old = stored();
    expect(update(pods, old, structuredClone(old)).errors).toEqual([]);
  });

  it('the image may change', () => {
    const old = stored();
    expect(update(pods, old, changed(old, (s) => (s.containers[0].image = 'nginx:1.27'))).errors).toEqual([]);
  });

  it('tolerations may be added, not removed', () => {
    const old = stored();
    expect(update(pods, old, changed(old, (s) => s.tolerations.push({ key: 'k', operator: 'Exists' }))).errors).toEqual([]);
    expect(update(pods, old, changed(old, (s) => s.tolerations.pop())).errors).toEqual(['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']);
  });

  it('activeDeadlineSeconds may only go down', () => {
    const old = stored();
    expect(update(pods, old, changed(old, (s) => (s.activeDeadlineSeconds = 300))).errors).toEqual([]);
    expect(update(pods, old, changed(old, (s) => (s.activeDeadlineSeconds = 900))).errors).toEqual(['spec.activeDeadlineSeconds: Invalid value: 900: must be less than or equal to previous value']);
    expect(update(pods, old, changed(old, (s) => delete s.activeDeadlineSeconds)).errors).toEqual(['spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value']);
  });

  it('containers may not be added', () => {
    const old = stored();
    expect(update(pods, old, changed(old, (s) => s.containers.push(container('side', 'busybox')))).errors).toEqual(['spec.containers: Forbidden: pod updates may not add or remove containers']);
  });

  it('anything else is Forbidden at spec, followed by a diff', () => {
    const old = stored();
    const errs = update(pods, old, changed(old, (s) => (s.serviceAccountName = 'other'))).errors;
    expect(errs).toHaveLength(1);
    expect(errs[0]!.startsWith(UPDATABLE)).toBe(true);
    expect(errs[0]).toContain('- \tServiceAccountName: "",\n+ \tServiceAccountName: "other",');
  });

  it('a port change is refused the same way', () => {
    const old = stored();
    const errs = update(pods, old, changed(old, (s) => (s.containers[0].ports = [{ containerPort: 8080 }]))).errors;
    expect(errs[0]!.startsWith(UPDATABLE + '  core.PodSpec{\n  \t... // 2 identical fields\n- \tContainers: ')).toBe(true);
  });

  it('defaults are applied to the update before comparing (a replace without them still passes)', () => {
    const old = stored();
    const next = changed(old, (s) => {
      delete s.restartPolicy;
      delete s.containers[0].terminationMessagePolicy;
    });
    expect(update(pods, old, next).errors).toEqual([]);
  });
});
