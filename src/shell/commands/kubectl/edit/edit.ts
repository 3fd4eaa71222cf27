// kubectl edit opens $EDITOR on the live object; the playground has no
// terminal editor, so the command explains where editing happens instead.
import { boolFlag, stringFlag } from '../flags/pflag.ts';
import type { KubectlCommand } from '../kubectl-command.ts';

export const EDIT_MESSAGE =
  'kubectl edit needs a terminal editor, which SA Playground does not have. Edit manifests in the playground\'s editor instead: save the object with "kubectl get TYPE NAME -o yaml > FILE", open FILE in the editor, change it and run "kubectl apply -f FILE" (or use kubectl patch, label or annotate).';

export const editCommand: KubectlCommand = {
  name: 'edit',
  short: 'Edit a resource on the server',
  use: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files to use to edit the resource' },
    stringFlag('output', 'Output format.', { shorthand: 'o' }),
    boolFlag('windows-line-endings', 'Defaults to the line ending native to your platform.'),
    stringFlag('subresource', 'If specified, edit will operate on the subresource of the requested object.'),
  ],
  run: async () => ({ kind: 'plain', message: EDIT_MESSAGE }),
};
