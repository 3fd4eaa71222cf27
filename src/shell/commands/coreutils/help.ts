// `help`: what the playground is and which commands it has. bash's own
// `help` lists builtins; here it also lists the programs registered with the
// shell (read through `names`, so kubectl and curl appear when present).
import { ok, type Command } from '../../command.ts';

/** The interpreter's builtins (see src/shell/interpreter/builtins). */
const SHELL_BUILTINS = ['alias', 'cd', 'export', 'exit', 'history', 'pwd', 'read', 'set', 'source', 'test', 'type', 'unalias', 'unset', 'which'];

const ABOUT =
  'SA Playground: a simulated Kubernetes cluster and a bash-like shell, all in your browser.\n' +
  'Nothing leaves this page; every command below acts on the simulated cluster and files.\n';

/** Names in columns of 14, wrapped at `width`. */
function grid(names: readonly string[], width: number): string {
  const cell = 14;
  const perLine = Math.max(1, Math.floor((width - 2) / cell));
  let out = '';
  for (let i = 0; i < names.length; i += perLine) out += `  ${names.slice(i, i + perLine).map((n, j, row) => (j === row.length - 1 ? n : n.padEnd(cell))).join('')}\n`;
  return out;
}

export function helpCommand(names: () => Iterable<string>): Command {
  return async (ctx) => {
    const programs = [...new Set(names())].filter((n) => !SHELL_BUILTINS.includes(n)).sort();
    const width = ctx.columns > 0 ? ctx.columns : 80;
    return ok(
      `${ABOUT}\nPrograms:\n${grid(programs, width)}\nShell builtins:\n${grid(SHELL_BUILTINS, width)}\n` +
        "Most programs take --help. Try: kubectl get serviceaccounts -A, ls -l /var/run/secrets/kubernetes.io/serviceaccount inside a pod (kubectl exec -it POD -- bash).\n",
    );
  };
}
