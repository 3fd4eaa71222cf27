// kubectl config: the kubeconfig subcommands (without one, the help goes to
// stderr and the exit status is 1, cmdutil.DefaultSubCommandRun).
import { plainError } from '../errors.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { currentContextCommand, deleteContextCommand, getClustersCommand, getContextsCommand, getUsersCommand, renameContextCommand, setContextCommand, useContextCommand } from './contexts.ts';
import { viewCommand } from './view.ts';

const notHere = (name: string, short: string): KubectlCommand => ({ name, short, run: async () => plainError(`"kubectl config ${name}" is not available in SA Playground`) });

export const configCommand: KubectlCommand = {
  name: 'config',
  short: 'Modify kubeconfig files',
  use: 'config SUBCOMMAND',
  disableFlagsInUseLine: true,
  namePadding: 17,
  long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
  subcommands: [
    currentContextCommand,
    notHere('delete-cluster', 'Delete the specified cluster from the kubeconfig'),
    deleteContextCommand,
    notHere('delete-user', 'Delete the specified user from the kubeconfig'),
    getClustersCommand,
    getContextsCommand,
    getUsersCommand,
    renameContextCommand,
    notHere('set', 'Set an individual value in a kubeconfig file'),
    notHere('set-cluster', 'Set a cluster entry in kubeconfig'),
    setContextCommand,
    notHere('set-credentials', 'Set a user entry in kubeconfig'),
    notHere('unset', 'Unset an individual value in a kubeconfig file'),
    useContextCommand,
    viewCommand,
  ],
};
