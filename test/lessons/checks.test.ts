// Each check kind against a live lesson: it passes on the right state, and a
// plausible wrong answer fails it with a reason a learner can act on.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCheck, loadLesson, LessonRunner, type CheckSpec, type Lesson } from '../../src/lessons/index.ts';
import { fixtureKeys } from '../cluster/keys-fixture.ts';

const LESSON = `---
id: checks
title: Checks
summary: a test lesson
clusterVersion: '1.33'
setup:
  - kubectl create namespace somaz
  - kubectl run web --image=nginx -n somaz
  - sleep 5
files:
  notes/todo.txt: "bind a role\\n"
---

## Only step

\`\`\`sh
kubectl get pods -n somaz
\`\`\`

\`\`\`yaml check
checks:
  - kind: lastCommand
    matches: '^kubectl get pods'
    exitCode: 0
\`\`\`
`;

const SA = 'system:serviceaccount:somaz:default';
const TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';
const CURL = `kubectl exec -n somaz web -- sh -c 'curl -s https://kubernetes.default.svc/api/v1/namespaces/somaz/pods --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat ${TOKEN})"'`;

let lesson: Lesson;
let runner: LessonRunner;
const check = (c: CheckSpec) => evaluateCheck(runner.context, c);

beforeAll(async () => {
  const r = loadLesson(LESSON, 'test.md');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  lesson = r.lesson;
  runner = await LessonRunner.start(lesson, { cluster: { seed: 3, keys: fixtureKeys() } });
}, 60_000);

describe('checks', () => {
  it('setup ran out of sight and the files are on the workstation', async () => {
    expect(runner.history).toEqual([]);
    expect(await check({ kind: 'fileContains', path: 'notes/todo.txt', text: 'bind a role' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'objectExists', resource: 'po', name: 'web', namespace: 'somaz' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'objectAbsent', resource: 'sa', name: 'ci', namespace: 'somaz' })).toEqual({ passed: true, reason: 'serviceaccount `ci` in `somaz` is gone' });
  });

  it('fieldEquals and fieldMatches read JSONPath-ish fields', async () => {
    expect(await check({ kind: 'fieldEquals', resource: 'pods', name: 'web', namespace: 'somaz', path: '{.spec.serviceAccountName}', value: 'default' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'fieldEquals', resource: 'pods', name: 'web', namespace: 'somaz', path: '.spec.serviceAccountName', value: 'ci' })).toEqual({
      passed: false,
      reason: '.spec.serviceAccountName of pod `web` in `somaz` is "default", not "ci"',
    });
    expect(await check({ kind: 'fieldMatches', resource: 'cm', name: 'kube-root-ca.crt', namespace: 'somaz', path: ".data['ca.crt']", pattern: 'BEGIN CERTIFICATE' })).toMatchObject({ passed: true });
  });

  it('canI explains a missing permission, then passes once a Role is bound', async () => {
    const listPods: CheckSpec = { kind: 'canI', as: SA, verb: 'list', resource: 'pods', namespace: 'somaz', allowed: true };
    expect(await check(listPods)).toEqual({ passed: false, reason: '`default` in `somaz` still cannot list pods in `somaz`' });
    expect(await check({ kind: 'lastCurlStatus', status: 200 })).toEqual({ passed: false, reason: 'curl has not been run yet' });
    await runner.run(CURL);
    expect(await check({ kind: 'lastCurlStatus', status: 200 })).toEqual({ passed: false, reason: 'the last curl got 403, not 200' });
    await runner.run('kubectl create role pod-reader --verb=get,list,watch --resource=pods -n somaz');
    await runner.run('kubectl create rolebinding pod-reader --role=pod-reader --serviceaccount=somaz:default -n somaz');
    expect(await check(listPods)).toMatchObject({ passed: true });
    await runner.run(CURL);
    expect(await check({ kind: 'lastCurlStatus', status: 200 })).toEqual({ passed: true, reason: 'the last curl got 200' });
    expect(await check({ kind: 'leastPrivilege', as: SA, namespace: 'somaz', rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }] })).toMatchObject({ passed: true });
  });

  it('leastPrivilege rejects a ClusterRole that grants more than needed', async () => {
    await runner.run('kubectl create clusterrolebinding too-much --clusterrole=view --serviceaccount=somaz:default');
    const r = await check({ kind: 'leastPrivilege', as: SA, namespace: 'somaz', rules: [{ resources: ['pods'], verbs: ['get', 'list', 'watch'] }] });
    expect(r.passed).toBe(false);
    expect(r.reason).toMatch(/^`default` in `somaz` \(in `somaz`\) may also .*list configmaps.* — more than it needs$/);
    await runner.run('kubectl delete clusterrolebinding too-much');
    const missing = await check({ kind: 'leastPrivilege', as: SA, namespace: 'somaz', rules: [{ resources: ['pods', 'secrets'], verbs: ['get'] }] });
    expect(missing.reason).toMatch(/may also list pods, watch pods — more than it needs; and still cannot get secrets$/);
  });

  it('tokenClaim and fileContains read a pod file', async () => {
    const inPod = { pod: 'web', namespace: 'somaz', path: TOKEN };
    expect(await check({ kind: 'tokenClaim', ...inPod, claim: 'sub', equals: SA })).toMatchObject({ passed: true });
    expect(await check({ kind: 'tokenClaim', ...inPod, claim: 'aud', equals: 'https://kubernetes.default.svc.cluster.local' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'tokenClaim', ...inPod, claim: ".['kubernetes.io'].pod.name", equals: 'web' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'tokenClaim', ...inPod, claim: 'aud', equals: 'vault' })).toMatchObject({ passed: false, reason: expect.stringMatching(/^the token's aud is \[.*\], not "vault"$/) });
    expect(await check({ kind: 'fileContains', pod: 'web', namespace: 'somaz', path: '/var/run/secrets/kubernetes.io/serviceaccount/namespace', text: 'somaz' })).toMatchObject({ passed: true });
    expect(await check({ kind: 'fileContains', pod: 'gone', namespace: 'somaz', path: '/x', text: 'y' })).toEqual({ passed: false, reason: 'pod `gone` in `somaz` is not running' });
  });

  it('lastCommand and anyCommand read the terminal history, and progress is plain data', async () => {
    expect(runner.currentStep?.id).toBe('only-step');
    await runner.run('kubectl get pods -n nope-typo; false');
    const [before] = await runner.evaluate();
    expect(before!.checks[0]).toEqual({ passed: false, reason: '`kubectl get pods -n nope-typo; false` exited with 1, not 0' });
    await runner.run('kubectl get pods -n somaz');
    const [after] = await runner.evaluate();
    expect(after).toMatchObject({ passed: true, completed: true });
    expect(await check({ kind: 'anyCommand', matches: 'create rolebinding', exitCode: 0 })).toMatchObject({ passed: true });
    await runner.run('echo later');
    expect((await runner.evaluate())[0]).toMatchObject({ passed: false, completed: true });
    expect(runner.progress).toEqual({ lessonId: 'checks', completed: ['only-step'] });
    const again = await LessonRunner.start(lesson, { cluster: { keys: fixtureKeys() }, progress: runner.progress });
    expect(again.currentStep).toBeUndefined();
  });
});
