// The shared pflag-style parser: every form and every error text
// (checked with kubectl 1.33: `get sa -x`, `get sa -l`, `get sa --selector`,
// `get sa --all-namespaces=foo`, `get sa -A=false`).
import { describe, expect, it } from 'vitest';
import { boolFlag, parseFlags, stringFlag, type FlagDef } from '../../../../src/shell/commands/kubectl/flags/pflag.ts';
import { parseGoDuration, parseGoInt } from '../../../../src/shell/commands/kubectl/flags/go-values.ts';

const DEFS: FlagDef[] = [
  boolFlag('all-namespaces', 'all', { shorthand: 'A' }),
  boolFlag('watch', 'watch', { shorthand: 'w' }),
  stringFlag('selector', 'sel', { shorthand: 'l' }),
  stringFlag('namespace', 'ns', { shorthand: 'n' }),
  { name: 'chunk-size', type: 'int', default: 500, usage: '' },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: '' },
  { name: 'as-group', type: 'stringArray', usage: '' },
  { name: 'timeout', type: 'duration', default: '0s', usage: '' },
];

const ok = (argv: string[]) => {
  const r = parseFlags(argv, DEFS);
  if (r.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r;
};
const err = (argv: string[]) => {
  const r = parseFlags(argv, DEFS);
  return r.kind === 'error' ? r.message : r.kind;
};

describe('kubectl flag parsing (spf13/pflag)', () => {
  it('long, short, attached and = forms, interspersed with arguments', () => {
    const r = ok(['sa', '-n', 'somaz', '--selector=app=web', 'extra', '-lapp=x', '--chunk-size', '0x10']);
    expect(r.args).toEqual(['sa', 'extra']);
    expect(r.flags.string('namespace')).toBe('somaz');
    expect(r.flags.string('selector')).toBe('app=x');
    expect(r.flags.int('chunk-size')).toBe(16);
    expect(ok(['-n=kube-system']).flags.string('namespace')).toBe('kube-system');
  });

  it('bool flags take no separate value; =false and grouped shorthands work', () => {
    expect(ok(['-A', 'false']).args).toEqual(['false']);
    expect(ok(['--all-namespaces=false']).flags.bool('all-namespaces')).toBe(false);
    expect(ok(['-A=false']).flags.bool('all-namespaces')).toBe(false);
    const g = ok(['-Aw']);
    expect([g.flags.bool('all-namespaces'), g.flags.bool('watch')]).toEqual([true, true]);
    expect(ok(['-Anfoo']).flags.string('namespace')).toBe('foo');
  });

  it('underscores are dashes (WordSepNormalizeFunc) and defaults apply', () => {
    const r = ok(['--all_namespaces']);
    expect(r.flags.bool('all-namespaces')).toBe(true);
    expect(r.flags.int('chunk-size')).toBe(500);
    expect(r.flags.changed('chunk-size')).toBe(false);
  });

  it('slices split on commas and accumulate; arrays accumulate', () => {
    expect(ok(['-f', 'a.yaml,b.yaml', '-f', 'c.yaml']).flags.strings('filename')).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(ok(['--as-group', 'a,b', '--as-group=c']).flags.strings('as-group')).toEqual(['a,b', 'c']);
  });

  it('"--" ends the flags and is remembered (ArgsLenAtDash)', () => {
    const r = ok(['pod', '-n', 'x', '--', 'sh', '-c', 'ls']);
    expect(r.args).toEqual(['pod', 'sh', '-c', 'ls']);
    expect(r.argsLenAtDash).toBe(1);
    expect(ok(['-']).args).toEqual(['-']);
  });

  it("pflag's error texts", () => {
    expect(err(['--foo'])).toBe('unknown flag: --foo');
    expect(err(['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(err(['-Ax'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(err(['-l'])).toBe("flag needs an argument: 'l' in -l");
    expect(err(['--selector'])).toBe('flag needs an argument: --selector');
    expect(err(['--all-namespaces=foo'])).toBe('invalid argument "foo" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "foo": invalid syntax');
    expect(err(['--chunk-size=x'])).toBe('invalid argument "x" for "--chunk-size" flag: strconv.ParseInt: parsing "x": invalid syntax');
    expect(err(['--timeout=5'])).toBe('invalid argument "5" for "--timeout" flag: time: invalid duration "5"');
    expect(err(['---x'])).toBe('bad flag syntax: ---x');
    expect(err(['--help'])).toBe('help');
    expect(err(['-h'])).toBe('help');
  });

  it("Go's integer and duration syntaxes", () => {
    expect([parseGoInt('0755'), parseGoInt('0o17'), parseGoInt('-0x1F'), parseGoInt('1_000'), parseGoInt('08'), parseGoInt('')]).toEqual([493, 15, -31, 1000, undefined, undefined]);
    expect([parseGoDuration('1h30m'), parseGoDuration('1.5s'), parseGoDuration('0'), parseGoDuration('5'), parseGoDuration('-2ms')]).toEqual([5_400_000, 1500, 0, undefined, -2]);
  });
});
