// Who and where: whoami, hostname and id. Names come from /etc/passwd and
// /etc/group of the filesystem the command runs in (a container has its own);
// the workstation's user is the location's user when its passwd lacks one.
import { ok, type Command, type CommandContext } from '../../command.ts';
import { isFsError } from '../../../vfs/index.ts';
import { getopt, has, isParsed, tryHelp } from './getopt.ts';
import { localeQuote } from './quote.ts';

interface Entry {
  name: string;
  id: number;
  gid?: number;
}

function entries(ctx: CommandContext, file: string): Entry[] {
  const text = ctx.fs.readText(file);
  if (isFsError(text)) return [];
  return text
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 3 && /^\d+$/.test(f[2]!))
    .map((f) => ({ name: f[0]!, id: Number(f[2]), gid: f.length >= 4 && /^\d+$/.test(f[3]!) ? Number(f[3]) : undefined }));
}

/** The name /etc/passwd gives `uid`; with `self`, the location's user stands in for a passwd without our own uid. */
export function userName(ctx: CommandContext, uid: number, self = false): string | undefined {
  const found = entries(ctx, '/etc/passwd').find((e) => e.id === uid)?.name;
  if (found) return found;
  return self && uid === ctx.fs.cred.uid ? ctx.host.location.user : undefined;
}

export function groupName(ctx: CommandContext, gid: number): string | undefined {
  return entries(ctx, '/etc/group').find((e) => e.id === gid)?.name;
}

const extra = (ctx: CommandContext, cmd: string, arg: string) => ({ stdout: '', stderr: `${cmd}: extra operand ${localeQuote(arg, ctx.env)}\n${tryHelp(cmd)}`, exitCode: 1 });

export const whoami: Command = async (ctx) => {
  const p = getopt({ cmd: 'whoami' }, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length) return extra(ctx, 'whoami', p.operands[0]!);
  const name = userName(ctx, ctx.fs.cred.uid, true);
  if (name === undefined) return { stdout: '', stderr: `whoami: cannot find name for user ID ${ctx.fs.cred.uid}\n`, exitCode: 1 };
  return ok(`${name}\n`);
};

export const hostname: Command = async (ctx) => {
  const p = getopt({ cmd: 'hostname', short: 'sf', long: { short: 's', fqdn: 'f', long: 'f' }, exitCode: 255 }, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length) return { stdout: '', stderr: "hostname: you don't have permission to set the host name\n", exitCode: 1 };
  const name = ctx.host.location.hostname;
  return ok(`${has(p, 's') ? name.split('.')[0] : name}\n`);
};

const SPEC = { cmd: 'id', short: 'ugGnr', long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r' } };

export const id: Command = async (ctx) => {
  const p = getopt(SPEC, ctx.argv.slice(1));
  if (!isParsed(p)) return p;
  if (p.operands.length > 1) return extra(ctx, 'id', p.operands[1]!);
  let uid = ctx.fs.cred.uid;
  let gid = ctx.fs.cred.gid;
  let groups = [...(ctx.fs.cred.groups ?? [])];
  if (p.operands.length) {
    const who = p.operands[0]!;
    const e = entries(ctx, '/etc/passwd').find((x) => x.name === who || String(x.id) === who);
    if (!e) return { stdout: '', stderr: `id: ${localeQuote(who, ctx.env)}: no such user\n`, exitCode: 1 };
    uid = e.id;
    gid = e.gid ?? e.id;
    groups = [];
  }
  const all = [gid, ...groups.filter((g) => g !== gid)];
  const named = (n: number, name: string | undefined) => (has(p, 'n') ? (name ?? String(n)) : String(n));
  const only = ['u', 'g', 'G'].filter((k) => has(p, k));
  if (only.length > 1) return { stdout: '', stderr: 'id: cannot print "only" of more than one choice\n', exitCode: 1 };
  if (only[0] === 'u') return ok(`${named(uid, userName(ctx, uid, true))}\n`);
  if (only[0] === 'g') return ok(`${named(gid, groupName(ctx, gid))}\n`);
  if (only[0] === 'G') return ok(`${all.map((g) => named(g, groupName(ctx, g))).join(' ')}\n`);
  if (has(p, 'n', 'r')) return { stdout: '', stderr: 'id: printing only names or real IDs requires -u, -g, or -G\n', exitCode: 1 };
  const show = (n: number, name: string | undefined) => (name === undefined ? String(n) : `${n}(${name})`);
  const list = all.map((g) => show(g, groupName(ctx, g))).join(',');
  return ok(`uid=${show(uid, userName(ctx, uid, true))} gid=${show(gid, groupName(ctx, gid))} groups=${list}\n`);
};
