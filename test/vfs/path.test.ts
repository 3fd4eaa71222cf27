// The lexical path helpers a shell uses for cd, dirname and basename.
import { describe, expect, it } from 'vitest';
import { basename, dirname, join, normalize, resolvePath } from '../../src/vfs/index.ts';

describe('paths', () => {
  it.each([
    ['/a/./b/../c/', '/a/c'],
    ['a//b', 'a/b'],
    ['../x', '../x'],
    ['/../x', '/x'],
    ['', '.'],
  ])('normalize(%j) = %j', (input, out) => expect(normalize(input)).toBe(out));

  it('joins, resolves against a directory, and splits like dirname(1) and basename(1)', () => {
    expect(join('/var/run', 'secrets', '../x')).toBe('/var/run/x');
    expect(join('/a', '/b')).toBe('/b');
    expect(resolvePath('/root', '../etc/hosts')).toBe('/etc/hosts');
    expect(resolvePath('/root', '/tmp/')).toBe('/tmp');
    expect([dirname('/a/b'), dirname('a'), dirname('/'), dirname('/a/b/')]).toEqual(['/a', '.', '/', '/a']);
    expect([basename('/a/b/'), basename('/'), basename('token')]).toEqual(['b', '/', 'token']);
  });
});
