// kubectl create token SA (create_token.go, FIDELITY §3.2): POST
// serviceaccounts/NAME/token; the raw token, with a newline only when stdout
// is a terminal; -o yaml|json prints the whole TokenRequest.
import type { Obj } from '../api-types.ts';
import { isObject } from '../api-types.ts';
import { failed } from '../client/kube-client.ts';
import { escapePathSegment } from '../client/rest-mapper.ts';
import { errorText, plainError, usageError } from '../errors.ts';
import { parseGoDuration } from '../flags/go-values.ts';
import { stringFlag } from '../flags/pflag.ts';
import type { KubectlCommand } from '../kubectl-command.ts';
import { parseOutput, printObject } from '../printers/output.ts';
import { CREATE_OUTPUT_FORMATS } from './common.ts';

const BOUND_KINDS = ['Node', 'Pod', 'Secret'];

export const createTokenCommand: KubectlCommand = {
  name: 'token',
  short: 'Request a service account token',
  use: 'token SERVICE_ACCOUNT_NAME',
  long: 'Request a service account token.',
  example: `  # Request a token to authenticate to the kube-apiserver as the service account "myapp" in the current namespace
  kubectl create token myapp

  # Request a token for a service account in a custom namespace
  kubectl create token myapp --namespace myns

  # Request a token with a custom expiration
  kubectl create token myapp --duration 10m

  # Request a token with a custom audience
  kubectl create token myapp --audience https://example.com`,
  flags: [
    { name: 'allow-missing-template-keys', type: 'bool', default: true, noOptDefVal: 'true', usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    { name: 'audience', type: 'stringArray', default: [], usage: 'Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences.' },
    stringFlag('bound-object-kind', 'Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided.'),
    stringFlag('bound-object-name', 'Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind.'),
    stringFlag('bound-object-uid', 'UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used.'),
    { name: 'duration', type: 'duration', default: '0s', usage: 'Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime.' },
    stringFlag('output', 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).', { shorthand: 'o' }),
    stringFlag('template', 'Template string or path to template file to use when -o=go-template, -o=go-template-file.'),
  ],
  run: async (inv) => {
    const { flags } = inv;
    if (inv.args.length !== 1) return usageError(inv.path, inv.args.length ? `exactly one SERVICE_ACCOUNT_NAME is required, got ${inv.args.length}` : 'SERVICE_ACCOUNT_NAME is required');
    const name = inv.args[0]!;
    const ns = inv.f.namespace();
    if ('kind' in ns) return ns;
    if (!name) return plainError('service account name is required');
    if (!ns.namespace) return plainError('--namespace is required');
    const ms = parseGoDuration(flags.string('duration') || '0s') ?? 0;
    if (ms < 0) return plainError('--duration must be greater than or equal to 0');
    if (ms % 1000 !== 0) return plainError('--duration cannot be expressed in units less than seconds');
    const audiences = flags.strings('audience');
    if (audiences.some((a) => a === '')) return plainError('--audience must not be an empty string');
    const kind = flags.string('bound-object-kind');
    const boundName = flags.string('bound-object-name');
    const boundUid = flags.string('bound-object-uid');
    if (!kind) {
      if (boundName) return plainError('--bound-object-name can only be set if --bound-object-kind is provided');
      if (boundUid) return plainError('--bound-object-uid can only be set if --bound-object-kind is provided');
    } else {
      if (!BOUND_KINDS.includes(kind)) return plainError(`supported --bound-object-kind values are ${BOUND_KINDS.join(', ')}`);
      if (!boundName) return plainError('--bound-object-name is required if --bound-object-kind is provided');
    }
    const output = flags.string('output');
    const format = output ? parseOutput(output, CREATE_OUTPUT_FORMATS, { allowMissingTemplateKeys: flags.bool('allow-missing-template-keys'), noHeaders: false, fs: inv.f.ctx.fs }) : undefined;
    if (format && 'kind' in format && !['json', 'yaml', 'name', 'jsonpath'].includes(format.kind)) return format as never;
    const spec: Record<string, unknown> = { audiences: audiences.length ? audiences : null, boundObjectRef: null };
    if (ms > 0) spec.expirationSeconds = ms / 1000;
    if (kind) spec.boundObjectRef = { kind, apiVersion: kind === 'Secret' || kind === 'Pod' || kind === 'Node' ? 'v1' : '', name: boundName, ...(boundUid ? { uid: boundUid } : {}) };
    const body = { kind: 'TokenRequest', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: null }, spec, status: { token: '', expirationTimestamp: null } };
    const client = await inv.f.client();
    if ('kind' in client) return client;
    const r = await client.do({
      method: 'POST',
      path: `/api/v1/namespaces/${escapePathSegment(ns.namespace)}/serviceaccounts/${escapePathSegment(name)}/token`,
      body: JSON.stringify(body),
      contentType: 'application/json',
      resource: { group: '', resource: 'serviceaccounts' },
      name,
    });
    if (failed(r)) return plainError(`failed to create token: ${errorText(r)}`);
    const tr = isObject(r.json) ? (r.json as Obj) : {};
    const token = isObject(tr.status) && typeof tr.status.token === 'string' ? tr.status.token : '';
    if (!token) return plainError('failed to create token: no token in server response');
    if (format) {
      const text = printObject(format as Parameters<typeof printObject>[0], tr);
      if (typeof text !== 'string') return text;
      inv.io.print(text);
      return undefined;
    }
    inv.io.print(inv.f.ctx.stdoutIsTerminal ? token + '\n' : token);
  },
};
