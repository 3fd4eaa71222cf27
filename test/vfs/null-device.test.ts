import { describe, expect, it } from 'vitest';
import { Vfs } from '../../src/vfs/index.ts';

describe('/dev/null', () => {
  it('reads empty and swallows writes, for everyone', () => {
    const fs = new Vfs({ now: () => 0 });
    fs.mkdirAll('/dev');
    expect(fs.mknodNull('/dev/null')).toBeUndefined();
    const user = fs.view({ uid: 1000, gid: 1000 });
    expect(user.writeFile('/dev/null', 'gone')).toBeUndefined();
    expect(user.appendFile('/dev/null', 'gone too')).toBeUndefined();
    expect(user.readText('/dev/null')).toBe('');
    const st = fs.stat('/dev/null');
    expect(!('code' in st) && st.mode).toBe(0o666);
  });
});
