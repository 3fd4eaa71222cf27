// jq beyond the recorded table: the article's token decoding, colours on a
// terminal (jq 1.7's jv_print.c: 1;30 null, 0;39 scalars, 0;32 strings,
// 1;39 containers, 34;1 keys), exit statuses, arguments, number printing.
import { describe, expect, it } from 'vitest';
import { jq } from '../../../../src/shell/commands/coreutils/jq.ts';
import { formatNumber } from '../../../../src/shell/commands/coreutils/jq-json.ts';
import { parseJsonStream } from '../../../../src/shell/commands/coreutils/jq-parse-json.ts';
import { err, file, out, run, world } from '../fixtures.ts';

const b64url = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const JWT = `${b64url('{"alg":"RS256","kid":"k1"}')}.${b64url('{"iss":"https://kubernetes.default.svc.cluster.local","sub":"system:serviceaccount:somaz:default"}')}.sig`;

describe('jq on service account data', () => {
  it('decodes a token payload without its padding (@base64d is lenient, unlike base64 -d)', async () => {
    const r = await run(world(), jq, ['jq', '-R', 'split(".")[1] | @base64d | fromjson | .sub'], { stdin: `${JWT}\n` });
    expect(r).toEqual(out('"system:serviceaccount:somaz:default"\n'));
  });

  it('reads files and names them in errors', async () => {
    const w = world();
    file(w.vfs, '/sa.json', '{"metadata":{"name":"default"},"secrets":[]}\n');
    expect(await run(w, jq, ['jq', '-r', '.metadata.name', '/sa.json'])).toEqual(out('default\n'));
    expect(await run(w, jq, ['jq', '.metadata.name.x', '/sa.json'])).toEqual(err('jq: error (at /sa.json:1): Cannot index string with "x"\n', 5));
    expect(await run(w, jq, ['jq', '.', '/nope.json'])).toEqual(err('jq: error: Could not open file /nope.json: No such file or directory\n', 2));
  });
});

describe('jq output', () => {
  it('colours on a terminal, -M turns it off, -C forces it', async () => {
    const r = await run(world(), jq, ['jq', '.'], { stdin: '{"a":[1,null,"s"]}', tty: true });
    const E = '\x1b[';
    expect(r.stdout).toBe(
      `${E}1;39m{${E}0m\n  ${E}34;1m"a"${E}0m${E}1;39m:${E}0m ${E}1;39m[${E}0m\n    ${E}0;39m1${E}0m${E}1;39m,${E}0m\n    ${E}1;30mnull${E}0m${E}1;39m,${E}0m\n    ${E}0;32m"s"${E}0m\n  ${E}1;39m]${E}0m\n${E}1;39m}${E}0m\n`,
    );
    expect((await run(world(), jq, ['jq', '-M', '.'], { stdin: '[1]', tty: true })).stdout).toBe('[\n  1\n]\n');
    expect((await run(world(), jq, ['jq', '-C', '.'], { stdin: '1' })).stdout).toBe('\x1b[0;39m1\x1b[0m\n');
  });

  it('-e: status 1 when the last output is false or null, 4 when there is none', async () => {
    expect(await run(world(), jq, ['jq', '-e', '.a'], { stdin: '{"a":false}' })).toEqual({ stdout: 'false\n', stderr: '', exitCode: 1 });
    expect(await run(world(), jq, ['jq', '-e', 'empty'], { stdin: '1' })).toEqual({ stdout: '', stderr: '', exitCode: 4 });
    expect(await run(world(), jq, ['jq', '-e', '.a'], { stdin: '{"a":1}' })).toEqual(out('1\n'));
  });

  it('--arg, --argjson, --args, $ENV and env', async () => {
    const r = await run(world(), jq, ['jq', '-nc', '--arg', 'ns', 'somaz', '--argjson', 'n', '3', '[$ns, $n, $ENV.HOME, (env | .PATH), $ARGS.positional]', '--args', 'a', 'b']);
    expect(r).toEqual(out('["somaz",3,"/root","/usr/bin:/bin",["a","b"]]\n'));
  });

  it('an error in one input does not stop the next', async () => {
    expect(await run(world(), jq, ['jq', '.a'], { stdin: '"x"\n{"a":2}\n' })).toEqual({ stdout: '2\n', stderr: 'jq: error (at <stdin>:2): Cannot index string with "a"\n', exitCode: 5 });
  });

  it('without a filter reads `.` from a pipe, and prints its usage on a terminal with nothing piped', async () => {
    expect(await run(world(), jq, ['jq'], { stdin: '[1]' })).toEqual(out('[\n  1\n]\n'));
    const r = await run(world(), jq, ['jq'], { tty: true });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^Usage:\tjq \[OPTIONS\] FILTER \[FILES\.\.\.\]/);
  });

  it('a runaway program is stopped, not left to hang or overflow the stack', async () => {
    expect(await run(world(), jq, ['jq', '-n', '[repeat(1)] | length'])).toEqual(err('jq: error (at <unknown>): the playground stopped this program: functions nested more than 300 deep\n', 5));
    expect(await run(world(), jq, ['jq', '-n', '[range(1e9)] | length'])).toMatchObject({ exitCode: 5 });
    expect(await run(world(), jq, ['jq', '-n', 'def f: f; f'])).toMatchObject({ exitCode: 5 });
    expect(await run(world(), jq, ['jq', '-n', '[limit(200; repeat(1))] | length'])).toEqual(out('200\n'));
  });

  it('numbers print as jq prints doubles', () => {
    expect([0, -0, 1e15, 1e16, 0.0001, 0.00001, 1.5e-7, 123456789012345678, 1e400, 3.14159].map(formatNumber)).toEqual([
      '0', '-0', '1000000000000000', '1e+16', '0.0001', '1e-05', '1.5e-07', '123456789012345680', '1.7976931348623157e+308', '3.14159',
    ]);
  });

  it('the JSON reader keeps key order and reports positions as jq does', () => {
    const r = parseJsonStream('{"b":1,"0":2} [1');
    expect([...(r.values[0] as Map<string, unknown>).keys()]).toEqual(['b', '0']);
    expect(r.error).toBe('Unfinished JSON term at EOF at line 1, column 16');
  });
});
