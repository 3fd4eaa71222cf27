// A simple command (bash manual, "Simple Command Expansion"): expand the
// words, the assignments and the redirections; with no command name left
// the assignments set shell variables, otherwise they go into the command's
// environment only (`KUBECONFIG=x kubectl get pods`).
import type { SimpleCommand } from '../parser/index.ts';
import { expandArgs, expandString } from './expand.ts';
import { invoke } from './invoke.ts';
import type { Io } from './io.ts';
import { applyRedirs } from './redirect.ts';
import { step, type Runtime } from './runtime.ts';

export async function runSimple(rt: Runtime, cmd: SimpleCommand, io: Io): Promise<number> {
  step(rt);
  const substitutionsBefore = rt.budget.substitutions ?? 0;
  const argv = await expandArgs(rt, io, cmd.words);
  const assigns: [string, string][] = [];
  for (const a of cmd.assigns) {
    let value = await expandString(rt, io, a.value, { assignment: true });
    if (a.append) value = (rt.frame.vars.get(a.name) ?? '') + value;
    assigns.push([a.name, value]);
  }
  const redirected = await applyRedirs(rt, cmd.redirs, io);
  if (!argv.length) {
    for (const [name, value] of assigns) rt.frame.vars.set(name, value);
    // `x=$(false)` has the substitution's status; a bare `x=1` has 0
    const substituted = (rt.budget.substitutions ?? 0) !== substitutionsBefore;
    return (rt.frame.status = !redirected ? 1 : substituted ? rt.frame.status : 0);
  }
  if (!redirected) return (rt.frame.status = 1);
  return (rt.frame.status = await invoke(rt, argv, redirected, assigns));
}
