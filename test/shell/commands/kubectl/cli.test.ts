// The kubectl command line itself (cobra/pflag behaviour) and the verbs that
// only read discovery or the kubeconfig. Texts checked with kubectl 1.33
// against npm run apiserver (oracle.test.ts runs several of them live).
import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from './harness.ts';

let ws: Workstation;

beforeAll(async () => {
  ws = await workstation();
});

const err = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('kubectl: commands and flags', () => {
  it('an unknown command gets cobra\'s suggestions (kubectl 1.33 prints no "Run \'kubectl --help\'" line)', async () => {
    expect(await ws.k('gte')).toEqual(err('error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n'));
    expect(await ws.k('descibe')).toEqual(err('error: unknown command "descibe" for "kubectl"\n\nDid you mean this?\n\tdescribe\n'));
    expect(await ws.k('xyzzy')).toEqual(err('error: unknown command "xyzzy" for "kubectl"\n'));
  });

  it('unknown flags and missing values, with the command\'s help hint', async () => {
    expect(await ws.k('get sa --foo')).toEqual(err("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"));
    expect(await ws.k('--foo get')).toEqual(err("error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"));
    expect(await ws.k('get -x')).toEqual(err("error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"));
    expect(await ws.k('get -n')).toEqual(err("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"));
    expect(await ws.k('get --namespace')).toEqual(err("error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage.\n"));
    expect(await ws.k('get sa --show-labels=maybe')).toEqual(
      err('error: invalid argument "maybe" for "--show-labels" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n'),
    );
  });

  it('global flags go anywhere; bool flags take =false; -v is accepted', async () => {
    expect((await ws.k('get -n kube-system sa default -o name')).stdout).toBe('serviceaccount/default\n');
    expect((await ws.k('-n kube-system get sa default -o name -v=0')).stdout).toBe('serviceaccount/default\n');
    expect((await ws.k('get sa default --show-labels=false --no-headers')).stdout).toBe('default   0     0s\n');
  });

  it('a flag before a plugin name is refused', async () => {
    expect(await ws.k('-n x neat')).toEqual(err('Error: flags cannot be placed before plugin name: -n\n'));
  });

  it('help: kubectl alone, --help, help VERB', async () => {
    const root = await ws.k('');
    expect(root.stdout).toMatch(/^kubectl controls the Kubernetes cluster manager\.\n\n Find more information at: https:\/\/kubernetes\.io\/docs\/reference\/kubectl\/\n\nBasic Commands \(Beginner\):\n  create          Create a resource from a file or from stdin\n/);
    expect(root.exitCode).toBe(0);
    expect((await ws.k('help version')).stdout).toBe((await ws.k('version --help')).stdout);
    expect((await ws.k('version -h')).stdout).toMatch(/\nUsage:\n  kubectl version \[flags\] \[options\]\n\nUse "kubectl options" for a list of global command-line options \(applies to all commands\)\.\n$/);
  });
});

describe('kubectl: discovery verbs', () => {
  it('api-versions', async () => {
    expect((await ws.k('api-versions')).stdout).toBe(
      'apps/v1\nauthentication.k8s.io/v1\nauthorization.k8s.io/v1\ncoordination.k8s.io/v1\ndiscovery.k8s.io/v1\nrbac.authorization.k8s.io/v1\nv1\n',
    );
  });

  it('api-resources: filters and -o name', async () => {
    expect((await ws.k('api-resources --namespaced=false --api-group=rbac.authorization.k8s.io')).stdout).toBe(
      'NAME                  SHORTNAMES   APIVERSION                     NAMESPACED   KIND\nclusterrolebindings                rbac.authorization.k8s.io/v1   false        ClusterRoleBinding\nclusterroles                       rbac.authorization.k8s.io/v1   false        ClusterRole\n',
    );
    expect((await ws.k(['api-resources', '-o', 'name', '--verbs=list', '--api-group='])).stdout).toBe(
      'configmaps\nendpoints\nevents\nnamespaces\nnodes\npods\nsecrets\nserviceaccounts\nservices\n',
    );
    const all = (await ws.k('api-resources')).stdout.split('\n');
    expect(all[0]).toBe('NAME                        SHORTNAMES   APIVERSION                     NAMESPACED   KIND');
    expect(all).toContain('serviceaccounts             sa           v1                             true         ServiceAccount');
    // the core group first, then the groups in discovery order
    expect(all[1]).toMatch(/^configmaps /);
    expect(all[all.length - 2]).toMatch(/^roles /);
  });

  it('version: client, kustomize, server; a skewed server gets a warning', async () => {
    expect(await ws.k('version')).toEqual({ stdout: 'Client Version: v1.33.1\nKustomize Version: v5.6.0\nServer Version: v1.33.1\n', stderr: '', exitCode: 0 });
    expect((await ws.k('version --client')).stdout).toBe('Client Version: v1.33.1\nKustomize Version: v5.6.0\n');
    const old = await workstation({ version: '1.23' });
    expect(await old.k('version')).toEqual({
      stdout: 'Client Version: v1.33.1\nKustomize Version: v5.6.0\nServer Version: v1.23.17\n',
      stderr: 'WARNING: version difference between client (1.33) and server (1.23) exceeds the supported minor version skew of +/-1\n',
      exitCode: 0,
    });
  });

  it('cluster-info', async () => {
    expect((await ws.k('cluster-info')).stdout).toBe("Kubernetes control plane is running at https://192.168.49.2:6443\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
  });

  it('explain: a kind, a field path, errors', async () => {
    const sa = (await ws.k('explain sa')).stdout;
    expect(sa).toMatch(/^KIND:       ServiceAccount\nVERSION:    v1\n\nDESCRIPTION:\n    ServiceAccount binds together/);
    expect(sa).toContain('\n  automountServiceAccountToken\t<boolean>\n');
    expect((await ws.k('explain sa.secrets')).stdout).toMatch(/^KIND:       ServiceAccount\nVERSION:    v1\n\nFIELD: secrets <\[\]ObjectReference>\n\n\nDESCRIPTION:\n/);
    expect(await ws.k('explain sa.nope')).toEqual({ stdout: 'KIND:       ServiceAccount\nVERSION:    v1\n\n', stderr: 'error: field "nope" does not exist\n', exitCode: 1 });
    expect(await ws.k('explain foo')).toEqual(err('the server doesn\'t have a resource type "foo"\n'));
    expect(await ws.k('explain')).toEqual(err('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n'));
  });
});
