// AtomicWriter on its own: the layout, no-op writes, updates that remove
// keys, nested paths, and the paths it refuses.
import { describe, expect, it } from 'vitest';
import { AtomicWriter, validatePath, type Payload } from '../../../src/cluster/kubelet/volumes/atomic-writer.ts';
import { seededRandom } from '../../../src/cluster/machinery/random.ts';
import { Vfs } from '../../../src/vfs/index.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const payload = (files: Record<string, string>, mode = 0o644): Payload => new Map(Object.entries(files).map(([k, v]) => [k, { data: bytes(v), mode }]));

function setup() {
  let now = Date.UTC(2025, 0, 1, 12, 30, 5);
  const fs = new Vfs({ now: () => now, type: 'tmpfs', rootMode: 0o1777 });
  const w = new AtomicWriter(fs, '/', seededRandom(7), () => now);
  return { fs, w, tick: (ms: number) => (now += ms) };
}

describe('AtomicWriter', () => {
  it('writes the data into ..<timestamp>.<digits>, links ..data to it and the names through ..data', () => {
    const { fs, w } = setup();
    expect(w.write(payload({ token: 'a', namespace: 'default' }))).toBe('written');
    const ts = fs.readlink('/..data') as string;
    expect(ts).toMatch(/^\.\.2025_01_01_12_30_05\.\d{1,10}$/);
    expect(fs.readlink('/token')).toBe('..data/token');
    expect(fs.readText('/namespace')).toBe('default');
    expect(fs.stat(`/${ts}`)).toMatchObject({ mode: 0o755 });
    expect(fs.readdir('/')).not.toContain('..data_tmp');
  });

  it('does nothing when the files already hold the payload', () => {
    const { fs, w, tick } = setup();
    w.write(payload({ token: 'a' }));
    const ts = fs.readlink('/..data');
    tick(60_000);
    expect(w.write(payload({ token: 'a' }))).toBe('unchanged');
    expect(fs.readlink('/..data')).toBe(ts);
  });

  it('an update swaps ..data, removes the old directory and the links of keys that are gone', () => {
    const { fs, w, tick } = setup();
    w.write(payload({ a: '1', b: '2', 'dir/c': '3' }));
    const old = fs.readlink('/..data') as string;
    tick(1000);
    expect(w.write(payload({ a: '10' }))).toBe('written');
    expect(fs.readlink('/..data')).not.toBe(old);
    expect((fs.readdir('/') as string[]).sort()).toEqual([fs.readlink('/..data'), '..data', 'a'].sort());
    expect(fs.readText('/a')).toBe('10');
  });

  it('refuses absolute paths, ".." elements and names starting with ".."', () => {
    expect(validatePath('/etc/x')).toBe('invalid path: must be relative path: /etc/x');
    expect(validatePath('a/../b')).toBe("invalid path: must not contain '..': a/../b");
    expect(validatePath('..data')).toBe("invalid path: must not start with '..': ..data");
    expect(validatePath('')).toBe('invalid path: must not be empty: ""');
    expect(validatePath('dir/ok')).toBeUndefined();
  });
});
