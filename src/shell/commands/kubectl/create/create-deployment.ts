// kubectl create deployment NAME --image=… (create_deployment.go): labels
// app=NAME, one container per image named after the image, --replicas,
// --port. Errors are not wrapped.
import type { Obj } from '../api-types.ts';
import { plainError } from '../errors.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { COMMON_CREATE_FLAGS, nameArg, sendCreated } from './common.ts';

/** buildPodSpec's container name: the image's last path element without tag or digest */
function containerName(image: string): string {
  let n = image.split('/').at(-1)!;
  n = n.split('@')[0]!.split(':')[0]!;
  return n;
}

export const createDeploymentCommand: KubectlCommand = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  use: 'deployment NAME --image=image -- [COMMAND] [args...]',
  long: 'Create a deployment with the specified name.',
  example: `  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox`,
  flags: [
    ...COMMON_CREATE_FLAGS,
    { name: 'image', type: 'stringSlice', default: [], usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', shorthand: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' },
  ],
  run: async (inv) => {
    const args = inv.argsLenAtDash >= 0 ? inv.args.slice(0, inv.argsLenAtDash) : inv.args;
    const command = inv.argsLenAtDash >= 0 ? inv.args.slice(inv.argsLenAtDash) : [];
    const name = nameArg({ ...inv, args });
    if (typeof name !== 'string') return name;
    const images = inv.flags.strings('image');
    if (!images.length) return plainError('required flag(s) "image" not set');
    if (images.length > 1 && command.length) return plainError('cannot specify multiple --image options and command');
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    const port = inv.flags.int('port');
    const containers = images.map((image) => ({
      name: containerName(image),
      image,
      ...(command.length ? { command } : {}),
      ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    }));
    const labels = { app: name };
    const obj: Obj = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name, ...(ns.explicit ? { namespace: ns.namespace } : {}), creationTimestamp: null, labels },
      spec: { replicas: inv.flags.int('replicas'), selector: { matchLabels: labels }, strategy: {}, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } } },
      status: {},
    };
    return sendCreated(inv, obj, { mapping: { resource: 'deployments', group: 'apps', version: 'v1', namespaced: true }, namespace: ns.namespace });
  },
};
