// How `ls -l` writes a mode: the type letter, then rwx triplets with the
// setuid/setgid/sticky bits folded in (s/S, t/T).
import type { FileType } from './inode.ts';

const TYPE_LETTER: Record<FileType, string> = { file: '-', dir: 'd', symlink: 'l' };

export function modeString(type: FileType, mode: number): string {
  const triplet = (bits: number, special: boolean, letter: string): string => {
    const x = bits & 1;
    const exec = special ? (x ? letter : letter.toUpperCase()) : x ? 'x' : '-';
    return (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + exec;
  };
  return (
    TYPE_LETTER[type] +
    triplet((mode >> 6) & 7, !!(mode & 0o4000), 's') +
    triplet((mode >> 3) & 7, !!(mode & 0o2000), 's') +
    triplet(mode & 7, !!(mode & 0o1000), 't')
  );
}
