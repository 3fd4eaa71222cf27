// Pathname expansion (bash manual, "Filename Expansion"): a word with an
// unquoted `*`, `?` or `[…]` becomes the sorted list of matching paths, or
// stays as it is when nothing matches (nullglob off). `*` does not match a
// leading `.`, and never matches `/`. Names sort by code point, as in the
// C.UTF-8 locale of a container.
import { isFsError, type FsView } from '../../vfs/index.ts';
import { hasGlob, matchPattern, unescapePattern } from './pattern.ts';

/** The most paths one pattern expands to, so a pattern of many stars stays cheap. */
const MAX_MATCHES = 10_000;

export function expandPathname(fs: FsView, pattern: string): string[] | undefined {
  if (!hasGlob(pattern)) return undefined;
  const absolute = pattern.startsWith('/');
  const dirOnly = pattern.endsWith('/');
  const comps = pattern.split('/').filter((c) => c !== '');
  let paths: string[] = [absolute ? '/' : ''];
  for (const comp of comps) {
    const next: string[] = [];
    for (const base of paths) {
      // longer than NAME_MAX: no file has such a name
      if (comp.length > 255) continue;
      if (!hasGlob(comp)) {
        next.push(joinPath(base, unescapePattern(comp)));
        continue;
      }
      const names = fs.readdir(base === '' ? '.' : base);
      if (isFsError(names)) continue;
      const showDots = comp.startsWith('.') || comp.startsWith('\\.');
      for (const name of names) {
        if (name.startsWith('.') && !showDots) continue;
        if (matchPattern(comp, name)) next.push(joinPath(base, name));
        if (next.length > MAX_MATCHES) break;
      }
    }
    paths = next;
    if (!paths.length) return undefined;
  }
  const found = paths.filter((p) => {
    const st = dirOnly ? fs.stat(p) : fs.lstat(p);
    return !isFsError(st) && (!dirOnly || st.type === 'dir');
  });
  if (!found.length) return undefined;
  return found.map((p) => (dirOnly ? p + '/' : p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function joinPath(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}
