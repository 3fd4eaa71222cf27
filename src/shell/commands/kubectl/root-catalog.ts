// kubectl 1.33's root commands in the order NewKubectlCommand adds them —
// the order cobra walks for "Did you mean this?" suggestions — with their
// help groups and one-line descriptions as `kubectl --help` prints them.

export interface CatalogEntry {
  name: string;
  short: string;
  /** cobra SuggestFor */
  suggestFor?: string[];
}

export interface CatalogGroup {
  message: string;
  commands: CatalogEntry[];
}

export const ROOT_GROUPS: readonly CatalogGroup[] = [
  {
    message: 'Basic Commands (Beginner):',
    commands: [
      { name: 'create', short: 'Create a resource from a file or from stdin' },
      { name: 'expose', short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service' },
      { name: 'run', short: 'Run a particular image on the cluster' },
      { name: 'set', short: 'Set specific features on objects' },
    ],
  },
  {
    message: 'Basic Commands (Intermediate):',
    commands: [
      { name: 'explain', short: 'Get documentation for a resource' },
      { name: 'get', short: 'Display one or many resources', suggestFor: ['list', 'ps'] },
      { name: 'edit', short: 'Edit a resource on the server' },
      { name: 'delete', short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector', suggestFor: ['rm'] },
    ],
  },
  {
    message: 'Deploy Commands:',
    commands: [
      { name: 'rollout', short: 'Manage the rollout of a resource' },
      { name: 'scale', short: 'Set a new size for a deployment, replica set, or replication controller' },
      { name: 'autoscale', short: 'Auto-scale a deployment, replica set, stateful set, or replication controller' },
    ],
  },
  {
    message: 'Cluster Management Commands:',
    commands: [
      { name: 'certificate', short: 'Modify certificate resources' },
      { name: 'cluster-info', short: 'Display cluster information' },
      { name: 'top', short: 'Display resource (CPU/memory) usage' },
      { name: 'cordon', short: 'Mark node as unschedulable' },
      { name: 'uncordon', short: 'Mark node as schedulable' },
      { name: 'drain', short: 'Drain node in preparation for maintenance' },
      { name: 'taint', short: 'Update the taints on one or more nodes' },
    ],
  },
  {
    message: 'Troubleshooting and Debugging Commands:',
    commands: [
      { name: 'describe', short: 'Show details of a specific resource or group of resources' },
      { name: 'logs', short: 'Print the logs for a container in a pod' },
      { name: 'attach', short: 'Attach to a running container' },
      { name: 'exec', short: 'Execute a command in a container' },
      { name: 'port-forward', short: 'Forward one or more local ports to a pod' },
      { name: 'proxy', short: 'Run a proxy to the Kubernetes API server' },
      { name: 'cp', short: 'Copy files and directories to and from containers' },
      { name: 'auth', short: 'Inspect authorization' },
      { name: 'debug', short: 'Create debugging sessions for troubleshooting workloads and nodes' },
      { name: 'events', short: 'List events' },
    ],
  },
  {
    message: 'Advanced Commands:',
    commands: [
      { name: 'diff', short: 'Diff the live version against a would-be applied version' },
      { name: 'apply', short: 'Apply a configuration to a resource by file name or stdin' },
      { name: 'patch', short: 'Update fields of a resource' },
      { name: 'replace', short: 'Replace a resource by file name or stdin' },
      { name: 'wait', short: 'Experimental: Wait for a specific condition on one or many resources', suggestFor: ['list', 'ps'] },
      { name: 'kustomize', short: 'Build a kustomization target from a directory or URL' },
    ],
  },
  {
    message: 'Settings Commands:',
    commands: [
      { name: 'label', short: 'Update the labels on a resource' },
      { name: 'annotate', short: 'Update the annotations on a resource' },
      { name: 'completion', short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)' },
    ],
  },
];

/** added after the groups; all but `options` are listed under "Other Commands:" */
export const OTHER_COMMANDS: readonly CatalogEntry[] = [
  { name: 'config', short: 'Modify kubeconfig files' },
  { name: 'plugin', short: 'Provides utilities for interacting with plugins' },
  { name: 'version', short: 'Print the client and server version information' },
  { name: 'api-versions', short: 'Print the supported API versions on the server, in the form of "group/version"' },
  { name: 'api-resources', short: 'Print the supported API resources on the server' },
  { name: 'options', short: 'Print the list of flags inherited by all commands' },
];

/** every root command, in cobra's c.commands order */
export const ROOT_ORDER: readonly CatalogEntry[] = [...ROOT_GROUPS.flatMap((g) => g.commands), ...OTHER_COMMANDS];

/** cobra's ld(): Levenshtein distance, case-insensitive */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = s[i - 1] === t[j - 1] ? prev[j - 1]! : Math.min(prev[j]!, cur[j - 1]!, prev[j - 1]!) + 1;
    prev = cur;
  }
  return prev[t.length]!;
}

/** Command.SuggestionsFor with SuggestionsMinimumDistance 2 */
export function suggestionsFor(typed: string, commands: readonly CatalogEntry[] = ROOT_ORDER): string[] {
  const out: string[] = [];
  for (const c of commands) {
    if (distance(typed, c.name) <= 2 || c.name.toLowerCase().startsWith(typed.toLowerCase())) out.push(c.name);
    for (const s of c.suggestFor ?? []) if (s.toLowerCase() === typed.toLowerCase()) out.push(c.name);
  }
  return out;
}

/** `kubectl` and `kubectl --help` */
export function rootHelp(plugins: ReadonlyArray<{ name: string }>): string {
  let out = 'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n';
  for (const g of ROOT_GROUPS) out += `${g.message}\n${g.commands.map((c) => `  ${c.name.padEnd(15)} ${c.short}\n`).join('')}\n`;
  out += `Subcommands provided by plugins:\n${plugins.map((p) => `  ${p.name.padEnd(13)} The command ${p.name} is a plugin installed by the user\n`).join('')}\n`;
  out += `Other Commands:\n${OTHER_COMMANDS.filter((c) => c.name !== 'options').map((c) => `  ${c.name.padEnd(15)} ${c.short}\n`).join('')}\n`;
  out += 'Usage:\n  kubectl [flags] [options]\n\n';
  out += 'Use "kubectl <command> --help" for more information about a given command.\n';
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}
