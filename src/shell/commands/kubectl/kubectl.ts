// The `kubectl` command of the shell: kubectl 1.33's command line over the
// shell host's network to the simulated API server.
import type { Command } from '../../command.ts';
import { KUBECTL_ROOT } from './registry.ts';
import { runKubectl } from './root.ts';

export const kubectl: Command = async (ctx) => {
  try {
    return await runKubectl(ctx, KUBECTL_ROOT);
  } catch (e) {
    // A bug, not a user mistake: fail like a Go panic rather than take the shell down.
    return { stdout: '', stderr: `panic: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 2 };
  }
};
