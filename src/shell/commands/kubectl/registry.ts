// The kubectl commands SA Playground implements, in kubectl's own order, and
// the plugins "installed" on the machine. Add a verb by importing it here.
import { applyCommand } from './apply/apply.ts';
import { annotateCommand, labelCommand } from './label/label.ts';
import { patchCommand } from './patch/patch.ts';
import { neatCommand } from './neat/neat.ts';
import { editCommand } from './edit/edit.ts';
import { logsCommand } from './logs/logs.ts';
import { createCommand } from './create/create.ts';
import { deleteCommand } from './delete/delete.ts';
import { execCommand } from './exec/exec.ts';
import { authCommand } from './auth/auth.ts';
import { runCommand } from './run/run.ts';
import { apiResourcesCommand, apiVersionsCommand } from './api-resources.ts';
import { clusterInfoCommand } from './cluster-info.ts';
import { configCommand } from './config-cmd/config.ts';
import { describeCommand } from './describe/describe.ts';
import { explainCommand } from './explain/explain.ts';
import { getCommand } from './get/get.ts';
import type { KubectlCommand } from './kubectl-command.ts';
import { versionCommand } from './version.ts';
import { ROOT_ORDER } from './root-catalog.ts';
import type { KubectlRoot } from './root.ts';
import { unsupported } from './unsupported.ts';

const IMPLEMENTED: readonly KubectlCommand[] = [getCommand, describeCommand, apiResourcesCommand, apiVersionsCommand, versionCommand, clusterInfoCommand, configCommand, explainCommand, applyCommand, createCommand, deleteCommand, execCommand, authCommand, runCommand];

/** label, annotate, patch, edit, logs (kept apart so concurrent additions to IMPLEMENTED do not collide) */
const METADATA_VERBS: readonly KubectlCommand[] = [labelCommand, annotateCommand, patchCommand, editCommand, logsCommand];

/** plugins found on $PATH as kubectl-<name> (kubectl neat) */
export const PLUGINS: KubectlCommand[] = [neatCommand];

export const KUBECTL_ROOT: KubectlRoot = {
  commands: ROOT_ORDER.map((e) => IMPLEMENTED.find((c) => c.name === e.name) ?? METADATA_VERBS.find((c) => c.name === e.name) ?? unsupported(e)),
  plugins: PLUGINS,
};
