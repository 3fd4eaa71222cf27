// kubectl label / annotate. Expected texts were taken from kubectl (1.32 client)
// run against `npm run apiserver`. --list prints in the order the server
// stores the keys (sorted); real kubectl walks a Go map, so its order varies.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const err = (stderr: string, stdout = '') => ({ stdout, stderr, exitCode: 1 });

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { run: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
  await create(ws, '/api/v1/namespaces/default/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
});

describe('kubectl label', () => {
  it('adds, keeps, refuses to overwrite, overwrites and removes', async () => {
    expect(await ws.k('label pod web app=x')).toEqual(ok('pod/web labeled\n'));
    expect(await ws.k('label pod web app=x')).toEqual(ok('pod/web not labeled\n'));
    expect(await ws.k('label pod web app=y')).toEqual(err("error: 'app' already has a value (x), and --overwrite is false\n"));
    expect(await ws.k('label pod web app=y --overwrite')).toEqual(ok('pod/web labeled\n'));
    expect((await ws.k(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.labels.app}'])).stdout).toBe('y');
    expect(await ws.k('label pod web app-')).toEqual(ok('pod/web unlabeled\n'));
    expect(await ws.k('label pod web app-')).toEqual(ok('label "app" not found.\npod/web not labeled\n'));
    expect((await ws.k(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.labels}'])).stdout).toBe('{"run":"web"}');
  });

  it('TYPE/NAME, several pairs, --list, --all, -l, -o name, dry runs', async () => {
    expect(await ws.k('label pod/web a=1 b=2')).toEqual(ok('pod/web labeled\n'));
    expect(await ws.k('label pod web --list')).toEqual(ok('a=1\nb=2\nrun=web\n'));
    expect(await ws.k('label pods --all tier=fe')).toEqual(ok('pod/web labeled\n'));
    expect(await ws.k('label pods -l a=1 z=1')).toEqual(ok('pod/web labeled\n'));
    expect(await ws.k('label sa robot q=1 -o name')).toEqual(ok('serviceaccount/robot\n'));
    expect(await ws.k('label pod web z- --dry-run=client')).toEqual(ok('pod/web unlabeled (dry run)\n'));
    expect((await ws.k(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.labels.z}'])).stdout).toBe('1');
  });

  it('errors', async () => {
    expect(await ws.k('label pod web')).toEqual(err('error: at least one label update is required\n'));
    expect(await ws.k('label pod web x')).toEqual(err('error: at least one label update is required\n'));
    expect(await ws.k('label pod nope x=1')).toEqual(err('Error from server (NotFound): pods "nope" not found\n'));
    expect(await ws.k('label pod web a=1 a-')).toEqual(err('error: can not both modify and remove a label in the same command\n'));
    expect(await ws.k('label pod web a=1 pod')).toEqual(err('error: all resources must be specified before label changes: pod\n'));
    expect(await ws.k('label pod web x=a=b')).toEqual(err('error: invalid label spec: x=a=b\n'));
    expect(await ws.k('label pod web x=-bad')).toEqual(
      err(
        `error: invalid label value: "x=-bad": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n`,
      ),
    );
    expect(await ws.k('label pod web --list a=2')).toEqual(err("error: 'a' already has a value (1), and --overwrite is false\n"));
    expect(await ws.k('label nopes web a=1')).toEqual(err(`error: the server doesn't have a resource type "nopes"\n`));
    expect(await ws.k('label pods,sa web a=2')).toEqual(err(`'a' already has a value (1), and --overwrite is false\nError from server (NotFound): serviceaccounts "web" not found\n`));
    expect(await ws.k('label pod web x=1 --resource-version=1')).toEqual(
      err('Error from server (Conflict): Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again\n'),
    );
    expect(await ws.k('label pod web bad_key!=1')).toEqual(
      err(
        `The Pod "web" is invalid: metadata.labels: Invalid value: "bad_key!": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\n`,
      ),
    );
  });
});

describe('kubectl annotate', () => {
  it('adds, overwrites, removes; always "annotated"', async () => {
    expect(await ws.k('annotate pod web a=x')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web a=x')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web a=y')).toEqual(err("error: --overwrite is false but found the following declared annotation(s): 'a' already has a value (x)\n"));
    expect(await ws.k('annotate pod web a=y --overwrite')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web a-')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web a-')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web --list')).toEqual(ok(''));
    expect(await ws.k('annotate pod web x=1 y=2 k=a=b')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web --list')).toEqual(ok('k=a=b\nx=1\ny=2\n'));
    expect(await ws.k('annotate pods --all b=1')).toEqual(ok('pod/web annotated\n'));
    expect(await ws.k('annotate pod web b=2 --overwrite --dry-run=client')).toEqual(ok('pod/web annotated (dry run)\n'));
    expect((await ws.k(['get', 'pod', 'web', '-o', 'jsonpath={.metadata.annotations.b}'])).stdout).toBe('1');
  });

  it('errors', async () => {
    expect(await ws.k('annotate pod web x=3 y=4')).toEqual(err("error: --overwrite is false but found the following declared annotation(s): 'x' already has a value (1); 'y' already has a value (2)\n"));
    expect(await ws.k('annotate pod web')).toEqual(err('error: at least one annotation update is required\n'));
    expect(await ws.k('annotate pod web b=1 b-')).toEqual(err('error: can not both modify and remove the following annotation(s) in the same command: b\n'));
    expect(await ws.k('annotate pod web a=1 pod')).toEqual(err('error: all resources must be specified before annotation changes: pod\n'));
    expect(await ws.k('annotate pod nope x=1')).toEqual(err('Error from server (NotFound): pods "nope" not found\n'));
  });
});
