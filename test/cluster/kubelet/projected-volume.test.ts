// The service account volume every pod gets (kube-api-access-xxxxx), as
// `ls -la /var/run/secrets/kubernetes.io/serviceaccount` shows it in a pod:
// the AtomicWriter's timestamped directory, ..data and the three links.
import { describe, expect, it } from 'vitest';
import { isFsError, modeString, type Stat } from '../../../src/vfs/index.ts';
import { send } from '../helpers.ts';
import { createPod, kubeCluster, nginx, SA_DIR } from './fixtures.ts';

const ls = (st: Stat) => `${modeString(st.type, st.mode)} ${st.nlink} ${st.size}`;

async function running(name = 'web', spec = {}) {
  const c = kubeCluster();
  await createPod(c, nginx(name, spec));
  await c.advance(3000);
  const rt = c.kubelet.containerRuntime('default', name)!;
  expect(rt).toBeDefined();
  return { c, rt };
}

describe('the projected service account volume', () => {
  it('holds ..data, one timestamped directory and three links whose sizes are their targets', async () => {
    const { rt } = await running();
    const names = rt.fs.readdir(SA_DIR) as string[];
    const ts = names.find((n) => n.startsWith('..2'))!;
    expect(ts).toMatch(/^\.\.2025_01_01_00_00_00\.\d{1,10}$/);
    expect([...names].sort()).toEqual([ts, '..data', 'ca.crt', 'namespace', 'token'].sort());
    const l = (n: string) => rt.fs.lstat(`${SA_DIR}/${n}`) as Stat;
    expect([l('ca.crt').size, l('namespace').size, l('token').size]).toEqual([13, 16, 12]);
    expect([l('ca.crt').target, l('namespace').target, l('token').target]).toEqual(['..data/ca.crt', '..data/namespace', '..data/token']);
    expect(ls(l('token'))).toBe('lrwxrwxrwx 1 12');
    expect(l('..data').target).toBe(ts);
    expect(ls(l(ts))).toBe('drwxr-xr-x 2 100');
    expect(ls(l('.'))).toBe('drwxrwxrwt 3 140');
    expect(ls(rt.fs.stat(`${SA_DIR}/token`) as Stat).slice(0, 10)).toBe('-rw-r--r--');
    // `ls -l` (no dot entries) has nothing but links: its total is 0.
    expect(['ca.crt', 'namespace', 'token'].map((n) => l(n).blocks)).toEqual([0, 0, 0]);
    expect([l('token').uid, l('token').gid, rt.fs.userName(0)]).toEqual([0, 0, 'root']);
  });

  it('namespace has no newline, ca.crt is the kube-root-ca.crt ConfigMap, token is the pod-bound JWT', async () => {
    const { c, rt } = await running();
    expect(rt.fs.readText(`${SA_DIR}/namespace`)).toBe('default');
    const cm = (await send(c, 'GET', '/api/v1/namespaces/default/configmaps/kube-root-ca.crt')).json;
    expect(rt.fs.readText(`${SA_DIR}/ca.crt`)).toBe(cm.data['ca.crt']);
    const token = rt.fs.readText(`${SA_DIR}/token`) as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(claims.sub).toBe('system:serviceaccount:default:default');
    expect(claims['kubernetes.io'].pod.name).toBe('web');
    expect(claims.exp - claims.iat).toBe(31536000);
  });

  it('is mounted read-only: writes fail with EROFS, even for root', async () => {
    const { rt } = await running();
    const root = rt.fs.view(rt.user, { cwd: rt.cwd });
    expect((root.writeFile(`${SA_DIR}/token`, 'x') as { code: string }).code).toBe('EROFS');
    expect((root.unlink(`${SA_DIR}/namespace`) as { code: string }).code).toBe('EROFS');
    expect(root.realpath(`${SA_DIR}/token`)).toMatch(/^\/run\/secrets\/kubernetes\.io\/serviceaccount\/\.\.2025_01_01_00_00_00\.\d+\/token$/);
  });

  it('with fsGroup the token is -rw-r----- root:<fsGroup> and directories are setgid', async () => {
    const { rt } = await running('web', { securityContext: { fsGroup: 2000 } });
    const token = rt.fs.stat(`${SA_DIR}/token`) as Stat;
    expect([modeString(token.type, token.mode), token.uid, token.gid]).toEqual(['-rw-r-----', 0, 2000]);
    const ns = rt.fs.stat(`${SA_DIR}/namespace`) as Stat;
    expect([modeString(ns.type, ns.mode), ns.gid]).toEqual(['-rw-r--r--', 2000]);
    expect(modeString('dir', (rt.fs.stat(SA_DIR) as Stat).mode)).toBe('drwxrwsrwt');
    expect(rt.user).toEqual({ uid: 0, gid: 0, groups: [2000] });
  });

  it('when every container runs as one user, the token is theirs and 0600', async () => {
    const { rt } = await running('web', { securityContext: { runAsUser: 1000 } });
    const token = rt.fs.stat(`${SA_DIR}/token`) as Stat;
    expect([modeString(token.type, token.mode), token.uid]).toEqual(['-rw-------', 1000]);
    const me = rt.fs.view(rt.user);
    expect(me.readText(`${SA_DIR}/token`)).toMatch(/^eyJ/);
    expect(isFsError(rt.fs.view({ uid: 1001, gid: 0 }).readText(`${SA_DIR}/token`))).toBe(true);
  });
});
