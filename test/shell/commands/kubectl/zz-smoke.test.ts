import { it } from 'vitest';
import { workstation, create } from '/work/main/test/shell/commands/kubectl/harness.ts';
it('smoke', async () => {
  const ws = await workstation();
  await create(ws, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'somaz' } });
  await create(ws, '/api/v1/namespaces/somaz/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot', labels: { team: 'blue' } } });
  await create(ws, '/api/v1/namespaces/somaz/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robo2' } });
  await create(ws, '/api/v1/namespaces/somaz/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'robot-token', annotations: { 'kubernetes.io/service-account.name': 'robot' } }, type: 'kubernetes.io/service-account-token' });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/somaz/roles', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }, { apiGroups: [''], resources: ['configmaps'], resourceNames: ['settings'], verbs: ['get'] }] });
  await create(ws, '/apis/rbac.authorization.k8s.io/v1/namespaces/somaz/rolebindings', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'read-pods' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'somaz' }, { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' }] });
  await create(ws, '/api/v1/namespaces/somaz/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { serviceAccountName: 'robot', containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
  await ws.cluster.advance(303_000);
  for (const line of (process.env.LINES ?? '').split(';')) {
    const r = await ws.k(line);
    process.stdout.write(`$ kubectl ${line}\n${r.stdout}${r.stderr ? '[stderr]\n' + r.stderr : ''}[exit ${r.exitCode}]\n`);
  }
});
