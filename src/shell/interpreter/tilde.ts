// Tilde expansion (bash manual, "Tilde Expansion"): an unquoted `~` at the
// start of a word, up to the first `/`, becomes $HOME (`~`), the home
// directory of a user from /etc/passwd (`~root`), $PWD (`~+`) or $OLDPWD
// (`~-`). In assignments it also applies after `=` and each `:`, so
// `PATH=~/bin:~/go/bin` works. A `~name` nobody has stays as it is.
import { isFsError } from '../../vfs/index.ts';
import type { WordPart } from '../parser/index.ts';
import type { Runtime } from './runtime.ts';

function home(rt: Runtime, user: string): string | undefined {
  const vars = rt.frame.vars;
  if (user === '') return vars.get('HOME') ?? passwdHome(rt, (e) => Number(e[2]) === rt.frame.fs.cred.uid) ?? '/';
  if (user === '+') return vars.get('PWD');
  if (user === '-') return vars.get('OLDPWD');
  return passwdHome(rt, (e) => e[0] === user);
}

function passwdHome(rt: Runtime, match: (entry: string[]) => boolean): string | undefined {
  const passwd = rt.frame.fs.readText('/etc/passwd');
  const fallback = rt.frame.location.user === 'root' ? [['root', 'x', '0', '0', 'root', '/root']] : [];
  const entries = isFsError(passwd) ? fallback : passwd.split('\n').map((l) => l.split(':'));
  return entries.find((e) => e.length >= 6 && match(e))?.[5];
}

/** `~…` at the start of the word. */
export function expandTilde(rt: Runtime, parts: readonly WordPart[]): readonly WordPart[] {
  const first = parts[0];
  if (first?.kind !== 'lit' || !first.text.startsWith('~')) return parts;
  const slash = first.text.indexOf('/');
  // the tilde-prefix must be wholly unquoted: `~"x"` is not expanded
  if (slash === -1 && parts.length > 1) return parts;
  const prefixEnd = slash === -1 ? first.text.length : slash;
  const dir = home(rt, first.text.slice(1, prefixEnd));
  if (dir === undefined) return parts;
  const rest = first.text.slice(prefixEnd);
  return [{ kind: 'sq', text: dir }, ...(rest ? [{ kind: 'lit' as const, text: rest }] : []), ...parts.slice(1)];
}

/** `NAME=~/a:~/b`: after the `=` and after every `:` of the unquoted text. */
export function tildeInAssignment(rt: Runtime, parts: readonly WordPart[]): readonly WordPart[] {
  return parts.map((p, i) => {
    if (p.kind !== 'lit' || !p.text.includes('~')) return p;
    const last = i === parts.length - 1;
    const text = p.text.replace(/(^|[=:])~([A-Za-z0-9_.+-]*)(?=[/:]|$)/g, (all, lead: string, user: string, offset: number) => {
      if (lead === '' && (offset !== 0 || i !== 0)) return all;
      if (!last && offset + all.length === p.text.length && !p.text.endsWith('/')) return all;
      const dir = home(rt, user);
      return dir === undefined ? all : lead + dir;
    });
    return text === p.text ? p : { kind: 'lit', text };
  });
}
