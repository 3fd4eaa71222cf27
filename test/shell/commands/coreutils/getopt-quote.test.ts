// The shared flag parser (glibc getopt_long's behaviour and messages) and
// coreutils' quoting of names in messages, compared with `ls`, `cat`, `head`
// and `base64` from coreutils 9.1 under LC_ALL=C and LANG=C.UTF-8.
import { describe, expect, it } from 'vitest';
import { getopt, isParsed } from '../../../../src/shell/commands/coreutils/getopt.ts';
import { localeQuote, quote, quotef, quoteForTerminal } from '../../../../src/shell/commands/coreutils/quote.ts';
import { coreutils } from '../../../../src/shell/commands/coreutils/index.ts';
import { err, run, world } from '../fixtures.ts';

const SPEC = { cmd: 'head', short: 'n:c:qv', long: { lines: 'n:', bytes: 'c:', quiet: 'q', silent: 'q', verbose: 'v' } };

describe('getopt', () => {
  it('bundles flags, takes attached or separate values, permutes operands, stops at --', () => {
    const p = getopt(SPEC, ['f1', '-qn5', '-c', '3', '--lines=7', 'f2', '--bytes', '9', '--', '-v']);
    expect(isParsed(p) && p).toEqual({
      opts: [{ key: 'q' }, { key: 'n', value: '5' }, { key: 'c', value: '3' }, { key: 'n', value: '7' }, { key: 'c', value: '9' }],
      operands: ['f1', 'f2', '-v'],
    });
  });

  it('accepts unique prefixes of long options and maps synonyms to one key', () => {
    const p = getopt(SPEC, ['--verb', '--sil']);
    expect(isParsed(p) && p.opts).toEqual([{ key: 'v' }, { key: 'q' }]);
  });

  it('stops at the first operand when asked (env, xargs, awk)', () => {
    const p = getopt({ ...SPEC, inOrder: true }, ['-q', 'cmd', '-n', '1']);
    expect(isParsed(p) && p.operands).toEqual(['cmd', '-n', '1']);
  });

  it.each([
    [['-x'], "head: invalid option -- 'x'\n"],
    [['-n'], "head: option requires an argument -- 'n'\n"],
    [['--lines'], "head: option '--lines' requires an argument\n"],
    [['--nope'], "head: unrecognized option '--nope'\n"],
    [['--quiet=1'], "head: option '--quiet' doesn't allow an argument\n"],
  ])('%j → glibc message and the usage hint', (args, message) => {
    expect(getopt(SPEC, args)).toEqual(err(`${message}Try 'head --help' for more information.\n`));
  });

  it('--help prints the first lines of the GNU help', async () => {
    const r = await run(world(), coreutils().get('cat')!, ['cat', '--help']);
    expect(r.stdout).toMatch(/^Usage: cat \[OPTION\]\.\.\. \[FILE\]\.\.\.\nConcatenate FILE\(s\) to standard output\.\n/);
  });
});

describe('quoting names in messages (gnulib quotearg, C locale)', () => {
  it.each([
    ['nope', "'nope'", 'nope'],
    ['a b', "'a b'", "'a b'"],
    ["it's", '"it\'s"', '"it\'s"'],
    ['a\'b"c', "'a'\\''b\"c'", "'a'\\''b\"c'"],
    ['a:b', "'a:b'", "'a:b'"],
    ['~a', "'~a'", "'~a'"],
    ['a~', "'a~'", 'a~'],
    ['#a', "'#a'", "'#a'"],
    ['a=b', "'a=b'", "'a=b'"],
    ['', "''", "''"],
    ['a\nb', "'a'$'\\n''b'", "'a'$'\\n''b'"],
    ['a\t', "'a'$'\\t'", "'a'$'\\t'"],
    ['é', "''$'\\303\\251'", "''$'\\303\\251'"],
  ])('%j → quote %s, quotef %s', (name, q, qf) => {
    expect([quote(name), quotef(name)]).toEqual([q, qf]);
  });

  it('in a UTF-8 locale non-ASCII names are printable and quote() uses ‘…’', () => {
    expect([quote('é', true), quotef('é', true), quoteForTerminal('안녕', true)]).toEqual(["'é'", 'é', '안녕']);
    expect([localeQuote('x', { LANG: 'C.UTF-8' }), localeQuote('x', { LANG: 'C.UTF-8', LC_ALL: 'C' }), localeQuote('x', {})]).toEqual(['‘x’', "'x'", "'x'"]);
  });

  it('commands pick the style GNU uses for each message', async () => {
    const cmds = coreutils();
    const utf8 = { env: { LANG: 'C.UTF-8' } };
    expect((await run(world(), cmds.get('cat')!, ['cat', 'é'], utf8)).stderr).toBe('cat: é: No such file or directory\n');
    expect((await run(world(), cmds.get('head')!, ['head', '-n', 'x'], utf8)).stderr).toBe('head: invalid number of lines: ‘x’\n');
    expect((await run(world(), cmds.get('head')!, ['head', 'nope'], utf8)).stderr).toBe("head: cannot open 'nope' for reading: No such file or directory\n");
    expect((await run(world(), cmds.get('base64')!, ['base64', '-w', 'x'], utf8)).stderr).toBe('base64: invalid wrap size: ‘x’\n');
    expect((await run(world(), cmds.get('wc')!, ['wc', '-m'], { ...utf8, stdin: 'é\n' })).stdout).toBe('2\n');
    expect((await run(world(), cmds.get('wc')!, ['wc', '-m'], { stdin: 'é\n' })).stdout).toBe('3\n');
  });
});
