// kubectl version (kubectl/pkg/cmd/version): the client's build info, the
// server's /version, -o json|yaml, and the version-skew warning.
import { failed } from './client/kube-client.ts';
import { plainError, type KubectlError } from './errors.ts';
import { boolFlag, stringFlag } from './flags/pflag.ts';
import type { KubectlCommand } from './kubectl-command.ts';
import { toYaml } from './printers/yaml/emit.ts';

/** kubectl v1.33.1 as built (k8s.io/component-base/version) */
export const CLIENT_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.1',
  gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T08:27:33Z',
  goVersion: 'go1.24.2',
  compiler: 'gc',
  platform: 'linux/amd64',
};
export const KUSTOMIZE_VERSION = 'v5.6.0';

const semver = (v: string): [number, number] | undefined => {
  const m = /^v?(\d+)\.(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

export const versionCommand: KubectlCommand = {
  name: 'version',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  example: '  # Print the client and server versions for the current context\n  kubectl version',
  flags: [boolFlag('client', 'If true, shows client version only (no server required).'), stringFlag('output', "One of 'yaml' or 'json'.", { shorthand: 'o' })],
  run: async ({ f, io, flags }) => {
    const output = flags.string('output');
    if (output && output !== 'yaml' && output !== 'json') return plainError('--output must be \'yaml\' or \'json\'');
    let server: Record<string, unknown> | undefined;
    let serverErr: KubectlError | undefined;
    if (!flags.bool('client')) {
      const client = await f.client();
      if ('kind' in client) serverErr = client;
      else {
        const r = await client.do({ method: 'GET', path: '/version', query: { timeout: '32s' } });
        if (failed(r)) serverErr = r;
        else server = r.json as Record<string, unknown>;
      }
    }
    const info = { clientVersion: CLIENT_VERSION, kustomizeVersion: KUSTOMIZE_VERSION, ...(server ? { serverVersion: server } : {}) };
    if (output === 'json') io.print(JSON.stringify(info, null, 2) + '\n');
    else if (output === 'yaml') io.print(toYaml(info) + '\n');
    else {
      io.print(`Client Version: ${CLIENT_VERSION.gitVersion}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
      if (server) io.print(`Server Version: ${String(server.gitVersion ?? '')}\n`);
    }
    const sv = server ? semver(String(server.gitVersion ?? '')) : undefined;
    if (sv && (sv[0] !== 1 || Math.abs(sv[1] - 33) > 1)) io.printErr(`WARNING: version difference between client (1.33) and server (${sv[0]}.${sv[1]}) exceeds the supported minor version skew of +/-1\n`);
    return serverErr;
  },
};
