// ls against GNU coreutils 9.1 (`LC_ALL=C TZ=UTC ls …` on Debian 12) over the
// same trees built on disk with `ln -s`, `touch -h -d` and `chmod`; terminal
// layouts captured with `script -qc ls` and COLUMNS set.
import { describe, expect, it } from 'vitest';
import { ls } from '../../../../src/shell/commands/coreutils/ls.ts';
import { columns, humanSize, lsDate } from '../../../../src/shell/commands/coreutils/ls-format.ts';
import { Vfs } from '../../../../src/vfs/index.ts';
import { err, file, out, run, world, type World } from '../fixtures.ts';

const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
const TEN = Date.UTC(2024, 3, 12, 10, 0, 0);
const DATA = '..2024_04_12_10_00_00.123';
const PASSWD = 'root:x:0:0:root:/root:/bin/bash\n';

/** The projected service account volume as the kubelet's AtomicWriter leaves it, on tmpfs. */
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
  w.vfs.utimes('/var/run/secrets/kubernetes.io', TEN);
  file(w.vfs, '/etc/passwd', PASSWD);
  file(w.vfs, '/etc/group', 'root:x:0:\n');
  return w;
}

describe('ls in the service account volume (FIDELITY §3.4, the article)', () => {
  it('ls -l prints total 0 and the three links, their target lengths as sizes', async () => {
    expect(await run(podWorld(), ls, `ls -l ${SA}/`)).toEqual(
      out(
        'total 0\n' +
          'lrwxrwxrwx 1 root root 13 Apr 12 10:00 ca.crt -> ..data/ca.crt\n' +
          'lrwxrwxrwx 1 root root 16 Apr 12 10:00 namespace -> ..data/namespace\n' +
          'lrwxrwxrwx 1 root root 12 Apr 12 10:00 token -> ..data/token\n',
      ),
    );
  });

  it('ls -la adds the sticky tmpfs root, its parent, the timestamped dir and ..data', async () => {
    expect((await run(podWorld(), ls, ['ls', '-la', SA])).stdout).toBe(
      'total 4\n' +
        'drwxrwxrwt 3 root root  140 Apr 12 10:00 .\n' +
        'drwxr-xr-x 1 root root 4096 Apr 12 10:00 ..\n' +
        `drwxr-xr-x 2 root root  100 Apr 12 10:00 ${DATA}\n` +
        `lrwxrwxrwx 1 root root   25 Apr 12 10:00 ..data -> ${DATA}\n` +
        'lrwxrwxrwx 1 root root   13 Apr 12 10:00 ca.crt -> ..data/ca.crt\n' +
        'lrwxrwxrwx 1 root root   16 Apr 12 10:00 namespace -> ..data/namespace\n' +
        'lrwxrwxrwx 1 root root   12 Apr 12 10:00 token -> ..data/token\n',
    );
  });

  it('without /etc/passwd the owner is the number, as ls prints an unknown uid', async () => {
    const w = podWorld();
    w.vfs.unlink('/etc/passwd');
    expect((await run(w, ls, ['ls', '-l', `${SA}/token`])).stdout).toBe('lrwxrwxrwx 1 0 root 12 Apr 12 10:00 /var/run/secrets/kubernetes.io/serviceaccount/token -> ..data/token\n');
  });
});

/** /tmp/lsx/sa on ext4, every entry dated 2024-04-12 10:00; the clock in November 2026. */
function diskWorld(): World {
  const w = world({ now: Date.UTC(2026, 10, 29, 4, 49, 7) });
  file(w.vfs, '/etc/passwd', PASSWD);
  file(w.vfs, '/etc/group', 'root:x:0:\n');
  const d = `/tmp/lsx/sa/${DATA}`;
  w.vfs.mkdirAll(d);
  for (const [name, body] of [['ca.crt', 'CERT'], ['namespace', 'somaz'], ['token', 'eyJ']]) {
    file(w.vfs, `${d}/${name}`, body!, TEN);
    w.vfs.symlink(`..data/${name}`, `/tmp/lsx/sa/${name}`);
    w.vfs.utimes(`/tmp/lsx/sa/${name}`, TEN, false);
  }
  w.vfs.symlink(DATA, '/tmp/lsx/sa/..data');
  w.vfs.utimes('/tmp/lsx/sa/..data', TEN, false);
  for (const p of [d, '/tmp/lsx/sa', '/tmp/lsx']) w.vfs.utimes(p, TEN);
  return w;
}

const lsIn = (w: World, argv: string) => run(w, ls, argv, { cwd: '/tmp/lsx/sa' });

describe('ls -l on disk, dates older than six months', () => {
  it.each([
    ['ls -l', 'total 0\nlrwxrwxrwx 1 root root 13 Apr 12  2024 ca.crt -> ..data/ca.crt\nlrwxrwxrwx 1 root root 16 Apr 12  2024 namespace -> ..data/namespace\nlrwxrwxrwx 1 root root 12 Apr 12  2024 token -> ..data/token\n'],
    ['ls -lA', `total 4\ndrwxr-xr-x 2 root root 4096 Apr 12  2024 ${DATA}\nlrwxrwxrwx 1 root root   25 Apr 12  2024 ..data -> ${DATA}\nlrwxrwxrwx 1 root root   13 Apr 12  2024 ca.crt -> ..data/ca.crt\nlrwxrwxrwx 1 root root   16 Apr 12  2024 namespace -> ..data/namespace\nlrwxrwxrwx 1 root root   12 Apr 12  2024 token -> ..data/token\n`],
    ['ls -la', `total 12\ndrwxr-xr-x 3 root root 4096 Apr 12  2024 .\ndrwxr-xr-x 3 root root 4096 Apr 12  2024 ..\ndrwxr-xr-x 2 root root 4096 Apr 12  2024 ${DATA}\nlrwxrwxrwx 1 root root   25 Apr 12  2024 ..data -> ${DATA}\nlrwxrwxrwx 1 root root   13 Apr 12  2024 ca.crt -> ..data/ca.crt\nlrwxrwxrwx 1 root root   16 Apr 12  2024 namespace -> ..data/namespace\nlrwxrwxrwx 1 root root   12 Apr 12  2024 token -> ..data/token\n`],
    ['ls -l ..data', `lrwxrwxrwx 1 root root 25 Apr 12  2024 ..data -> ${DATA}\n`],
    ['ls -l ..data/', 'total 12\n-rw-r--r-- 1 root root 4 Apr 12  2024 ca.crt\n-rw-r--r-- 1 root root 5 Apr 12  2024 namespace\n-rw-r--r-- 1 root root 3 Apr 12  2024 token\n'],
    ['ls -l ..data ..data/', `lrwxrwxrwx 1 root root   25 Apr 12  2024 ..data -> ${DATA}\n\n..data/:\ntotal 12\n-rw-r--r-- 1 root root 4 Apr 12  2024 ca.crt\n-rw-r--r-- 1 root root 5 Apr 12  2024 namespace\n-rw-r--r-- 1 root root 3 Apr 12  2024 token\n`],
    ['ls -ld . ..data token', `drwxr-xr-x 3 root root 4096 Apr 12  2024 .\nlrwxrwxrwx 1 root root   25 Apr 12  2024 ..data -> ${DATA}\nlrwxrwxrwx 1 root root   12 Apr 12  2024 token -> ..data/token\n`],
    ['ls -lh /tmp/lsx', 'total 4.0K\ndrwxr-xr-x 3 root root 4.0K Apr 12  2024 sa\n'],
  ])('%s', async (argv, stdout) => {
    expect(await lsIn(diskWorld(), argv)).toEqual(out(stdout));
  });

  it.each([
    ['ls', 'ca.crt\nnamespace\ntoken\n'],
    ['ls ..data', 'ca.crt\nnamespace\ntoken\n'],
    ['ls -1a', `.\n..\n${DATA}\n..data\nca.crt\nnamespace\ntoken\n`],
    ['ls -d .', '.\n'],
    ['ls -F', 'ca.crt@\nnamespace@\ntoken@\n'],
    ['ls -p ..data/ /tmp/lsx', '..data/:\nca.crt\nnamespace\ntoken\n\n/tmp/lsx:\nsa/\n'],
    ['ls -r', 'token\nnamespace\nca.crt\n'],
    ['ls -R /tmp/lsx', '/tmp/lsx:\nsa\n\n/tmp/lsx/sa:\nca.crt\nnamespace\ntoken\n'],
  ])('%s (one name per line when stdout is not a terminal)', async (argv, stdout) => {
    expect(await lsIn(diskWorld(), argv)).toEqual(out(stdout));
  });

  it('reports missing operands first, then files, then each directory with a header; status 2', async () => {
    expect(await lsIn(diskWorld(), 'ls nope token ..data/ /tmp/lsx ca.crt')).toEqual(
      err("ls: cannot access 'nope': No such file or directory\n", 2, 'ca.crt\ntoken\n\n..data/:\nca.crt\nnamespace\ntoken\n\n/tmp/lsx:\nsa\n'),
    );
  });
});

/** /tmp/ls2: a setuid file, a future file and a sticky directory; the clock 2026-11-29 05:21. */
function bitsWorld(): World {
  const w = world({ now: Date.UTC(2026, 10, 29, 5, 21, 22) });
  file(w.vfs, '/etc/passwd', PASSWD);
  file(w.vfs, '/etc/group', 'root:x:0:\n');
  file(w.vfs, '/tmp/ls2/big', '0'.repeat(4999) + '1', Date.UTC(2026, 10, 1, 10, 0));
  w.vfs.chmod('/tmp/ls2/big', 0o4755);
  file(w.vfs, '/tmp/ls2/future', '', Date.UTC(2027, 0, 1));
  w.vfs.mkdir('/tmp/ls2/sticky', 0o1777);
  w.vfs.chmod('/tmp/ls2/sticky', 0o1777);
  w.vfs.utimes('/tmp/ls2/sticky', Date.UTC(2026, 10, 29, 4, 0));
  w.vfs.utimes('/tmp/ls2', Date.UTC(2026, 4, 1, 12, 0));
  return w;
}

describe('ls -l with special bits, sorting and sizes', () => {
  it.each([
    ['ls -l', 'total 12\n-rwsr-xr-x 1 root root 5000 Nov  1 10:00 big\n-rw-r--r-- 1 root root    0 Jan  1  2027 future\ndrwxrwxrwt 2 root root 4096 Nov 29 04:00 sticky\n'],
    ['ls -lt', 'total 12\n-rw-r--r-- 1 root root    0 Jan  1  2027 future\ndrwxrwxrwt 2 root root 4096 Nov 29 04:00 sticky\n-rwsr-xr-x 1 root root 5000 Nov  1 10:00 big\n'],
    ['ls -lS', 'total 12\n-rwsr-xr-x 1 root root 5000 Nov  1 10:00 big\ndrwxrwxrwt 2 root root 4096 Nov 29 04:00 sticky\n-rw-r--r-- 1 root root    0 Jan  1  2027 future\n'],
    ['ls -lh', 'total 12K\n-rwsr-xr-x 1 root root 4.9K Nov  1 10:00 big\n-rw-r--r-- 1 root root    0 Jan  1  2027 future\ndrwxrwxrwt 2 root root 4.0K Nov 29 04:00 sticky\n'],
    ['ls -lr', 'total 12\ndrwxrwxrwt 2 root root 4096 Nov 29 04:00 sticky\n-rw-r--r-- 1 root root    0 Jan  1  2027 future\n-rwsr-xr-x 1 root root 5000 Nov  1 10:00 big\n'],
    ['ls -n big', '-rwsr-xr-x 1 0 0 5000 Nov  1 10:00 big\n'],
    ['ls -g big', '-rwsr-xr-x 1 root 5000 Nov  1 10:00 big\n'],
    ['ls -o big', '-rwsr-xr-x 1 root 5000 Nov  1 10:00 big\n'],
    ['ls -F', 'big*\nfuture\nsticky/\n'],
    ['ls -ld .', 'drwxr-xr-x 3 root root 4096 May  1  2026 .\n'],
  ])('%s', async (argv, stdout) => {
    expect(await run(bitsWorld(), ls, argv, { cwd: '/tmp/ls2' })).toEqual(out(stdout));
  });
});

describe('ls on a terminal', () => {
  const GREEK = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega'.split(' ');
  const greekWorld = (): World => {
    const w = world();
    for (const n of GREEK) file(w.vfs, `/g/${n}`, '');
    return w;
  };

  it('fills columns top to bottom, padding with tabs at 8-column stops (COLUMNS=80)', async () => {
    expect((await run(greekWorld(), ls, 'ls', { cwd: '/g', tty: true, columns: 80 })).stdout).toBe(
      'alpha  delta\tgamma  lambda  omega\tpi   sigma  upsilon\nbeta   epsilon\tiota   mu      omicron\tpsi  tau    xi\nchi    eta\tkappa  nu      phi\trho  theta  zeta\n',
    );
  });

  it('uses fewer columns in a narrow terminal (COLUMNS=40)', async () => {
    expect((await run(greekWorld(), ls, 'ls', { cwd: '/g', tty: true, columns: 40 })).stdout).toBe(
      'alpha\t gamma\t omega\t  sigma\nbeta\t iota\t omicron  tau\nchi\t kappa\t phi\t  theta\ndelta\t lambda  pi\t  upsilon\nepsilon  mu\t psi\t  xi\neta\t nu\t rho\t  zeta\n',
    );
  });

  it('-1 and a pipe give one name per line; -C forces columns', async () => {
    expect((await run(greekWorld(), ls, 'ls -1', { cwd: '/g', tty: true })).stdout.split('\n')).toHaveLength(25);
    expect((await run(greekWorld(), ls, 'ls -C', { cwd: '/g', columns: 80 })).stdout.split('\n')).toHaveLength(4);
  });

  it('shell-quotes odd names and indents the others to line up (not when piped)', async () => {
    const w = world();
    for (const n of ['a b', 'plain', "it's", 'x:y']) file(w.vfs, `/q/${n}`, '');
    expect((await run(w, ls, 'ls', { cwd: '/q', tty: true })).stdout).toBe(`'a b'  "it's"   plain   x:y\n`);
    expect((await run(w, ls, 'ls -1', { cwd: '/q', tty: true })).stdout).toBe(`'a b'\n"it's"\nplain\nx:y\n`);
    expect((await run(w, ls, 'ls', { cwd: '/q' })).stdout).toBe(`a b\nit's\nplain\nx:y\n`);
  });
});

describe('ls usage errors', () => {
  it.each([
    ['ls -z', "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n"],
    ['ls --foo', "ls: unrecognized option '--foo'\nTry 'ls --help' for more information.\n"],
    ['ls --al', "ls: option '--al' is ambiguous; possibilities: '--all' '--almost-all'\nTry 'ls --help' for more information.\n"],
    ['ls --all=3', "ls: option '--all' doesn't allow an argument\nTry 'ls --help' for more information.\n"],
    ['ls --color=x', "ls: invalid argument 'x' for '--color'\nValid arguments are:\n  - 'always', 'yes', 'force'\n  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\nTry 'ls --help' for more information.\n"],
  ])('%s', async (argv, stderr) => {
    expect(await run(world(), ls, argv)).toEqual(err(stderr, 2));
  });

  it('quotes the argument with ‘…’ in a UTF-8 locale (LANG=C.UTF-8), as GNU does', async () => {
    const r = await run(world(), ls, 'ls --color=x', { env: { LANG: 'C.UTF-8' } });
    expect(r.stderr.split('\n').slice(0, 3)).toEqual(['ls: invalid argument ‘x’ for ‘--color’', 'Valid arguments are:', '  - ‘always’, ‘yes’, ‘force’']);
  });
});

describe('ls formatting helpers', () => {
  it('dates: recent within six months (and not in the future), else the year', () => {
    const now = Date.UTC(2026, 10, 29, 5, 0);
    expect(lsDate(Date.UTC(2026, 10, 1, 10, 0), now)).toBe('Nov  1 10:00');
    expect(lsDate(now, now)).toBe('Nov 29 05:00');
    expect(lsDate(Date.UTC(2026, 4, 1), now)).toBe('May  1  2026');
    expect(lsDate(Date.UTC(2027, 0, 1), now)).toBe('Jan  1  2027');
  });

  it('-h sizes round up like GNU (1023, 1024, 4.9K, 10K, 11K, 1.0M)', () => {
    expect([1023, 1024, 5000, 10240, 10241, 1048575, 1048576].map(humanSize)).toEqual(['1023', '1.0K', '4.9K', '10K', '11K', '1.0M', '1.0M']);
  });

  it('columns: a single column when nothing else fits', () => {
    expect(columns(['aaaaaaaaaa', 'b'], 8)).toBe('aaaaaaaaaa\nb\n');
  });
});
