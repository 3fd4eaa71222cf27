// ls against GNU coreutils 9.1 (`LC_ALL=C TZ=UTC ls …` on Debian 12) over the
// same trees built on disk with `ln -s` and `touch -h -d`.
import { describe, expect, it } from 'vitest';
import { ls } from '../../../../src/shell/commands/coreutils/ls.ts';
import { columns, humanSize, lsDate } from '../../../../src/shell/commands/coreutils/ls-format.ts';
import { Vfs } from '../../../../src/vfs/index.ts';
import { ARTICLE_NOW, err, file, out, run, world, type World } from '../fixtures.ts';

const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
const TEN = Date.UTC(2024, 3, 12, 10, 0, 0);
const DATA = '..2024_04_12_10_00_00.123';

/** The projected service account volume as the kubelet's AtomicWriter leaves it (tmpfs). */
function podWorld(): World {
  const w = world({ type: 'overlay' });
  w.vfs.mkdirAll(SA);
  const vol = new Vfs({ now: w.clock.now, type: 'tmpfs', rootMode: 0o1777, dev: 7 });
  vol.mkdir(`/${DATA}`, 0o755);
  for (const [name, body] of [['ca.crt', 'CERT'], ['namespace', 'somaz'], ['token', 'eyJ']] as const) {
    vol.writeFile(`/${DATA}/${name}`, body, { mode: 0o644 });
    vol.utimes(`/${DATA}/${name}`, TEN);
    vol.symlink(`..data/${name}`, `/${name}`);
    vol.utimes(`/${name}`, TEN, false);
  }
  vol.symlink(DATA, '/..data');
  vol.utimes('/..data', TEN, false);
  vol.utimes(`/${DATA}`, TEN);
  vol.utimes('/', TEN);
  w.vfs.mount(SA, vol, { readOnly: true });
  file(w.vfs, '/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  file(w.vfs, '/etc/group', 'root:x:0:\n');
  return w;
}

describe('ls -l in the service account volume (FIDELITY §3.4, the article)', () => {
  it('prints total 0 and the three links with their target lengths as sizes', async () => {
    const w = podWorld();
    expect(await run(w, ls, `ls -l ${SA}/`)).toEqual(
      out(
        'total 0\n' +
          'lrwxrwxrwx 1 root root 13 Apr 12 10:00 ca.crt -> ..data/ca.crt\n' +
          'lrwxrwxrwx 1 root root 16 Apr 12 10:00 namespace -> ..data/namespace\n' +
          'lrwxrwxrwx 1 root root 12 Apr 12 10:00 token -> ..data/token\n',
      ),
    );
  });
});
