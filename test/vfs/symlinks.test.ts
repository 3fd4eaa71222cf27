// Symlink resolution: relative and absolute targets, physical "..", ELOOP.
import { describe, expect, it } from 'vitest';
import { isFsError, Vfs, type FsError } from '../../src/vfs/index.ts';

const fs = () => new Vfs({ now: () => 0 });
const code = (x: unknown) => (isFsError(x) ? (x as FsError).code : 'ok');

describe('symlinks', () => {
  it('follows relative and absolute targets, and chains of them', () => {
    const v = fs();
    v.mkdirAll('/vol/..2025_01_01_00_00_00.123');
    v.writeFile('/vol/..2025_01_01_00_00_00.123/token', 'jwt');
    v.symlink('..2025_01_01_00_00_00.123', '/vol/..data');
    v.symlink('..data/token', '/vol/token');
    v.symlink('/vol/token', '/abs');
    expect(v.readText('/vol/token')).toBe('jwt');
    expect(v.readText('/abs')).toBe('jwt');
    expect(v.readlink('/vol/token')).toBe('..data/token');
    expect(v.realpath('/abs')).toBe('/vol/..2025_01_01_00_00_00.123/token');
    expect(v.lstat('/vol/token')).toMatchObject({ type: 'symlink' });
    expect(v.stat('/vol/token')).toMatchObject({ type: 'file', size: 3 });
  });

  it('".." after a symlink is taken from where the link led', () => {
    const v = fs();
    v.mkdirAll('/run/secrets');
    v.mkdir('/var');
    v.symlink('/run', '/var/run');
    v.writeFile('/run/marker', 'run');
    expect(v.readText('/var/run/secrets/../marker')).toBe('run');
    expect(v.realpath('/var/run/secrets/..')).toBe('/run');
  });

  it('a loop ends in ELOOP, a dangling link in ENOENT', () => {
    const v = fs();
    v.symlink('b', '/a');
    v.symlink('a', '/b');
    v.symlink('missing', '/dangling');
    expect(code(v.readText('/a'))).toBe('ELOOP');
    expect(code(v.stat('/dangling'))).toBe('ENOENT');
    expect(v.lstat('/dangling')).toMatchObject({ type: 'symlink' });
    // open(O_CREAT) through a dangling link creates its target.
    expect(v.writeFile('/dangling', 'now')).toBeUndefined();
    expect(v.readText('/missing')).toBe('now');
  });

  it('unlink and rename act on the link itself', () => {
    const v = fs();
    v.mkdir('/d');
    v.symlink('d', '/l');
    expect(v.rename('/l', '/m')).toBeUndefined();
    expect(v.readlink('/m')).toBe('d');
    expect(v.unlink('/m')).toBeUndefined();
    expect(v.stat('/d')).toMatchObject({ type: 'dir' });
    expect(code(v.unlink('/d/'))).toBe('EISDIR');
  });
});

describe('rename', () => {
  it('swaps a symlink atomically, as AtomicWriter swaps ..data_tmp onto ..data', () => {
    const v = fs();
    v.mkdir('/old');
    v.mkdir('/new');
    v.symlink('old', '/..data');
    v.symlink('new', '/..data_tmp');
    expect(v.rename('/..data_tmp', '/..data')).toBeUndefined();
    expect(v.readlink('/..data')).toBe('new');
    expect(v.readdir('/')).toEqual(['old', 'new', '..data']);
  });

  it('follows the rules for directories', () => {
    const v = fs();
    v.mkdirAll('/a/inner');
    v.mkdirAll('/full/x');
    v.mkdir('/empty');
    v.writeFile('/f', '');
    expect(code(v.rename('/a', '/full'))).toBe('ENOTEMPTY');
    expect(code(v.rename('/a', '/f'))).toBe('ENOTDIR');
    expect(code(v.rename('/f', '/empty'))).toBe('EISDIR');
    expect(code(v.rename('/a', '/a/inner/deeper'))).toBe('EINVAL');
    expect(code(v.rename('/nope', '/x'))).toBe('ENOENT');
    expect(v.rename('/a', '/empty')).toBeUndefined();
    expect(v.readdir('/empty')).toEqual(['inner']);
  });
});
