// POSIX path strings: splitting, joining and the lexical helpers a shell
// needs (dirname, basename). Resolution through symlinks and mounts is
// resolve.ts's job; nothing here looks at the tree.

/** The components of a path, without empty ones ("/a//b/" → ["a", "b"]). */
export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

export const isAbsolute = (path: string): boolean => path.startsWith('/');

/** Lexical clean-up like Go's path.Clean: "a/./b/../c" → "a/c", "" → ".". */
export function normalize(path: string): string {
  const abs = isAbsolute(path);
  const out: string[] = [];
  for (const part of splitPath(path)) {
    if (part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return abs ? `/${joined}` : joined || '.';
}

/** Joins and cleans: join("/a", "b/../c") → "/a/c"; an absolute part restarts. */
export function join(...parts: string[]): string {
  let acc = '';
  for (const p of parts) {
    if (p === '') continue;
    acc = isAbsolute(p) || acc === '' ? p : `${acc}/${p}`;
  }
  return normalize(acc);
}

/** `cd`-style: a relative path against a directory. */
export function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? normalize(path) : join(cwd, path);
}

/** dirname(1): "/a/b" → "/a", "a" → ".", "/" → "/". */
export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/';
}

/** basename(1): "/a/b/" → "b", "/" → "/". */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
