// Redirections (bash manual, "Redirections"), applied left to right on a copy
// of the command's descriptors: `>`/`>|` truncate, `>>` append, `<` reads,
// `2>&1` duplicates, `>&-` closes, `&>`/`&>>` send both stdout and stderr,
// `<<` and `<<<` feed text. A failure is printed as bash prints it —
// `bash: /etc/x: Permission denied` — and the command does not run (status 1).
// /dev/null, /dev/stdin, /dev/stdout, /dev/stderr, /dev/tty and /dev/fd/N are
// the shell's own, whatever the filesystem has there.
import { isAbsolute, isFsError } from '../../vfs/index.ts';
import type { Redir } from '../parser/index.ts';
import { expandString, expandTarget } from './expand.ts';
import { CLOSED_OUTPUT, FileOutput, Input, NULL_OUTPUT, withFds, type Io, type Output } from './io.ts';
import { shellError, type Runtime } from './runtime.ts';

const INPUT_OPS = new Set(['<', '<<', '<<-', '<<<', '<&', '<>']);

export async function applyRedirs(rt: Runtime, redirs: readonly Redir[], io: Io): Promise<Io | undefined> {
  let cur = io;
  for (const r of redirs) {
    const next = await applyOne(rt, r, cur);
    if (!next) return undefined;
    cur = next;
  }
  return cur;
}

async function applyOne(rt: Runtime, r: Redir, io: Io): Promise<Io | undefined> {
  const fd = r.fd ?? (INPUT_OPS.has(r.op) ? 0 : 1);
  if (r.heredoc) {
    const body = r.heredoc.quoted ? r.heredoc.body.text : await expandString(rt, io, r.heredoc.body);
    return { ...io, stdin: new Input(body) };
  }
  if (r.op === '<<<') return { ...io, stdin: new Input((await expandString(rt, io, r.target, { tilde: true })) + '\n') };
  const target = await expandTarget(rt, io, r.target);
  if (target === undefined) return failed(rt, io, `${r.target.text}: ambiguous redirect`);
  switch (r.op) {
    case '>&':
    case '<&':
      return duplicate(rt, io, r, fd, target);
    case '&>':
    case '&>>': {
      const out = openOutput(rt, io, target, r.op === '&>>');
      return out && withFds(io, { 1: out, 2: out });
    }
    case '<':
    case '<>':
      return openInput(rt, io, target, r.op === '<>');
    default: {
      const out = openOutput(rt, io, target, r.op === '>>');
      return out && withFds(io, { [fd]: out });
    }
  }
}

function failed(rt: Runtime, io: Io, msg: string): undefined {
  shellError(rt, io, msg);
  return undefined;
}

/** `2>&1`, `>&2`, `>&-`; `>&file` (no number) is `&>file`. */
function duplicate(rt: Runtime, io: Io, r: Redir, fd: number, target: string): Io | undefined {
  if (target === '-') return fd === 0 ? { ...io, stdin: new Input('') } : withFds(io, { [fd]: CLOSED_OUTPUT });
  if (/^[0-9]+$/.test(target)) {
    const from = Number(target);
    if (fd === 0 || r.op === '<&') return from === 0 ? io : failed(rt, io, `${target}: Bad file descriptor`);
    const out = io.out[from];
    return out && out !== CLOSED_OUTPUT ? withFds(io, { [fd]: out }) : failed(rt, io, `${target}: Bad file descriptor`);
  }
  if (r.op === '>&' && r.fd === undefined) {
    const out = openOutput(rt, io, target, false);
    return out && withFds(io, { 1: out, 2: out });
  }
  return failed(rt, io, `${r.target.text}: ambiguous redirect`);
}

function device(rt: Runtime, io: Io, path: string): Output | undefined {
  if (path === '/dev/null') return NULL_OUTPUT;
  if (path === '/dev/stdout') return io.out[1] ?? NULL_OUTPUT;
  if (path === '/dev/stderr') return io.out[2] ?? NULL_OUTPUT;
  if (path === '/dev/tty') return rt.tty;
  const m = /^\/dev\/fd\/([0-9])$/.exec(path);
  return m ? io.out[Number(m[1])] ?? NULL_OUTPUT : undefined;
}

function openOutput(rt: Runtime, io: Io, path: string, append: boolean): Output | undefined {
  const dev = device(rt, io, path);
  if (dev) return dev;
  const fs = rt.frame.fs;
  if (path === '') return failed(rt, io, ': No such file or directory');
  const st = fs.stat(path);
  if (!isFsError(st) && st.type === 'dir') return failed(rt, io, `${path}: Is a directory`);
  const err = append ? fs.appendFile(path, '') : fs.writeFile(path, '');
  if (err) return failed(rt, io, `${path}: ${err.message}`);
  // absolute, so a `cd` inside `{ …; } > file` keeps writing to the same file
  return new FileOutput(fs, isAbsolute(path) ? path : `${fs.cwd.replace(/\/$/, '')}/${path}`);
}

function openInput(rt: Runtime, io: Io, path: string, create: boolean): Io | undefined {
  if (path === '/dev/null') return { ...io, stdin: new Input('') };
  if (path === '/dev/stdin' || path === '/dev/fd/0') return io;
  const fs = rt.frame.fs;
  if (path === '') return failed(rt, io, ': No such file or directory');
  if (create && !fs.exists(path)) {
    const err = fs.writeFile(path, '');
    if (err) return failed(rt, io, `${path}: ${err.message}`);
  }
  const text = fs.readText(path);
  if (isFsError(text)) return failed(rt, io, `${path}: ${text.message}`);
  return { ...io, stdin: new Input(text) };
}
