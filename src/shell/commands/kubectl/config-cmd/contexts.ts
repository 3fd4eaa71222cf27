// kubectl config current-context | get-contexts | use-context | set-context
// | delete-context | rename-context | get-clusters | get-users. Changes are
// written back into the kubeconfig file that holds the stanza (ModifyConfig),
// in kubectl's own layout.
import { destinationFile, type Kubeconfig } from '../config/kubeconfig.ts';
import { aggregate, plainError, type KubectlError } from '../errors.ts';
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { goArgs, helpError, helpOnly, load, write } from './shared.ts';
import { GET_TABWRITER, tabwrite } from '../../../printers/tabwriter.ts';

export const currentContextCommand: KubectlCommand = {
  name: 'current-context',
  short: 'Display the current-context',
  long: 'Display the current-context.',
  example: '  # Display the current-context\n  kubectl config current-context',
  run: async ({ f, io }) => {
    const l = load(f);
    if ('kind' in l) return l;
    if (!l.config.currentContext) return plainError('current-context is not set');
    io.print(`${l.config.currentContext}\n`);
  },
};

export const getContextsCommand: KubectlCommand = {
  name: 'get-contexts',
  short: 'Describe one or many contexts',
  use: 'get-contexts [(-o|--output=)name)]',
  disableFlagsInUseLine: true,
  long: 'Display one or many contexts from the kubeconfig file.',
  example: '  # List all the contexts in your kubeconfig file\n  kubectl config get-contexts\n\n  # Describe one context in your kubeconfig file\n  kubectl config get-contexts my-context',
  flags: [boolFlag('no-headers', "When using the default or custom-column output format, don't print headers (default print headers)."), stringFlag('output', 'Output format. One of: (name).', { shorthand: 'o' })],
  run: async ({ f, io, args, flags }) => {
    const l = load(f);
    if ('kind' in l) return l;
    const cfg = l.config;
    const output = flags.string('output');
    if (output && output !== 'name') return plainError(`output must be one of '' or 'name': ${output}`);
    const names = args.length ? args : [...cfg.contexts.keys()].sort();
    const errors: KubectlError[] = [];
    let table = output || flags.bool('no-headers') ? '' : 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
    for (const name of names) {
      const c = cfg.contexts.get(name);
      if (!c) {
        errors.push(plainError(`context ${name} not found`));
        continue;
      }
      table += output === 'name' ? `${name}\n` : `${name === cfg.currentContext ? '*' : ' '}\t${name}\t${c.cluster ?? ''}\t${c.user ?? ''}\t${c.namespace ?? ''}\n`;
    }
    io.print(output === 'name' ? table : tabwrite(table, GET_TABWRITER));
    return aggregate(errors);
  },
};

export const useContextCommand: KubectlCommand = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Set the current-context in a kubeconfig file',
  use: 'use-context CONTEXT_NAME',
  long: 'Set the current-context in a kubeconfig file.',
  example: '  # Use the context for the minikube cluster\n  kubectl config use-context minikube',
  run: async (inv) => {
    const { f, io, args } = inv;
    if (args.length !== 1) return helpError(inv, `Unexpected args: ${goArgs(args)}`);
    const l = load(f);
    if ('kind' in l) return l;
    if (!l.config.contexts.has(args[0]!)) return plainError(`no context exists with the name: ${JSON.stringify(args[0])}`);
    const err = write(f, l, 'current-context', (cfg) => void (cfg.currentContext = args[0]!));
    if (err) return err;
    io.print(`Switched to context ${JSON.stringify(args[0])}.\n`);
  },
};

export const setContextCommand: KubectlCommand = {
  name: 'set-context',
  short: 'Set a context entry in kubeconfig',
  use: 'set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
  disableFlagsInUseLine: true,
  long: 'Set a context entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.',
  example: '  # Set the user field on the gce context entry without touching other values\n  kubectl config set-context gce --user=cluster-admin',
  flags: [
    stringFlag('cluster', 'cluster for the context entry in kubeconfig'),
    boolFlag('current', 'Modify the current context'),
    stringFlag('namespace', 'namespace for the context entry in kubeconfig'),
    stringFlag('user', 'user for the context entry in kubeconfig'),
  ],
  run: async (inv) => {
    const { f, io, args, flags } = inv;
    const current = flags.bool('current');
    if (args.length > 1) return helpError(inv, `Unexpected args: ${goArgs(args)}`);
    if (current && args.length) return plainError('you cannot specify both a context name and --current');
    if (!current && !args.length) return plainError('you must specify a non-empty context name or --current');
    const l = load(f);
    if ('kind' in l) return l;
    const name = current ? l.config.currentContext : args[0]!;
    if (!name) return plainError('no current context is set');
    const exists = l.config.contexts.has(name);
    const err = write(f, l, `context/${name}`, (cfg) => {
      const c = { ...(cfg.contexts.get(name) ?? {}) };
      for (const k of ['cluster', 'user', 'namespace'] as const) if (flags.changed(k)) c[k] = flags.string(k);
      cfg.contexts.set(name, c);
    });
    if (err) return err;
    io.print(`Context ${JSON.stringify(name)} ${exists ? 'modified' : 'created'}.\n`);
  },
};

export const deleteContextCommand: KubectlCommand = {
  name: 'delete-context',
  short: 'Delete the specified context from the kubeconfig',
  use: 'delete-context NAME',
  long: 'Delete the specified context from the kubeconfig.',
  example: '  # Delete the context for the minikube cluster\n  kubectl config delete-context minikube',
  run: async (inv) => {
    const { f, io, args } = inv;
    if (args.length !== 1) return helpOnly(inv);
    const l = load(f);
    if ('kind' in l) return l;
    const file = destinationFile(f.ctx.fs, l, `context/${args[0]}`);
    if (!l.config.contexts.has(args[0]!)) return plainError(`cannot delete context ${args[0]}, not in ${file}`);
    if (l.config.currentContext === args[0]) io.printErr('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
    const err = write(f, l, `context/${args[0]}`, (cfg) => void cfg.contexts.delete(args[0]!));
    if (err) return err;
    io.print(`deleted context ${args[0]} from ${file}\n`);
  },
};

export const renameContextCommand: KubectlCommand = {
  name: 'rename-context',
  short: 'Rename a context from the kubeconfig file',
  use: 'rename-context CONTEXT_NAME NEW_NAME',
  long: 'Renames a context from the kubeconfig file.',
  example: '  # Rename the context \'old-name\' to \'new-name\' in your kubeconfig file\n  kubectl config rename-context old-name new-name',
  run: async (inv) => {
    const { f, io, args } = inv;
    if (args.length !== 2) return helpError(inv, `Unexpected args: ${goArgs(args)}`);
    const [from, to] = args as [string, string];
    const l = load(f);
    if ('kind' in l) return l;
    const file = destinationFile(f.ctx.fs, l, `context/${from}`);
    if (!l.config.contexts.has(from)) return plainError(`cannot rename the context ${JSON.stringify(from)}, it's not in ${file}`);
    if (l.config.contexts.has(to)) return plainError(`cannot rename the context ${JSON.stringify(from)}, the context ${JSON.stringify(to)} already exists in ${file}`);
    const err = write(f, l, `context/${from}`, (cfg) => {
      cfg.contexts.set(to, cfg.contexts.get(from)!);
      cfg.contexts.delete(from);
      if (cfg.currentContext === from) cfg.currentContext = to;
    });
    if (err) return err;
    io.print(`Context ${JSON.stringify(from)} renamed to ${JSON.stringify(to)}.\n`);
  },
};

function nameLister(name: 'get-clusters' | 'get-users', short: string, pick: (c: Kubeconfig) => Map<string, unknown>): KubectlCommand {
  return {
    name,
    short,
    long: `${short}.`,
    run: async ({ f, io }) => {
      const l = load(f);
      if ('kind' in l) return l;
      io.print(`NAME\n${[...pick(l.config).keys()].sort().map((n) => `${n}\n`).join('')}`);
    },
  };
}

export const getClustersCommand = nameLister('get-clusters', 'Display clusters defined in the kubeconfig', (c) => c.clusters);
export const getUsersCommand = nameLister('get-users', 'Display users defined in the kubeconfig', (c) => c.users);
