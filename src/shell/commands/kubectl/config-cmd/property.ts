// kubectl config set | unset PROPERTY_NAME (set.go, unset.go,
// navigation_step_parser.go): a dotted path through the Config struct, map
// keys being the longest existing name. Typed leaves: strings, bools
// (strconv.ParseBool) and []byte (base64 unless --set-raw-bytes).
import type { Kubeconfig } from '../config/kubeconfig.ts';
import { plainError, type KubectlError } from '../errors.ts';
import { boolFlag } from '../flags/pflag.ts';
import type { Invocation, KubectlCommand } from '../kubectl-command.ts';
import { base64Encode, base64OfText, goBase64Decode } from './go-base64.ts';
import { goArgs, helpError, load, write } from './shared.ts';

type Leaf = 'string' | 'bool' | 'bytes' | 'map' | 'other';
type MapName = 'clusters' | 'users' | 'contexts';

const STANZA_FIELDS: Record<MapName, Record<string, Leaf>> = {
  clusters: { server: 'string', 'tls-server-name': 'string', 'insecure-skip-tls-verify': 'bool', 'certificate-authority': 'string', 'certificate-authority-data': 'bytes', 'proxy-url': 'string', 'disable-compression': 'bool', extensions: 'map' },
  users: {
    'client-certificate': 'string', 'client-certificate-data': 'bytes', 'client-key': 'string', 'client-key-data': 'bytes', token: 'string', tokenFile: 'string', as: 'string', 'as-uid': 'string',
    'as-groups': 'other', 'as-user-extra': 'map', username: 'string', password: 'string', 'auth-provider': 'other', exec: 'other', extensions: 'map',
  },
  contexts: { cluster: 'string', user: 'string', namespace: 'string', extensions: 'map' },
};
const STANZA_KIND = { clusters: 'cluster', users: 'user', contexts: 'context' } as const;
const ADDRESS_STEP = { clusters: 0x80, users: 0x100, contexts: 0x50 } as const;

/** fmt's %v of a map of pointers: sorted keys and (made-up) heap addresses */
function goMapOfPointers(keys: string[], step: number): string {
  return `map[${[...keys].sort().map((k, i) => `${k}:0xc00059e${(0x400 + i * step).toString(16).padStart(3, '0')}`).join(' ')}]`;
}

const PARSE_BOOL: Record<string, boolean> = { 1: true, t: true, T: true, TRUE: true, true: true, True: true, 0: false, f: false, F: false, FALSE: false, false: false, False: false };

/** findNameStep: the longest run of parts that names an existing key, else the first part */
function mapKey(parts: string[], keys: Set<string>): number {
  for (let n = parts.length; n > 1; n--) if (keys.has(parts.slice(0, n).join('.'))) return n;
  return 1;
}

interface Target {
  stanza: string;
  apply: (cfg: Kubeconfig) => void;
}

function typed(kind: Leaf, value: string, rawBytes: boolean): string | boolean | KubectlError {
  if (kind === 'bool') return value in PARSE_BOOL ? PARSE_BOOL[value]! : plainError(`strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
  if (kind !== 'bytes') return value;
  if (rawBytes) return base64OfText(value);
  const bytes = goBase64Decode(value);
  return bytes instanceof Uint8Array ? base64Encode(bytes) : plainError(`error decoding input value: illegal base64 data at input byte ${bytes.corruptAt}`);
}

/** What `set` (value given) or `unset` (value undefined) does to the config, or why it cannot. */
function resolveProperty(cfg: Kubeconfig, prop: string, value: string | undefined, rawBytes: boolean): Target | KubectlError | undefined {
  const parts = prop.split('.');
  const top = parts[0]!;
  const tooDeep = plainError(`unable to parse one or more field values of ${prop}`);
  if (top === 'current-context' || top === 'kind' || top === 'apiVersion') {
    if (parts.length > 1) return tooDeep;
    return { stanza: 'current-context', apply: (c) => void (top === 'current-context' && (c.currentContext = value ?? '')) };
  }
  if (top === 'preferences') {
    if (parts.length === 1) return value === undefined ? { stanza: '', apply: (c) => void (c.preferences = {}) } : plainError(`unable to locate path config.navigationStep{stepValue:"", stepType:reflect.Type(nil)} under {${cfg.preferences.colors === true} map[]}`);
    if (parts[1] !== 'colors') return plainError(`unable to parse ${prop} after [{preferences 0x21a6060}] at api.Preferences`);
    if (parts.length > 2) return tooDeep;
    const v = value === undefined ? false : typed('bool', value, rawBytes);
    if (typeof v === 'object') return v;
    return { stanza: '', apply: (c) => void (c.preferences = { ...c.preferences, colors: v }) };
  }
  if (top !== 'clusters' && top !== 'users' && top !== 'contexts') return plainError(`unable to parse ${prop} after [] at api.Config`);
  const map = cfg[top] as Map<string, Record<string, unknown>>;
  const mapError = plainError(`can't set a map to a value: ${goMapOfPointers([...map.keys()], ADDRESS_STEP[top])}`);
  if (parts.length === 1) return value === undefined ? { stanza: '', apply: (c) => void c[top].clear() } : mapError;
  const n = mapKey(parts.slice(1), new Set(map.keys()));
  const name = parts.slice(1, 1 + n).join('.');
  const rest = parts.slice(1 + n);
  const stanza = `${STANZA_KIND[top]}/${name}`;
  const stanzas = (c: Kubeconfig) => c[top] as Map<string, Record<string, unknown>>;
  if (value === undefined) {
    if (!rest.length) return { stanza, apply: (c) => void stanzas(c).delete(name) };
    if (!map.has(name)) return plainError(`current map key \`${name}\` is invalid`);
    const leaf = STANZA_FIELDS[top][rest[0]!];
    if (!leaf) return undefined;
    if (rest.length > 1 && leaf !== 'map') return tooDeep;
    return { stanza, apply: (c) => void delete stanzas(c).get(name)?.[rest[0]!] };
  }
  const leaf = rest.length ? STANZA_FIELDS[top][rest[0]!] : undefined;
  if (!leaf || leaf === 'other') return mapError;
  if (leaf === 'map') return plainError("can't set a map to a value: map[]");
  if (rest.length > 1) return tooDeep;
  const v = typed(leaf, value, rawBytes);
  if (typeof v === 'object') return v;
  return { stanza, apply: (c) => void stanzas(c).set(name, { ...(stanzas(c).get(name) ?? {}), [rest[0]!]: v }) };
}

async function runProperty(inv: Invocation, unset: boolean): Promise<KubectlError | void> {
  const { f, io, args, flags } = inv;
  if (args.length !== (unset ? 1 : 2)) return helpError(inv, `Unexpected args: ${goArgs(args)}`);
  const [prop, value] = args as [string, string | undefined];
  if (!unset && !value) return plainError('you cannot use set to unset a property');
  if (!prop) return plainError('you must specify a property');
  const l = load(f);
  if ('kind' in l) return l;
  const target = resolveProperty(l.config, prop, unset ? undefined : value, flags.bool('set-raw-bytes'));
  if (target && 'kind' in target) return target;
  if (target) {
    const err = write(f, l, target.stanza, target.apply);
    if (err) return err;
  }
  io.print(`Property ${JSON.stringify(prop)} ${unset ? 'unset' : 'set'}.\n`);
}

export const setPropertyCommand: KubectlCommand = {
  name: 'set',
  short: 'Set an individual value in a kubeconfig file',
  use: 'set PROPERTY_NAME PROPERTY_VALUE',
  disableFlagsInUseLine: true,
  long: "Set an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.\n\n PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.\n\n Specifying an attribute name that already exists will merge new fields on top of existing values.",
  example:
    '  # Set the server field on the my-cluster cluster to https://1.2.3.4\n  kubectl config set clusters.my-cluster.server https://1.2.3.4\n\n  # Set the certificate-authority-data field on the my-cluster cluster\n  kubectl config set clusters.my-cluster.certificate-authority-data $(echo "cert_data_here" | base64 -i -)\n\n  # Set the cluster field in the my-context context to my-cluster\n  kubectl config set contexts.my-context.cluster my-cluster\n\n  # Set the client-key-data field in the cluster-admin user using --set-raw-bytes option\n  kubectl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true',
  flags: [boolFlag('set-raw-bytes', 'When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.')],
  run: (inv) => runProperty(inv, false),
};

export const unsetPropertyCommand: KubectlCommand = {
  name: 'unset',
  short: 'Unset an individual value in a kubeconfig file',
  use: 'unset PROPERTY_NAME',
  long: 'Unset an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.',
  example: '  # Unset the current-context\n  kubectl config unset current-context\n\n  # Unset namespace in foo context\n  kubectl config unset contexts.foo.namespace',
  run: (inv) => runProperty(inv, true),
};
