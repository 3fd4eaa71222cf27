// What the kubeconfig subcommands share: loading the merged config, writing
// a change back to the file that holds the stanza, and cobra's help errors.
import { destinationFile, modifyKubeconfigFile, type Kubeconfig, type LoadedConfig } from '../config/kubeconfig.ts';
import { plainError, type KubectlError } from '../errors.ts';
import type { Factory } from '../factory.ts';
import { resolvePath } from '../../../../vfs/index.ts';
import { helpFor } from '../help.ts';
import type { Invocation } from '../kubectl-command.ts';

export function load(f: Factory): LoadedConfig | KubectlError {
  const l = f.loadedConfig();
  return 'error' in l ? plainError(l.error) : l;
}

/** helpErrorf: the command's help on stdout, then the error */
export function helpError(inv: Invocation, message: string): KubectlError {
  inv.io.print(helpFor(inv.cmd, inv.path.slice(0, inv.path.lastIndexOf(' '))));
  return plainError(message);
}

export const goArgs = (args: string[]): string => `[${args.join(' ')}]`;

export function write(f: Factory, l: LoadedConfig, stanza: string, change: (cfg: Kubeconfig) => void): KubectlError | undefined {
  const err = modifyKubeconfigFile(f.ctx.fs, destinationFile(f.ctx.fs, l, stanza), change);
  return err ? plainError(err) : undefined;
}

/** cmd.Help() and a nil error: the help on stdout, exit 0 */
export function helpOnly(inv: Invocation): void {
  inv.io.print(helpFor(inv.cmd, inv.path.slice(0, inv.path.lastIndexOf(' '))));
}

/** filepath.Abs against the shell's cwd */
export const absPath = (f: Factory, path: string): string => resolvePath(f.ctx.fs.cwd, path);

/** RelativizePathWithNoBacksteps: a path under the kubeconfig's directory is written relative to it */
export function relativize(path: string, file: string): string {
  if (!path) return path;
  const dir = file.slice(0, file.lastIndexOf('/')) || '/';
  const prefix = dir === '/' ? '/' : `${dir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
